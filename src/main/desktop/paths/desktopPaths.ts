import path from 'node:path';
import { DESKTOP_SETTINGS_FILE } from '../settings/desktopSettings.ts';

export interface DesktopPathInputs {
  readonly isPackaged: boolean;
  /** `process.resourcesPath`: where `extraResource` entries land in a packaged app. */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project folder in development, the asar in a package. */
  readonly appPath: string;
  /** The folder of the built main bundle (`.vite/build`). */
  readonly mainDir: string;
  readonly userData: string;
}

export interface DesktopPaths {
  readonly settingsFile: string;
  readonly windowStateFile: string;
  readonly rendererDir: string;
  readonly preloadFile: string;
  /** The page-check worker (db/integrityCheckWorker.ts, built beside main by forge.config.ts). */
  readonly integrityWorkerFile: string;
  /** Shipped document templates; resolved once here and handed to the core. */
  readonly templatesDir: string;
}

/** Every fixed location the shell uses, computed in one place so packaging changes touch one file. */
export function resolveDesktopPaths(inputs: DesktopPathInputs): DesktopPaths {
  return {
    settingsFile: path.join(inputs.userData, DESKTOP_SETTINGS_FILE),
    windowStateFile: path.join(inputs.userData, 'window-state.json'),
    rendererDir: path.resolve(inputs.mainDir, '..', 'renderer', 'main_window'),
    preloadFile: path.join(inputs.mainDir, 'preload.cjs'),
    integrityWorkerFile: path.join(inputs.mainDir, 'integrityCheckWorker.cjs'),
    templatesDir: inputs.isPackaged
      ? path.join(inputs.resourcesPath, 'templates')
      : path.join(inputs.appPath, 'templates'),
  };
}
