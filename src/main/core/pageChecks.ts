import { checkPagesInBackground, type BackgroundCheck } from '../db/backgroundIntegrityCheck.ts';
import { markCheckNeeded } from '../db/cleanClose.ts';
import type { Logger } from './logger.ts';

/**
 * A start the clean-close record vouched for (db/cleanClose.ts) checks the file's pages in the
 * background instead, `delayMs` later so not while the first screens load. The outcome is handled
 * inside the core's call queue: damage calls `onDamaged` (the core stops serving the file, as damage
 * found at open refuses it); either damage or a checker that could not run marks the file, so the
 * next start checks every page rather than trusting the record again.
 */
export function createPageChecks(options: {
  readonly file: string;
  readonly script: string;
  readonly delayMs: number;
  readonly logger: Logger;
  readonly inQueue: (work: () => Promise<void>) => Promise<void>;
  readonly onDamaged: (problems: readonly string[]) => Promise<void>;
}) {
  const { file, logger } = options;
  let running: BackgroundCheck | null = null;
  let timer: NodeJS.Timeout | null = null;

  function run(): void {
    timer = null;
    const check = checkPagesInBackground(file, options.script);
    running = check;
    void check.result.then((outcome) =>
      options.inQueue(async () => {
        if (running !== check) return; // stopped (closing, restoring) meanwhile
        running = null;
        if (outcome.kind === 'intact') return;
        if (outcome.kind === 'not-run') {
          markCheckNeeded(file, outcome.reason);
          logger.warn('db.page-check-not-run', { file, reason: outcome.reason });
          return;
        }
        markCheckNeeded(file, outcome.problems.join('\n'));
        logger.error('db.damaged-found-in-background', { file, problems: outcome.problems });
        await options.onDamaged(outcome.problems);
      }),
    );
  }

  return {
    /** Schedules one check of the file as it is now open. */
    start(): void {
      timer = setTimeout(run, options.delayMs);
      timer.unref();
    },
    /**
     * Cancels a scheduled check and stops a running one (before the file is closed or replaced). A
     * check stopped half way marks the file: the next start checks every page instead.
     */
    async stop(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      const check = running;
      running = null;
      if (check) {
        check.stop();
        markCheckNeeded(file, 'page check not finished');
      }
    },
  };
}
