import { spawn } from 'node:child_process';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Logger } from '../core/logger.ts';
import { aboutText, type AboutFacts } from '../desktop/menu/aboutText.ts';
import { saveDesktopSettings, type DesktopSettings } from '../desktop/settings/desktopSettings.ts';
import { describeUpdateStatus, type UpdateController } from '../desktop/update/updateController.ts';
import { verifyUpdateFile } from '../desktop/update/verifyUpdateFile.ts';

const owner = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;

async function message(options: Electron.MessageBoxOptions): Promise<number> {
  const window = owner();
  const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return result.response;
}

export async function showAbout(facts: AboutFacts): Promise<void> {
  await message({
    type: 'info',
    title: '关于调解台',
    message: '调解台 —— 人民调解案件管理',
    detail: aboutText(facts),
    buttons: ['确定'],
  });
}

export interface DataLocationDeps {
  readonly dataDir: string;
  readonly settings: DesktopSettings;
  readonly settingsFile: string;
  readonly logger: Logger;
}

/**
 * 文件 → 数据位置: shows where the data is and lets a centre move it to another drive. Only the
 * pointer changes; copying the existing files is left to the user on purpose, because a silent
 * move of the only copy of the records across drives is the riskier default.
 */
export async function showDataLocation(deps: DataLocationDeps): Promise<void> {
  const buttons = ['更改位置…', '打开文件夹', ...(deps.settings.dataDir ? ['恢复默认位置'] : []), '关闭'];
  const choice = await message({
    type: 'info',
    title: '数据位置',
    message: '案件数据保存在：',
    detail: deps.dataDir,
    buttons,
    cancelId: buttons.length - 1,
  });
  const picked = buttons[choice];
  if (picked === '打开文件夹') {
    await shell.openPath(deps.dataDir);
    return;
  }
  let next: string | null;
  if (picked === '恢复默认位置') {
    next = null;
  } else if (picked === '更改位置…') {
    const window = owner();
    const options: Electron.OpenDialogOptions = {
      title: '选择数据文件夹',
      properties: ['openDirectory', 'createDirectory'],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    if (result.canceled || !result.filePaths[0]) return;
    next = result.filePaths[0];
  } else {
    return;
  }
  const confirm = await message({
    type: 'question',
    title: '更改数据位置',
    message: next ? `以后使用 ${next} 中的数据。` : '以后使用默认位置中的数据。',
    detail:
      '重新启动后生效。原有数据不会自动搬移：如需沿用，请先退出程序，把原数据文件夹中的全部内容复制到新位置，再启动程序。',
    buttons: ['保存并重新启动', '取消'],
    defaultId: 0,
    cancelId: 1,
  });
  if (confirm !== 0) return;
  saveDesktopSettings(deps.settingsFile, { ...deps.settings, dataDir: next });
  deps.logger.info('settings.data-dir-changed', { from: deps.dataDir, to: next });
  app.relaunch();
  app.quit();
}

/** 帮助 → 检查更新: the user asked, so the answer is shown, but it is still never an error popup. */
export async function checkForUpdatesNow(controller: UpdateController): Promise<void> {
  const status = await controller.checkNow();
  await message({
    type: 'info',
    title: '检查更新',
    message: describeUpdateStatus(status),
    buttons: ['确定'],
  });
}

export interface FileUpdateDeps {
  readonly logger: Logger;
  /** Remembers the verified installer; the quit sequence launches it after the database closed. */
  readonly setPendingInstaller: (file: string) => void;
}

/** 文件 → 从文件更新: for stations that get updates on a USB stick. */
export async function updateFromFile(deps: FileUpdateDeps): Promise<void> {
  const platform = process.platform === 'win32' ? 'win32' : 'linux';
  const window = owner();
  const options: Electron.OpenDialogOptions = {
    title: '选择更新安装包（与 latest.yml 放在同一文件夹）',
    properties: ['openFile'],
    filters: [{ name: '安装包', extensions: platform === 'win32' ? ['exe'] : ['deb'] }],
  };
  const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const file = picked.filePaths[0];
  if (picked.canceled || !file) return;
  const outcome = await verifyUpdateFile({
    file,
    currentVersion: app.getVersion(),
    platform,
    arch: process.arch,
  });
  if (!outcome.ok) {
    deps.logger.warn('update.file-refused', { file, reason: outcome.reason });
    await message({ type: 'warning', title: '不能使用该安装包', message: outcome.reason, buttons: ['确定'] });
    return;
  }
  const confirm = await message({
    type: 'question',
    title: '从文件更新',
    message: `安装包已通过校验，将更新到版本 ${outcome.version}。`,
    detail: '程序将先保存数据并退出，然后启动安装程序。',
    buttons: ['退出并安装', '取消'],
    defaultId: 0,
    cancelId: 1,
  });
  if (confirm !== 0) return;
  deps.logger.info('update.file-accepted', { file, version: outcome.version });
  deps.setPendingInstaller(file);
  app.quit();
}

/** Starts the installer detached so it outlives us; on Linux the system's package installer opens the .deb. */
export function launchInstaller(file: string, logger: Logger): void {
  try {
    if (process.platform === 'win32') {
      spawn(file, [], { detached: true, stdio: 'ignore' }).unref();
    } else {
      void shell.openPath(file);
    }
  } catch (error) {
    logger.error('update.launch-failed', { file, error });
  }
}
