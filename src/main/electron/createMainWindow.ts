import { BrowserWindow, screen } from 'electron';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from '../desktop/window/windowState.ts';

export interface MainWindowOptions {
  readonly preloadFile: string;
  readonly url: string;
  readonly windowStateFile: string;
}

/**
 * The one application window. Security settings are spelled out even where they are Electron's
 * defaults, so a reviewer sees them here and a future default change cannot weaken them.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    loadWindowState(options.windowStateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '调解台',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the window must reach the page (attachments), not replace it.
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    saveWindowState(options.windowStateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  void window.loadURL(options.url);
  return window;
}
