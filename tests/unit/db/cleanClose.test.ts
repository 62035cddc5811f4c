import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ADMIN, callApi, dbFile, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import { damageTablePage, damageWhileClosed } from '../../helpers/damagePage.ts';

/**
 * Issue 18 (cold start): the full page check at open (8.5 s at 300,000 cases) is skipped only for a
 * file exactly as the program's last clean close left it. Every other way a page can go bad — a
 * crash mid-write, another program or a copy writing to it, its times reset afterwards — is still
 * checked in full and refused before anything is written (issue 13).
 */
let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTempDir('mediation-clean-close-');
  file = dbFile(dir);
  const core = await openTestCore(dir);
  await setUpAsAdmin(core);
  await core.close();
});
afterEach(() => removeTempDir(dir));

const stamp = () => `${file}.closed.json`;

const damagePage = () => damageTablePage(file, 'user_account');

/** Opens the file as the program does; a damaged page surfaces as SQLite's "malformed" (the core words it). */
const opens = () => {
  try {
    const opened = openDatabase(file);
    opened.sqlite.close();
    return 'opened';
  } catch (error) {
    return (error as Error).message;
  }
};

test('a clean close leaves a record that vouches for exactly one open', async () => {
  expect(fs.existsSync(stamp())).toBe(true);
  const opened = openDatabase(file);
  // Taken away before anything is written: a crash from here on leaves no record.
  expect(fs.existsSync(stamp())).toBe(false);
  await closeDatabase(opened);
  expect(fs.existsSync(stamp())).toBe(true);
});

test('a page damaged after the clean close is found, even with the file times put back', () => {
  const before = fs.statSync(file);
  damagePage();
  fs.utimesSync(file, before.atime, before.mtime); // the change time still moves
  expect(opens()).toMatch(/malformed/);
  expect(fs.existsSync(stamp())).toBe(false);
});

test('after a crash (no clean close) the whole file is checked', () => {
  const opened = openDatabase(file); // takes the record; the process "dies" without closeDatabase
  opened.sqlite.close();
  damagePage();
  expect(opens()).toMatch(/malformed/);
});

test('a file replaced by another (a restore, a copy) is checked in full', () => {
  const copy = path.join(dir, 'other.db');
  fs.copyFileSync(file, copy);
  const other = new BetterSqlite3(copy);
  other.pragma('journal_mode = DELETE');
  other.close();
  const raw = fs.readFileSync(copy);
  fs.rmSync(file);
  fs.writeFileSync(file, raw);
  damagePage();
  expect(opens()).toMatch(/malformed/);
});

test('the record is what skips the check at open: with it matching, a damaged page is not seen there', () => {
  // Only the file's identity is compared at open, not its pages; the core then checks the pages in
  // the background (next tests).
  damagePage();
  const stat = fs.statSync(file, { bigint: true });
  fs.writeFileSync(
    stamp(),
    JSON.stringify({
      size: Number(stat.size),
      mtimeNs: String(stat.mtimeNs),
      ctimeNs: String(stat.ctimeNs),
      ino: String(stat.ino),
    }),
  );
  expect(opens()).toBe('opened');
});

const damageSilently = (table: string) => damageWhileClosed(file, table);

async function untilRefused(core: Awaited<ReturnType<typeof openTestCore>>): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const info = await callApi(core, 'app.info', {});
    if (!info.ok) return `${info.error.code} ${info.error.message}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return 'still served';
}

test('a start that skipped the check checks in the background; damage found there ends serving the file', async () => {
  damageSilently('dispute_case_type');
  const core = await openTestCore(dir);
  try {
    expect(core.status.ok).toBe(true); // opened fast, on the record's word
    expect(await untilRefused(core)).toMatch(/^DB_UNAVAILABLE .*已损坏.*备份/);
  } finally {
    await core.close();
  }
  // No clean close is recorded for it, and the next start refuses it before writing.
  expect(fs.existsSync(stamp())).toBe(false);
  const bytes = fs.readFileSync(file);
  const again = await openTestCore(dir);
  expect(again.status.ok).toBe(false);
  await again.close();
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
}, 60_000);

test('damage met by a backup is named as such, and a good backup can still be restored over it', async () => {
  let core = await openTestCore(dir);
  let token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
    .sessionToken!;
  const good = await mustCall(core, 'backup.run', {}, token);
  await core.close();
  damageSilently('party');
  // The background checker cannot run here (as if its script were missing): the file stays served.
  core = await openTestCore(dir, undefined, { integrityWorkerScript: path.join(dir, 'missing-worker.ts') });
  try {
    token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
      .sessionToken!;
    const backup = await callApi(core, 'backup.run', {}, token);
    expect(backup.ok).toBe(false);
    if (!backup.ok) {
      expect(backup.error.code).toBe('DB_UNAVAILABLE');
      expect(backup.error.message).toMatch(/数据文件本身有损坏/);
      expect(backup.error.message).not.toMatch(/请检查U盘/);
    }
    const restored = await mustCall(core, 'backup.restore', { id: good.id }, token);
    expect(restored.safetyCopy).toBeNull();
    expect(fs.existsSync(path.join(restored.keptDamagedFile!, 'mediation-desk.db'))).toBe(true);
    token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
      .sessionToken!;
    expect((await mustCall(core, 'backup.run', {}, token)).verified).toBe(true);
  } finally {
    await core.close();
  }
}, 60_000);

test('damage met by an ordinary call makes the next start check the file in full', async () => {
  // Found by the review: only the backup copy marked the file; a login meeting a damaged index was
  // answered, and the clean close then vouched for the damaged file again.
  damageSilently('audit_log_time');
  const core = await openTestCore(dir, undefined, { pageCheckDelayMs: 10_000 });
  const login = await callApi(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
  expect(login.ok).toBe(false);
  if (!login.ok) expect(login.error.message).toMatch(/损坏/);
  await core.close();
  expect(fs.existsSync(stamp())).toBe(false);
  const again = await openTestCore(dir, undefined, { pageCheckDelayMs: 10_000 });
  try {
    expect(again.status.ok).toBe(false);
  } finally {
    await again.close();
  }
}, 60_000);
