import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, dbFile, loginAs, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';

let dir: string;
let core: Core;
let token: string;

beforeEach(async () => {
  dir = makeTempDir();
  core = await openTestCore(dir);
  token = await setUpAsAdmin(core);
  await loginAs(core, token, 'mediator', 'li');
  await loginAs(core, token, 'intake', 'zhang');
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

/**
 * Edits the file the way someone with a SQLite tool would: triggers dropped first and put back
 * afterwards (a file left without them is refused at open: tests/security/damagedFile.test.ts).
 */
async function tamper(statements: string): Promise<void> {
  await core.close();
  const raw = new BetterSqlite3(dbFile(dir));
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  raw.exec(statements);
  raw.exec(`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  raw.close();
  core = await openTestCore(dir);
  token = (await mustCall(core, 'auth.login', { username: 'admin', password: 'Admin12345' })).sessionToken!;
}

test('every write is in the log with its actor, and an intact chain verifies', async () => {
  const log = await mustCall(core, 'audit.list', { pageSize: 200 }, token);
  const methods = log.rows.map((entry) => entry.method).reverse();
  expect(methods.slice(0, 2)).toEqual(['org.setup', 'user.create']);
  expect(methods).toContain('auth.changePassword');
  expect(log.rows.find((entry) => entry.method === 'org.setup')?.actor).toBe('王管理');
  expect(JSON.stringify(log.rows)).not.toContain('Admin12345');
  const verification = await mustCall(core, 'audit.verify', {}, token);
  expect(verification).toMatchObject({ ok: true, firstBrokenSeq: null, checked: log.total });
});

test('the log cannot be changed through SQL while its triggers are in place', async () => {
  await core.close();
  const raw = new BetterSqlite3(dbFile(dir));
  expect(() => raw.exec("UPDATE audit_log SET actor_name = '别人' WHERE seq = 2")).toThrow(/append-only/);
  expect(() => raw.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
  raw.close();
  core = await openTestCore(dir);
});

test.each([
  ['an altered actor', "UPDATE audit_log SET actor_name = '别人' WHERE seq = 3", 3],
  ['altered details', `UPDATE audit_log SET detail = '{"input":{}}' WHERE seq = 2`, 2],
  ['a deleted entry', 'DELETE FROM audit_log WHERE seq = 4', 4],
  [
    'an entry rewritten with its own hash recomputed but the next link left as it was',
    "UPDATE audit_log SET hash = 'ab' || substr(hash, 3) WHERE seq = 5",
    5,
  ],
])('verify finds %s and names the first broken entry', async (_name, statement, brokenSeq) => {
  await tamper(statement);
  const verification = await mustCall(core, 'audit.verify', {}, token);
  expect(verification.ok).toBe(false);
  expect(verification.firstBrokenSeq).toBe(brokenSeq);
  expect(verification.message).toContain(`第 ${brokenSeq} 条`);
});

test('only the administrator may read or verify the log', async () => {
  const mediator = (await mustCall(core, 'auth.login', { username: 'li', password: 'Changed456' }))
    .sessionToken;
  expect(await callApi(core, 'audit.verify', {}, mediator)).toMatchObject({
    ok: false,
    error: { code: 'PERMISSION_DENIED' },
  });
});
