/** Roles used by the menu: Electron implements them natively (clipboard, zoom, quit …). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'quit';

/** A structural subset of Electron's `MenuItemConstructorOptions`, so the template is testable. */
export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly accelerator?: string;
  readonly enabled?: boolean;
  readonly click?: () => void;
  readonly submenu?: MenuItemTemplate[];
}

export interface MenuActions {
  showDataLocation(): void;
  openDataFolder(): void;
  updateFromFile(): void;
  checkForUpdates(): void;
  showAbout(): void;
}

export interface MenuOptions {
  /** Developer tools only in development builds. */
  readonly isPackaged: boolean;
  /** Without a feed URL "检查更新" has nothing to ask; it stays visible but disabled. */
  readonly updatesEnabled: boolean;
}

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * The zh-CN application menu. Labels are set explicitly because Electron's built-in role labels
 * are English.
 */
export function appMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemTemplate[] {
  const view: MenuItemTemplate[] = [
    { label: '重新加载', role: 'reload' },
    separator,
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    separator,
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push(separator, { label: '开发者工具', role: 'toggleDevTools' });
  return [
    {
      label: '文件',
      submenu: [
        { label: '数据位置…', click: () => actions.showDataLocation() },
        { label: '打开数据文件夹', click: () => actions.openDataFolder() },
        separator,
        { label: '从文件更新…', click: () => actions.updateFromFile() },
        separator,
        { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        separator,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    {
      label: '帮助',
      submenu: [
        { label: '检查更新…', enabled: options.updatesEnabled, click: () => actions.checkForUpdates() },
        separator,
        { label: '关于调解台', click: () => actions.showAbout() },
      ],
    },
  ];
}
