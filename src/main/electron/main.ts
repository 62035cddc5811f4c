/// <reference types="@electron-forge/plugin-vite/forge-vite-env" />
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron';
import { systemClock } from '../core/clock.ts';
import { createCore, type Core } from '../core/createCore.ts';
import { createLogger, type Logger } from '../core/logger.ts';
import { createDesktopActions } from './desktopActions.ts';
import { createMainWindow } from './createMainWindow.ts';
import { createUpdaterPort } from './electronUpdater.ts';
import { hardenSession, hardenWebContents } from './hardenContents.ts';
import {
  checkForUpdatesNow,
  launchInstaller,
  showAbout,
  showDataLocation,
  updateFromFile,
} from './shellDialogs.ts';
import { registerDesktopHandlers } from '../desktop/bridge/registerDesktopHandlers.ts';
import { safeStorageAuditKeyStore } from '../desktop/security/safeStorageAuditKeyStore.ts';
import { registerApiHandler, type CoreCaller } from '../desktop/ipc/registerApiHandler.ts';
import { originOf } from '../desktop/ipc/senderValidation.ts';
import { appMenuTemplate } from '../desktop/menu/appMenuTemplate.ts';
import { resolveDesktopPaths } from '../desktop/paths/desktopPaths.ts';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
} from '../desktop/protocol/appProtocol.ts';
import { createQuitSequence } from '../desktop/quit/quitSequence.ts';
import { rendererSecurityHeaders } from '../desktop/security/contentSecurityPolicy.ts';
import { loadDesktopSettings, resolveDataDir } from '../desktop/settings/desktopSettings.ts';
import { detectInstallKind } from '../desktop/update/installKind.ts';
import {
  createUpdateController,
  describeUpdateStatus,
  timerScheduler,
} from '../desktop/update/updateController.ts';
import { focusWindow } from '../desktop/window/focusWindow.ts';

// Must happen before `ready`: app:// becomes a standard, secure origin, so the renderer gets
// a real origin for CSP 'self' and for sender validation, without file://'s extra privileges.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

