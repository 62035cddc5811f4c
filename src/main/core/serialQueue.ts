/**
 * Runs async jobs one after another. The core has one SQLite connection; serialising whole API
 * calls (not just statements) keeps one call's transaction free of another call's statements.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export type SerialQueue = ReturnType<typeof createSerialQueue>;
