/**
 * Worker thread: `PRAGMA quick_check` on a read-only connection, so reading a large file's every page
 * does not hold up the calls of the main thread (backgroundIntegrityCheck.ts). Posts the problems
 * found (none: the file is intact), or `{ notRun }` when the check could not be made (a lock held by
 * another program, a file that cannot be opened): that is not damage.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { isCorruption } from './describeDatabaseError.ts';

const { file } = workerData as { file: string };
let problems: string[] | { notRun: string };
try {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma('quick_check(20)') as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  } finally {
    sqlite.close();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // SQLite reports some damage (a page that is not a page at all) by failing the check itself.
  problems = isCorruption(error) ? [message] : { notRun: message };
}
parentPort?.postMessage(problems);
