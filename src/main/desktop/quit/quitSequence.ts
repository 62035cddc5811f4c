import type { Logger } from '../../core/logger.ts';

export interface QuitSequenceOptions {
  /** The downloaded update waiting for installation, if any. */
  readonly pendingUpdate: () => string | null;
  /** Asks the user; resolves true for "install now". */
  readonly askInstall: (version: string) => Promise<boolean>;
  /** Checkpoints the WAL and closes the database. */
  readonly closeCore: () => Promise<void>;
  /** Runs the installer and quits (electron-updater's quitAndInstall). */
  readonly install: () => void;
  /** Quits for real; the second `before-quit` passes straight through. */
  readonly quit: () => void;
  readonly logger: Logger;
}

export interface QuitEvent {
  preventDefault(): void;
}

/**
 * Handles `before-quit`. The first quit is held back so the asynchronous steps can run in order:
 * ask about a downloaded update, close the database cleanly, then quit or install. Whatever fails
 * on the way is logged and the app still quits — a hung exit is worse than a missed checkpoint,
 * which SQLite recovers from the WAL on next open.
 */
export function createQuitSequence(options: QuitSequenceOptions): (event: QuitEvent) => void {
  let phase: 'running' | 'closing' | 'done' = 'running';
  return (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    void (async () => {
      let install = false;
      const version = options.pendingUpdate();
      if (version !== null) {
        try {
          install = await options.askInstall(version);
        } catch (error) {
          options.logger.warn('quit.ask-failed', { error });
        }
      }
      try {
        await options.closeCore();
      } catch (error) {
        options.logger.error('quit.close-failed', { error });
      }
      phase = 'done';
      if (install) {
        options.logger.info('quit.installing-update', { version });
        options.install();
      } else {
        options.quit();
      }
    })();
  };
}
