import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createDispatch } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, dbFile, mustCall, openTestCore, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeTempDir(dir));

test('a corrupt database file gives a clear coded error on every call and is not touched', async () => {
  const garbage = Buffer.from('这不是数据库'.repeat(500));
  fs.writeFileSync(dbFile(dir), garbage);
  const core = await openTestCore(dir);
  expect(core.status.ok).toBe(false);
  for (const method of ['app.info', 'case.list'] as const) {
    const result = await callApi(core, method, {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DB_UNAVAILABLE');
      expect(result.error.message).toContain('已损坏');
      expect(result.error.message).not.toMatch(/at \w+ \(|node_modules/); // no stack trace
    }
  }
  await core.close();
  expect(fs.readFileSync(dbFile(dir)).equals(garbage)).toBe(true);
  expect(fs.readdirSync(dir).filter((name) => name.endsWith('-wal'))).toEqual([]);
});

test('a SQLite file that belongs to another program is refused, not migrated', async () => {
  const foreign = new BetterSqlite3(dbFile(dir));
  foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
  foreign.close();
  const before = fs.readFileSync(dbFile(dir));
  const core = await openTestCore(dir);
  expect(core.status.ok ? null : core.status.error.code).toBe('DB_UNAVAILABLE');
  expect(core.status.ok ? '' : core.status.error.message).toContain('不是调解台的数据文件');
  expect(fs.readFileSync(dbFile(dir)).equals(before)).toBe(true);
});

test('a data path that cannot hold a database file gives a clear error instead of a crash', async () => {
  fs.mkdirSync(dbFile(dir)); // a folder where the file should be
  const core = await openTestCore(dir);
  expect(core.status.ok ? null : core.status.error.code).toBe('DB_UNAVAILABLE');
  expect(core.status.ok ? '' : core.status.error.message).toContain('无法读写');
  expect(fs.statSync(dbFile(dir)).isDirectory()).toBe(true);
});

test('a full disk during work becomes a coded, readable error, and the failed call leaves no trace', async () => {
  const core = await openTestCore(dir);
  const token = await setUpAsAdmin(core);
  await core.close();

  // Simulate a full disk: this connection may not grow the file beyond its current size.
  const database = openDatabase(dbFile(dir));
  database.sqlite.pragma(
    `max_page_count = ${database.sqlite.pragma('page_count', { simple: true }) as number}`,
  );
  const logged: string[] = [];
  const { dispatch } = createDispatch({
    database,
    dataDir: dir,
    clock: fixedClock(TEST_NOW),
    logger: { ...silentLogger, error: (event) => logged.push(event) },
    newId: randomUUID,
    appInfo: { version: 'test', schemaVersion: 1, dataDir: dir },
  });
  const count = (table: string) =>
    (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const usersBefore = count('user_account');
  const auditBefore = count('audit_log');

  let created = 0;
  let failure: { code: string; message: string } | null = null;
  for (let i = 0; i < 500 && !failure; i += 1) {
    const result = await dispatch(
      'user.create',
      { username: `user${i}`, displayName: `调解员${i}`, role: 'mediator', password: 'Initial123' },
      { transport: 'test', sessionToken: token },
    );
    if (result.ok) created += 1;
    else failure = result.error;
  }
  expect(failure?.code).toBe('DB_UNAVAILABLE');
  expect(failure?.message).toContain('磁盘空间已满');
  expect(logged).toContain('api.internal-error');
  // Every acknowledged call is there with its audit entry; the failed one left neither.
  expect(count('user_account')).toBe(usersBefore + created);
  expect(count('audit_log')).toBe(auditBefore + created);
  expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  await closeDatabase(database);
});

test('the first run creates the file and reports setup not complete', async () => {
  const core = await openTestCore(dir);
  const info = await mustCall(core, 'app.info', {});
  expect(info).toMatchObject({ schemaVersion: expect.any(Number), setupComplete: false, dataDir: dir });
  await core.close();
  expect(fs.existsSync(path.join(dir, 'mediation-desk.db'))).toBe(true);
});
