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
import {
  callApi,
  dbFile,
  mustCall,
  openTestCore,
  SAMPLE_ORGANISATION,
  TEST_NOW,
} from '../../helpers/testCore.ts';

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

test('a full disk during work becomes a coded, readable error and the database stays usable', async () => {
  const core = await openTestCore(dir);
  await mustCall(core, 'org.setup', SAMPLE_ORGANISATION);
  await mustCall(core, 'case.create', { title: '第一件纠纷', summary: '正常登记' });
  await core.close();

  // Simulate a full disk: this connection may not grow the file beyond its current size.
  const database = openDatabase(dbFile(dir));
  database.sqlite.pragma(
    `max_page_count = ${database.sqlite.pragma('page_count', { simple: true }) as number}`,
  );
  const logged: string[] = [];
  const dispatch = createDispatch({
    database,
    clock: fixedClock(TEST_NOW),
    logger: { ...silentLogger, error: (event) => logged.push(event) },
    newId: randomUUID,
    appInfo: { version: 'test', schemaVersion: 1, dataDir: dir },
  });
  const result = await dispatch(
    'case.create',
    { title: '第二件纠纷', summary: '很长'.repeat(1000) },
    { transport: 'test' },
  );
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('DB_UNAVAILABLE');
    expect(result.error.message).toContain('磁盘空间已满');
  }
  expect(logged).toContain('api.internal-error');
  const list = await dispatch('case.list', {}, { transport: 'test' });
  expect(list.ok && (list.value as { rows: { title: string }[] }).rows.map((row) => row.title)).toEqual([
    '第一件纠纷',
  ]);
  await closeDatabase(database);
});

test('the first run creates the file and reports setup not complete', async () => {
  const core = await openTestCore(dir);
  const info = await mustCall(core, 'app.info', {});
  expect(info).toMatchObject({ schemaVersion: expect.any(Number), setupComplete: false, dataDir: dir });
  await core.close();
  expect(fs.existsSync(path.join(dir, 'mediation-desk.db'))).toBe(true);
});
