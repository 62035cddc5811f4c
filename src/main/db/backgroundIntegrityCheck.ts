import { Worker } from 'node:worker_threads';

export type CheckOutcome =
  | { readonly kind: 'intact' }
  | { readonly kind: 'damaged'; readonly problems: readonly string[] }
  /** The checker itself failed or was stopped: nothing is known about the file. */
  | { readonly kind: 'not-run'; readonly reason: string };

/** A page check running beside the program. */
export interface BackgroundCheck {
  readonly result: Promise<CheckOutcome>;
  /** Stops the check without waiting for it (closing the program, restoring). */
  stop(): void;
}

/**
 * Checks every page of `file` on a worker thread (`integrityCheckWorker`, at `script`: the TypeScript
 * source when run from source, the bundled .js in the desktop app). Used when the start skipped the
 * check because the clean-close record vouched for the file (cleanClose.ts).
 */
export function checkPagesInBackground(file: string, script: string): BackgroundCheck {
  const worker = new Worker(script, { workerData: { file } });
  worker.unref(); // never keeps a closing program alive
  const result = new Promise<CheckOutcome>((resolve) => {
    worker.once('message', (problems: string[] | { notRun: string }) =>
      resolve(
        !Array.isArray(problems)
          ? { kind: 'not-run', reason: problems.notRun }
          : problems.length === 0
            ? { kind: 'intact' }
            : { kind: 'damaged', problems },
      ),
    );
    worker.once('error', (error) => resolve({ kind: 'not-run', reason: error.message }));
    worker.once('exit', () => resolve({ kind: 'not-run', reason: 'stopped' }));
  });
  return {
    result,
    stop() {
      // Not awaited: a worker inside the native check ends only when the check does (seconds on a large
      // file); closing or restoring must not wait for it. Its answer is no longer listened to.
      void worker.terminate();
    },
  };
}
