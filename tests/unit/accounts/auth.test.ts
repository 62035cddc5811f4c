import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ADMIN, callApi, loginAs, mustCall, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

let dir: string;
let core: Core;
const clock = fixedClock(TEST_NOW);
const MINUTE = 60_000;

beforeEach(async () => {
  dir = makeTempDir();
  clock.set(TEST_NOW);
  core = await createCore({ dataDir: dir, version: 'test', clock, logger: silentLogger, autoBackup: false });
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

describe('first run and login', () => {
  test('setup creates the administrator and logs them in; setup cannot run twice', async () => {
    const token = await setUpAsAdmin(core);
    expect(await mustCall(core, 'auth.me', {}, token)).toMatchObject({ username: 'admin', role: 'admin' });
    const again = await callApi(core, 'org.setup', {
      name: '另一个委员会',
      kind: 'committee',
      level: 'village',
      regionCode: '320113',
      abbreviation: '另',
      admin: { username: 'second', displayName: '第二', password: 'Second123' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const users = await mustCall(core, 'user.list', {}, token);
    expect(users.map((user) => user.username)).toEqual(['admin']);
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    await setUpAsAdmin(core);
    const wrong = await callApi(core, 'auth.login', { username: 'admin', password: 'nope' });
    const unknown = await callApi(core, 'auth.login', { username: 'ghost', password: 'nope' });
    expect(wrong).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '用户名或密码不正确。' } });
    expect(unknown).toEqual(wrong);
  });

  test('usernames are case-insensitive', async () => {
    await setUpAsAdmin(core);
    expect((await callApi(core, 'auth.login', { username: 'ADMIN', password: ADMIN.password })).ok).toBe(
      true,
    );
  });
});

describe('lockout and timeouts', () => {
  test('wrong passwords slow that computer down for that account with growing delays, and lock nobody out', async () => {
    await setUpAsAdmin(core);
    const from = (client: string, password: string, username = 'admin') =>
      core.call('auth.login', { username, password }, { transport: 'test', client });
    for (let i = 0; i < 3; i += 1) {
      expect(await from('10.0.0.66', 'wrong')).toMatchObject({ error: { message: '用户名或密码不正确。' } });
    }
    // The fourth wrong one is answered, then that computer must wait 1 s, then 2 s, 4 s …
    await from('10.0.0.66', 'wrong');
    const waiting = await from('10.0.0.66', ADMIN.password);
    expect(waiting).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'throttled', retryAfterSeconds: 1 } },
    });
    // An unknown name behaves the same way: nothing tells the two apart.
    for (let i = 0; i < 4; i += 1) await from('10.0.0.66', 'wrong', 'ghost');
    expect(await from('10.0.0.66', 'x', 'ghost')).toMatchObject({
      error: { details: { reason: 'throttled', retryAfterSeconds: 1 } },
    });
    // The real administrator at another computer is not locked out.
    expect((await from('10.0.0.5', ADMIN.password)).ok).toBe(true);
    clock.advance(1_000);
    await from('10.0.0.66', 'wrong');
    expect(await from('10.0.0.66', ADMIN.password)).toMatchObject({
      error: { details: { retryAfterSeconds: 2 } },
    });
    clock.advance(2_000);
    expect((await from('10.0.0.66', ADMIN.password)).ok).toBe(true);
  });

  test('a session ends after 30 idle minutes, not while it is in use', async () => {
    const token = await setUpAsAdmin(core);
    for (let i = 0; i < 4; i += 1) {
      clock.advance(20 * MINUTE);
      expect((await callApi(core, 'user.list', {}, token)).ok).toBe(true);
    }
    clock.advance(31 * MINUTE);
    expect(await callApi(core, 'user.list', {}, token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'expired' } },
    });
  });

  test('logout ends the session', async () => {
    const token = await setUpAsAdmin(core);
    await mustCall(core, 'auth.logout', {}, token);
    expect(await mustCall(core, 'auth.me', {}, token)).toBeNull();
  });
});

describe('passwords and user management', () => {
  test('a new user must change the initial password before doing anything else', async () => {
    const adminToken = await setUpAsAdmin(core);
    await mustCall(
      core,
      'user.create',
      { username: 'li', displayName: '李调解', role: 'mediator', password: 'Initial123' },
      adminToken,
    );
    const login = await mustCall(core, 'auth.login', { username: 'li', password: 'Initial123' });
    expect(login.user.mustChangePassword).toBe(true);
    expect(await callApi(core, 'case.list', {}, login.sessionToken)).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', details: { reason: 'must-change-password' } },
    });
    const wrongCurrent = await callApi(
      core,
      'auth.changePassword',
      { currentPassword: 'bad', newPassword: 'Better456' },
      login.sessionToken,
    );
    expect(wrongCurrent).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await mustCall(
      core,
      'auth.changePassword',
      { currentPassword: 'Initial123', newPassword: 'Better456' },
      login.sessionToken,
    );
    expect((await callApi(core, 'case.list', {}, login.sessionToken)).ok).toBe(true);
  });

  test("an administrator reset ends the user's sessions and forces a new password", async () => {
    const adminToken = await setUpAsAdmin(core);
    const liToken = await loginAs(core, adminToken, 'mediator', 'li');
    const [li] = (await mustCall(core, 'user.list', {}, adminToken)).filter((user) => user.username === 'li');
    await mustCall(core, 'user.resetPassword', { id: li!.id, newPassword: 'Reset1234' }, adminToken);
    expect(await mustCall(core, 'auth.me', {}, liToken)).toBeNull();
    const relogin = await mustCall(core, 'auth.login', { username: 'li', password: 'Reset1234' });
    expect(relogin.user.mustChangePassword).toBe(true);
  });

  test('a disabled user cannot log in, and the last administrator cannot be removed', async () => {
    const adminToken = await setUpAsAdmin(core);
    await loginAs(core, adminToken, 'intake', 'zhang');
    const users = await mustCall(core, 'user.list', {}, adminToken);
    const zhang = users.find((user) => user.username === 'zhang')!;
    const admin = users.find((user) => user.username === 'admin')!;
    await mustCall(core, 'user.update', { id: zhang.id, active: false }, adminToken);
    expect(await callApi(core, 'auth.login', { username: 'zhang', password: 'Changed456' })).toMatchObject({
      ok: false,
      error: { message: '该账户已停用，请联系管理员。' },
    });
    expect(await callApi(core, 'user.update', { id: admin.id, role: 'mediator' }, adminToken)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });

  test('a duplicate username is refused with a field message', async () => {
    const adminToken = await setUpAsAdmin(core);
    const result = await callApi(
      core,
      'user.create',
      { username: 'Admin', displayName: '重名', role: 'leader', password: 'Initial123' },
      adminToken,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { fields: { username: '用户名已被使用' } } },
    });
  });
});
