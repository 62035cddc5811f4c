import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCore, DATABASE_FILE_NAME, type Core } from '../../../src/main/core/createCore.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, mustCall, openTestCore, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';
import { neighbourCase } from '../cases/caseKit.ts';

/**
 * Saves only note their cases (triggers of migration 0008); the search index catches up before the next
 * search, when the program is idle, and at open and close. When idle, the write-ahead log is also
 * copied into the database file.
 */
let dir: string;
let core: Core;
let admin: string;

beforeEach(async () => {
  dir = makeTempDir('mediation-search-queue-');
  core = await openTestCore(dir);
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

const file = () => path.join(dir, DATABASE_FILE_NAME);
const titlesFor = async (q: string) =>
  (await mustCall(core, 'search.cases', { q }, admin)).hits.map((h) => h.case.title);
const noted = () => {
  const reader = new BetterSqlite3(file(), { readonly: true });
  try {
    return (reader.prepare('SELECT count(*) AS n FROM search_dirty').get() as { n: number }).n;
  } finally {
    reader.close();
  }
};

test('a save notes its case, and the next search indexes it before answering', async () => {
  const created = await mustCall(core, 'case.create', neighbourCase(), admin);
  expect(noted()).toBe(1);
  expect(await titlesFor('李卫东')).toEqual([created.title]);
  expect(await titlesFor('漏')).toEqual([created.title]);
  expect(noted()).toBe(0);

  await mustCall(
    core,
    'case.update',
    { caseId: created.id, expectedVersion: created.version, fields: { title: '王某与赵某相邻通行纠纷' } },
    admin,
  );
  expect(noted()).toBe(1);
  expect(await titlesFor('相邻通行')).toEqual(['王某与赵某相邻通行纠纷']);
  expect(await titlesFor('张建国与李卫东')).toEqual([]);
  expect(noted()).toBe(0);
});

test('a write that fails leaves neither a queued case nor an index entry behind', async () => {
  const created = await mustCall(core, 'case.create', neighbourCase(), admin);
  const stale = await callApi(
    core,
    'case.update',
    { caseId: created.id, expectedVersion: created.version + 5, fields: { title: '不应出现的标题' } },
    admin,
  );
  expect(stale.ok).toBe(false);
  expect(noted()).toBe(1); // the registration only
  expect(await titlesFor('不应出现')).toEqual([]);
  expect(await titlesFor('李卫东')).toEqual([created.title]);
  expect(noted()).toBe(0);
});

test('closing the program indexes what its saves noted', async () => {
  await mustCall(core, 'case.create', neighbourCase({ title: '关闭前登记的纠纷' }), admin);
  await core.close();
  const reader = new BetterSqlite3(file(), { readonly: true });
  try {
    expect(reader.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
    const found = reader
      .prepare(`SELECT rowid FROM case_search_tri WHERE case_search_tri MATCH '"关闭前登记"'`)
      .all();
    expect(found).toHaveLength(1);
  } finally {
    reader.close();
  }
  core = await openTestCore(dir);
});

test('a hand edit made outside the program is indexed when the program next opens the file', async () => {
  await mustCall(core, 'case.create', neighbourCase(), admin);
  await core.close();

  const editor = new BetterSqlite3(file());
  editor.prepare(`UPDATE party SET name = '欧阳修远' WHERE name = '李卫东'`).run();
  expect((editor.prepare('SELECT count(*) AS n FROM search_dirty').get() as { n: number }).n).toBe(1);
  editor.close();

  core = await openTestCore(dir);
  admin = (await mustCall(core, 'auth.login', { username: 'admin', password: 'Admin12345' })).sessionToken!;
  expect(await titlesFor('欧阳修远')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titlesFor('李卫东')).toEqual(['张建国与李卫东邻里纠纷']); // still in the title
  expect(await titlesFor('卫东 欧阳')).toHaveLength(1);
  expect(noted()).toBe(0);
});

test('after a quiet second the case is indexed and everything is in the database file itself', async () => {
  await core.close();
  core = await createCore({
    dataDir: dir,
    version: '0.0.0-test',
    clock: fixedClock(TEST_NOW),
    logger: silentLogger,
    autoBackup: false,
    idleMaintenanceMs: 50,
  });
  admin = (await mustCall(core, 'auth.login', { username: 'admin', password: 'Admin12345' })).sessionToken!;
  const inMainFile = () => {
    // The main file alone, without its -wal: what a power cut right now would leave if the log were lost.
    const copy = path.join(dir, 'main-only.db');
    fs.copyFileSync(file(), copy);
    const reader = new BetterSqlite3(copy, { readonly: true });
    try {
      return {
        titles: reader.prepare(`SELECT title FROM dispute_case`).pluck().all(),
        indexed: reader
          .prepare(`SELECT count(*) FROM case_search_tri WHERE case_search_tri MATCH '"检查点测试"'`)
          .pluck()
          .get(),
      };
    } finally {
      reader.close();
      fs.rmSync(copy);
    }
  };

  const created = await mustCall(core, 'case.create', neighbourCase({ title: '检查点测试纠纷' }), admin);
  expect(inMainFile().titles).not.toContain(created.title);
  expect(noted()).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(noted()).toBe(0);
  expect(inMainFile()).toEqual({ titles: expect.arrayContaining([created.title]), indexed: 1 });
});
