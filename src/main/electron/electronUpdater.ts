import { DebUpdater, NsisUpdater, type AppUpdater } from 'electron-updater';
import type { Logger } from '../core/logger.ts';
import type { UpdaterPort } from '../desktop/update/updateController.ts';
import type { InstallKind } from '../desktop/update/installKind.ts';

/**
 * electron-updater behind the UpdaterPort interface. Only the NSIS install and the .deb can update
 * themselves; the updater class is chosen from how we were installed rather than from electron-
 * updater's `package-type` file, which Forge's deb maker does not write.
 */
export function createUpdaterPort(kind: InstallKind, feedUrl: string, logger: Logger): UpdaterPort | null {
  if (feedUrl.trim() === '' || (kind !== 'nsis' && kind !== 'deb')) return null;
  const feed = { provider: 'generic' as const, url: feedUrl.trim() };
  const updater: AppUpdater = kind === 'nsis' ? new NsisUpdater(feed) : new DebUpdater(feed);
  updater.autoDownload = true;
  // Installing on quit is our quit sequence's job, after asking and after closing the database.
  updater.autoInstallOnAppQuit = false;
  // Feeds made by scripts/make-update-feed.ts carry no blockmaps: skip the attempt and its noise.
  updater.disableDifferentialDownload = true;
  updater.logger = {
    info: (message?: unknown) => logger.info('updater', { message: String(message) }),
    warn: (message?: unknown) => logger.warn('updater', { message: String(message) }),
    error: (message?: unknown) => logger.warn('updater', { message: String(message) }),
  };
  // Without a listener EventEmitter would throw the error; the controller reports it quietly.
  updater.on('error', () => {});

  return {
    async check() {
      const result = await updater.checkForUpdates();
      if (!result || !result.isUpdateAvailable) return { kind: 'none' };
      const download = result.downloadPromise ?? updater.downloadUpdate();
      return {
        kind: 'found',
        version: result.updateInfo.version,
        downloaded: download.then(() => undefined),
      };
    },
    install() {
      updater.quitAndInstall(false, true);
    },
  };
}
