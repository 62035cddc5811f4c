import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Bounds in the normal (not maximised) state, so restoring un-maximises to a sensible size. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export interface WindowPlacement {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = Object.freeze({ width: 1280, height: 800 });
export const MIN_SIZE = Object.freeze({ width: 1024, height: 640 });
/** How much of the saved window must still be on a screen for its position to be kept. */
const MIN_VISIBLE = Object.freeze({ width: 160, height: 80 });

/** Reads the saved state; anything unreadable or malformed simply means "no saved state". */
export function loadWindowState(file: string): WindowState | null {
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    const b = json.bounds;
    if (!b || ![b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n)))
      return null;
    return {
      bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
      maximized: json.maximized === true,
    };
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(state) + '\n', 'utf8');
  } catch {
    // Losing the window position is not worth an error on the way out.
  }
}

/**
 * Where to open the window. A monitor that was unplugged (common with front-desk PCs moved between
 * desks) must not leave the window off-screen, so the position is kept only when enough of the
 * window still lies on some display's work area; otherwise the window opens centred.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const largest = workAreas.reduce<Rect | null>(
    (best, area) => (best && best.width * best.height >= area.width * area.height ? best : area),
    null,
  );
  const maxWidth = largest ? Math.max(MIN_SIZE.width, largest.width) : Number.POSITIVE_INFINITY;
  const maxHeight = largest ? Math.max(MIN_SIZE.height, largest.height) : Number.POSITIVE_INFINITY;
  const clampSize = (width: number, height: number) => ({
    width: Math.round(Math.min(Math.max(width, MIN_SIZE.width), maxWidth)),
    height: Math.round(Math.min(Math.max(height, MIN_SIZE.height), maxHeight)),
  });
  if (!saved) return { ...clampSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  const size = clampSize(saved.bounds.width, saved.bounds.height);
  const candidate: Rect = { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y), ...size };
  const visible = workAreas.some((area) => {
    const w = Math.min(candidate.x + candidate.width, area.x + area.width) - Math.max(candidate.x, area.x);
    const h = Math.min(candidate.y + candidate.height, area.y + area.height) - Math.max(candidate.y, area.y);
    // The title bar (top of the window) must be reachable, or the user cannot drag it back.
    const titleOnScreen = candidate.y >= area.y && candidate.y < area.y + area.height;
    return w >= MIN_VISIBLE.width && h >= MIN_VISIBLE.height && titleOnScreen;
  });
  return visible ? { ...candidate, maximized: saved.maximized } : { ...size, maximized: saved.maximized };
}