// One process per user: two would open the same SQLite file and race on migrations and backups.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let pendingInstaller: string | null = null;

  const paths = resolveDesktopPaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    mainDir: __dirname,
    userData: app.getPath('userData'),
  });
  const { settings, problem } = loadDesktopSettings(paths.settingsFile);
  const dataDir = resolveDataDir(settings, app.getPath('userData'));
  const logger = openLogger(dataDir, app.getPath('userData'));
  if (problem) logger.warn('settings.ignored', { problem });
  logger.info('desktop.starting', { version: app.getVersion(), dataDir, templatesDir: paths.templatesDir });

  // Injected by Forge's Vite plugin; undefined in a packaged build.
  const devServerUrl =
    typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  const allowedOrigins = devOrigin ? [devOrigin] : [APP_ORIGIN];
  const headers = rendererSecurityHeaders(devOrigin);

  // Opened now but not awaited: the window appears while the database migrates, and a database
  // that cannot be opened yields a core that answers with the reason (the error screen).
  const core: Promise<RunningCore> = createCore({
    dataDir,
    version: app.getVersion(),
    clock: systemClock,
    logger,
    templatesDir: paths.templatesDir,
    integrityWorkerScript: paths.integrityWorkerFile,
    // The audit chain's key, encrypted by the OS for this account (issue 13, item 9).
    auditKeyStore: safeStorageAuditKeyStore(safeStorage, dataDir),
  }).catch((error: unknown) => {
    logger.error('core.start-failed', { error });
    return unavailableCore();
  });
  registerApiHandler({ ipcMain, core, allowedOrigins, logger });

  const installKind = detectInstallKind({
    isPackaged: app.isPackaged,
    platform: process.platform,
    execPath: process.execPath,
    productName: app.getName(),
    exists: (file) => fs.existsSync(file),
  });
  const updates = createUpdateController({
    feedUrl: settings.updateFeedUrl,
    updater: createUpdaterPort(installKind, settings.updateFeedUrl, logger),
    isOnline: () => net.isOnline(),
    now: () => systemClock.now(),
    scheduler: timerScheduler,
    logger,
    onStatus: (status) => logger.info('update.status', { ...status }),
  });
  const updateStatus = () => ({
    state: updates.status().state,
    text: describeUpdateStatus(updates.status()),
  });

  registerDesktopHandlers<WebContents>({
    ipcMain,
    allowedOrigins,
    logger,
    actions: createDesktopActions({ dataDir, logger, updateStatus }),
  });

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadFile: paths.preloadFile,
      url: devServerUrl ?? APP_ENTRY_URL,
      windowStateFile: paths.windowStateFile,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  };

  app.on('second-instance', () => {
    if (!focusWindow(mainWindow) && app.isReady()) mainWindow = openWindow();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins, logger));

  app.on('window-all-closed', () => app.quit());

  app.on(
    'before-quit',
    createQuitSequence({
      pendingUpdate: () => updates.pendingVersion(),
      askInstall: async (version) => {
        const options: Electron.MessageBoxOptions = {
          type: 'question',
          title: '安装更新',
          message: `新版本 ${version} 已下载完毕，是否现在安装？`,
          detail: '安装需要一两分钟，完成后程序会自动重新打开。选择“下次再说”则下次退出时再询问。',
          buttons: ['现在安装', '下次再说'],
          defaultId: 0,
          cancelId: 1,
        };
        const window = BrowserWindow.getAllWindows()[0];
        const result = window
          ? await dialog.showMessageBox(window, options)
          : await dialog.showMessageBox(options);
        return result.response === 0;
      },
      closeCore: async () => {
        updates.stop();
        await (await core).close();
        logger.info('desktop.core-closed', {});
      },
      install: () => {
        updates.install();
        // quitAndInstall quits on its own; this only covers an installer that failed to start.
        setTimeout(() => app.quit(), 15_000).unref();
      },
      quit: () => {
        if (pendingInstaller) launchInstaller(pendingInstaller, logger);
        app.quit();
      },
      logger,
    }),
  );

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: paths.rendererDir, headers }));
    hardenSession(session.defaultSession, allowedOrigins, headers, logger);

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(
          {
            showDataLocation: () =>
              void showDataLocation({ dataDir, settings, settingsFile: paths.settingsFile, logger }),
            openDataFolder: () => void showDataLocationFolder(dataDir, logger),
            updateFromFile: () =>
              void updateFromFile({ logger, setPendingInstaller: (file) => (pendingInstaller = file) }),
            checkForUpdates: () => void checkForUpdatesNow(updates),
            showAbout: () =>
              void showAbout({
                version: app.getVersion(),
                dataDir,
                settingsFile: paths.settingsFile,
                updateStatus: describeUpdateStatus(updates.status()),
                electronVersion: process.versions.electron ?? '',
                chromeVersion: process.versions.chrome ?? '',
              }),
          },
          { isPackaged: app.isPackaged, updatesEnabled: settings.updateFeedUrl !== '' },
        ),
      ),
    );

    mainWindow = openWindow();
    updates.start();
  });
}

type RunningCore = CoreCaller & Pick<Core, 'close'>;

async function showDataLocationFolder(dataDir: string, logger: Logger): Promise<void> {
  const problem = await shell.openPath(dataDir);
  if (problem) logger.warn('shell.open-data-dir-failed', { dataDir, problem });
}

/** Logs go next to the data; if that folder is unwritable, to userData, so startup never fails on logging. */
function openLogger(dataDir: string, userData: string): Logger {
  for (const dir of [dataDir, userData]) {
    try {
      return createLogger({ file: path.join(dir, 'logs', 'desktop.log') });
    } catch {
      // try the next location
    }
  }
  return createLogger({ echo: true });
}

function unavailableCore(): RunningCore {
  return {
    call: async () => ({
      ok: false,
      error: { code: 'INTERNAL', message: '程序启动时出错，数据没有打开。错误已记入日志，请联系技术支持。' },
    }),
    close: async () => {},
  };
}
