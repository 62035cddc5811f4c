/** The part of `BrowserWindow` needed to bring it forward. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * A second launch (a clerk double-clicking the icon again) must bring the existing window
 * forward, not open a second process on the same database. Returns false when there is no live
 * window to focus, so the caller can create one.
 */
export function focusWindow(window: FocusableWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
