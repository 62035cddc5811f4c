import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkPagesInBackground } from '../../../src/main/db/backgroundIntegrityCheck.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

/**
 * The background page check (db/backgroundIntegrityCheck.ts) on a worker thread. Found by the review:
 * any error of the checker was called damage — an intact file locked by another program, or one it
 * could not open, was closed and "restore from a backup" advised, inviting an older backup over newer
 * data; and stopping it (quit, restore) waited for the whole native check.
 */
const WORKER = fileURLToPath(new URL('../../../src/main/db/integrityCheckWorker.ts', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = makeTempDir('mediation-page-check-');
});
afterEach(() => removeTempDir(dir));

test('an intact file that is locked by another program is not called damaged', async () => {
  const file = path.join(dir, 'mediation-desk.db');
  const other = new BetterSqlite3(file);
  other.pragma('journal_mode = WAL');
  other.exec('CREATE TABLE x (a); INSERT INTO x VALUES (1)');
  // Another program holds the file (for example a sqlite3 shell or a backup tool in exclusive mode).
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec('BEGIN EXCLUSIVE; INSERT INTO x VALUES (2)');
  try {
    const outcome = await checkPagesInBackground(file, WORKER).result;
    expect(outcome.kind).not.toBe('damaged');
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  // The file was intact all along.
  const again = await checkPagesInBackground(file, WORKER).result;
  expect(again.kind).toBe('intact');
}, 30_000);

test('a file the worker cannot open at all is not called damaged', async () => {
  const outcome = await checkPagesInBackground(path.join(dir, 'gone', 'mediation-desk.db'), WORKER).result;
  expect(outcome.kind).not.toBe('damaged');
}, 30_000);

test('stopping the check does not wait for the native check to finish', async () => {
  const file = path.join(dir, 'big.db');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.exec(
    'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX ta ON t (a); CREATE INDEX tb ON t (b)',
  );
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)
           INSERT INTO t (a, b) SELECT hex(randomblob(16)), hex(randomblob(40)) FROM n`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  let started = performance.now();
  expect((await checkPagesInBackground(file, WORKER).result).kind).toBe('intact');
  const whole = performance.now() - started;

  const check = checkPagesInBackground(file, WORKER);
  await new Promise((resolve) => setTimeout(resolve, whole / 3)); // inside quick_check by now
  started = performance.now();
  check.stop();
  const stopping = performance.now() - started;
  expect(await check.result).toEqual({ kind: 'not-run', reason: 'stopped' });
  // Compared with the check itself in the same run, not with a fixed time.
  expect(stopping, `stop() took ${stopping} ms; the whole check takes ${whole} ms`).toBeLessThan(whole / 3);
}, 120_000);
