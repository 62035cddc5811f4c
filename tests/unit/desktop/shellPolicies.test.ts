import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { appMenuTemplate, type MenuItemTemplate } from '../../../src/main/desktop/menu/appMenuTemplate.ts';
import { aboutText } from '../../../src/main/desktop/menu/aboutText.ts';
import { resolveDesktopPaths } from '../../../src/main/desktop/paths/desktopPaths.ts';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
} from '../../../src/main/desktop/security/navigationPolicy.ts';
import { isPermissionAllowed } from '../../../src/main/desktop/security/permissionPolicy.ts';
import {
  DEFAULT_DESKTOP_SETTINGS,
  loadDesktopSettings,
  resolveDataDir,
  saveDesktopSettings,
} from '../../../src/main/desktop/settings/desktopSettings.ts';
import { focusWindow } from '../../../src/main/desktop/window/focusWindow.ts';
import {
  loadWindowState,
  MIN_SIZE,
  placeWindow,
  saveWindowState,
} from '../../../src/main/desktop/window/windowState.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeTempDir(dir));

test('settings: missing file means defaults; a valid file is read; a broken one falls back with a reason', () => {
  const file = path.join(dir, 'desktop-settings.json');
  expect(loadDesktopSettings(file)).toEqual({ settings: DEFAULT_DESKTOP_SETTINGS, problem: null });

  const dataDir = path.join(dir, 'D盘数据');
  saveDesktopSettings(file, { dataDir, updateFeedUrl: 'http://10.1.2.3/更新/' });
  expect(loadDesktopSettings(file)).toEqual({
    settings: { dataDir, updateFeedUrl: 'http://10.1.2.3/更新/' },
    problem: null,
  });
  expect(resolveDataDir(loadDesktopSettings(file).settings, '/home/u/.config/调解台')).toBe(dataDir);
  expect(resolveDataDir(DEFAULT_DESKTOP_SETTINGS, '/home/u/.config/调解台')).toBe(
    '/home/u/.config/调解台/data',
  );

  // Hand-edited by a technician in Notepad: a BOM and an empty update URL are fine.
  fs.writeFileSync(file, '\uFEFF{ "updateFeedUrl": "" }');
  expect(loadDesktopSettings(file)).toEqual({ settings: DEFAULT_DESKTOP_SETTINGS, problem: null });

  fs.writeFileSync(file, '{ "dataDir": "relative/dir" }');
  expect(loadDesktopSettings(file)).toMatchObject({
    settings: DEFAULT_DESKTOP_SETTINGS,
    problem: expect.stringContaining('完整路径'),
  });
  fs.writeFileSync(file, '{ "updateFeedUrl": "file:///etc" }');
  expect(loadDesktopSettings(file).problem).toContain('http://');
  fs.writeFileSync(file, '{ not json');
  expect(loadDesktopSettings(file).problem).toContain('不是有效的 JSON');
  expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('paths: packaged builds read templates from resources, development from the project', () => {
  const common = {
    resourcesPath: '/opt/app/resources',
    appPath: '/src/mediation-desk',
    mainDir: '/src/mediation-desk/.vite/build',
    userData: '/u',
  };
  const packaged = resolveDesktopPaths({ ...common, isPackaged: true });
  expect(packaged.templatesDir).toBe('/opt/app/resources/templates');
  expect(packaged.rendererDir).toBe('/src/mediation-desk/.vite/renderer/main_window');
  expect(packaged.preloadFile).toBe('/src/mediation-desk/.vite/build/preload.cjs');
  expect(packaged.integrityWorkerFile).toBe('/src/mediation-desk/.vite/build/integrityCheckWorker.cjs');
  expect(packaged.settingsFile).toBe('/u/desktop-settings.json');
  expect(resolveDesktopPaths({ ...common, isPackaged: false }).templatesDir).toBe(
    '/src/mediation-desk/templates',
  );
});

test('window state: restored when on screen, re-centred when its monitor is gone, sizes clamped', () => {
  const file = path.join(dir, 'window-state.json');
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  expect(placeWindow(null, screen)).toEqual({ width: 1280, height: 800, maximized: false });
  saveWindowState(file, { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true });
  const saved = loadWindowState(file);
  expect(placeWindow(saved, screen)).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
  // Was on a second monitor to the right that is now unplugged.
  expect(
    placeWindow({ bounds: { x: 2200, y: 100, width: 1200, height: 800 }, maximized: false }, screen),
  ).toEqual({
    width: 1200,
    height: 800,
    maximized: false,
  });
  // Title bar above the top of the screen cannot be dragged back.
  expect(
    placeWindow({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, screen).x,
  ).toBeUndefined();
  expect(
    placeWindow({ bounds: { x: 0, y: 0, width: 300, height: 200 }, maximized: false }, screen),
  ).toMatchObject(MIN_SIZE);
  expect(
    placeWindow({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false }, screen),
  ).toMatchObject({ width: 1920, height: 1040 });
  fs.writeFileSync(file, '{"bounds":{"x":"a"}}');
  expect(loadWindowState(file)).toBeNull();
  expect(loadWindowState(path.join(dir, 'missing.json'))).toBeNull();
});

test('a second launch restores and focuses the existing window', () => {
  const window = {
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
  expect(focusWindow(window)).toBe(true);
  expect(window.restore).toHaveBeenCalled();
  expect(window.focus).toHaveBeenCalled();
  expect(focusWindow(null)).toBe(false);
  expect(focusWindow({ ...window, isDestroyed: () => true })).toBe(false);
});

test('the application menu is 文件 / 编辑 / 视图 / 帮助 in Chinese, 关于 included, dev tools only in development', () => {
  const actions = {
    showDataLocation: vi.fn(),
    openDataFolder: vi.fn(),
    updateFromFile: vi.fn(),
    checkForUpdates: vi.fn(),
    showAbout: vi.fn(),
  };
  const packaged = appMenuTemplate(actions, { isPackaged: true, updatesEnabled: false });
  expect(packaged.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  const all = (items: MenuItemTemplate[]): MenuItemTemplate[] =>
    items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  const labels = all(packaged)
    .filter((item) => item.type !== 'separator')
    .map((item) => item.label ?? '');
  for (const label of labels) expect(label, label).toMatch(/[\u4e00-\u9fff]/);
  expect(labels).toContain('关于调解台');
  expect(all(packaged).some((item) => item.role === 'toggleDevTools')).toBe(false);
  expect(all(packaged).find((item) => item.label === '检查更新…')?.enabled).toBe(false);
  all(packaged)
    .find((item) => item.label === '关于调解台')
    ?.click?.();
  expect(actions.showAbout).toHaveBeenCalled();
  const dev = appMenuTemplate(actions, { isPackaged: false, updatesEnabled: true });
  expect(all(dev).some((item) => item.role === 'toggleDevTools')).toBe(true);
  expect(all(dev).find((item) => item.label === '检查更新…')?.enabled).toBe(true);

  const about = aboutText({
    version: '0.2.0',
    dataDir: 'D:\\调解台数据',
    settingsFile: 'C:\\Users\\a\\AppData\\Roaming\\调解台\\desktop-settings.json',
    updateStatus: '已是最新版本',
    electronVersion: '45.4.1',
    chromeVersion: '142.0',
  });
  expect(about).toContain('版本：0.2.0');
  expect(about).toContain('数据位置：D:\\调解台数据');
});

test('navigation stays on our origin; only safe schemes go to the system browser', () => {
  expect(isAllowedNavigation('app://desk/index.html#/cases', ['app://desk'])).toBe(true);
  expect(isAllowedNavigation('https://evil.example/', ['app://desk'])).toBe(false);
  expect(isAllowedNavigation('app://desk.evil/', ['app://desk'])).toBe(false);
  expect(isAllowedNavigation('file:///C:/Windows/system32/calc.exe', ['app://desk'])).toBe(false);
  expect(isAllowedNavigation('http://localhost:5173/src/main.tsx', ['http://localhost:5173'])).toBe(true);
  for (const url of ['https://www.moj.gov.cn/', 'http://10.1.2.3/help', 'mailto:help@example.org'])
    expect(isSafeExternalUrl(url), url).toBe(true);
  for (const url of [
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'https://user:pass@example.org/',
    'https://',
    'not a url',
  ]) {
    expect(isSafeExternalUrl(url), url).toBe(false);
  }
});

test('network requests: none to the outside; in development only the dev server and its HMR websocket', () => {
  expect(isAllowedRequest('https://cdn.example.com/x.js', ['app://desk'])).toBe(false);
  expect(isAllowedRequest('http://localhost:5173/x.js', ['app://desk'])).toBe(false);
  const dev = ['http://localhost:5173'];
  expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
  expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
  expect(isAllowedRequest('ws://localhost:5174/', dev)).toBe(false);
  expect(isAllowedRequest('wss://evil.example/', dev)).toBe(false);
  expect(isAllowedRequest('http://localhost:5173.evil.example/', dev)).toBe(false);
});

test('every permission is denied except clipboard writes from our own page', () => {
  const ours = ['app://desk'];
  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'hid',
    'serial',
    'clipboard-read',
    'display-capture',
    'fullscreen',
  ]) {
    expect(isPermissionAllowed(permission, 'app://desk/index.html', ours), permission).toBe(false);
  }
  expect(isPermissionAllowed('clipboard-sanitized-write', 'app://desk/index.html', ours)).toBe(true);
  expect(isPermissionAllowed('clipboard-sanitized-write', 'app://desk', ours)).toBe(true);
  expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', ours)).toBe(false);
});
