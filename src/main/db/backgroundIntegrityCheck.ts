import { Worker } from 'node:worker_threads';

export type CheckOutcome =
  | { readonly kind: 'intact' }
  | { readonly kind: 'damaged'; readonly problems: readonly string[] }
  /** The checker itself failed or was stopped: nothing is known about the file. */
  | { readonly kind: 'not-run'; readonly reason: string };

/** A page check running beside the program. */
export interface BackgroundCheck {
  readonly result: Promise<CheckOutcome>;
  /** Stops the check (closing the program); `result` then resolves to not-run. */
  stop(): Promise<void>;
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
    worker.once('message', (problems: string[]) =>
      resolve(problems.length === 0 ? { kind: 'intact' } : { kind: 'damaged', problems }),
    );
    worker.once('error', (error) => resolve({ kind: 'not-run', reason: error.message }));
    worker.once('exit', () => resolve({ kind: 'not-run', reason: 'stopped' }));
  });
  return {
    result,
    async stop() {
      await worker.terminate();
    },
  };
}
