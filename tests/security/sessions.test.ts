import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';
import { openAttackKit, rawPost, tokenFrom, type AttackKit } from './netAttackKit.ts';

// Issue 13, item 5: DNS rebinding could claim the administrator before setup; a password change left
// the user's other sessions alive; changePassword allowed unlimited guesses; five wrong passwords from
// anyone locked the real user out; a locked account answered differently from an unknown one.

describe('before setup', () => {
  let fresh: AttackKit;
  beforeAll(async () => {
    fresh = await openAttackKit('security-rebinding-', false);
  });
  afterAll(async () => fresh.close());

  test('org.setup under a foreign Host name (DNS rebinding) is refused and claims nothing', async () => {
    const port = new URL(fresh.host.url).port;
    const reply = await rawPost(fresh.host.url, 'org.setup', JSON.stringify(SAMPLE_ORGANISATION), {
      Host: `attacker.example:${port}`,
      Origin: `http://attacker.example:${port}`,
    });
    expect(reply.status).toBe(403);
    expect(reply.error).toMatchObject({ code: 'PERMISSION_DENIED', details: { reason: 'unknown-host' } });
    expect(reply.setCookie).toBeNull();
    const info = await fresh.call('app.info', {});
    expect(info.value).toMatchObject({ setupComplete: false });
    expect(fresh.count('user_account')).toBe(0);
    // The page a rebinding attack would read is refused too.
    const health = await rawPost(fresh.host.url, 'app.info', '{}', { Host: `attacker.example:${port}` });
    expect(health.status).toBe(403);
  });
});

describe('after setup', () => {
  let kit: AttackKit;
  beforeAll(async () => {
    kit = await openAttackKit('security-sessions-');
  });
  afterAll(async () => kit.close());

  test('any foreign Host name is refused, also for login', async () => {
    const reply = await rawPost(
      kit.host.url,
      'auth.login',
      JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
      { Host: 'mediation.attacker.example' },
    );
    expect(reply.status).toBe(403);
    expect(reply.setCookie).toBeNull();
  });

  test('a password change ends every other session of that user, and keeps the one that changed it', async () => {
    await kit.user('li', 'mediator');
    const elsewhere = tokenFrom(await kit.login('li', 'Secret789'));
    const here = tokenFrom(await kit.login('li', 'Secret789'));
    const changed = await kit.call(
      'auth.changePassword',
      { currentPassword: 'Secret789', newPassword: 'Newer4567' },
      here,
    );
    expect(changed.ok).toBe(true);
    expect((await kit.call('case.list', {}, elsewhere)).error?.code).toBe('UNAUTHENTICATED');
    expect((await kit.call('case.list', {}, here)).ok).toBe(true);
  });

  test('an administrator reset ends every session of that user', async () => {
    const token = await kit.user('zhao', 'intake');
    const users = await kit.call<{ id: string; username: string }[]>('user.list', {}, kit.admin);
    const zhao = (users.value as unknown as { id: string; username: string }[]).find(
      (u) => u.username === 'zhao',
    )!;
    expect(
      (await kit.call('user.resetPassword', { id: zhao.id, newPassword: 'Reset1234' }, kit.admin)).ok,
    ).toBe(true);
    expect((await kit.call('case.list', {}, token)).error?.code).toBe('UNAUTHENTICATED');
  });

  test('guessing the current password in changePassword is throttled like a login, and changes nothing', async () => {
    const token = await kit.user('wang', 'intake');
    const audit = kit.count('audit_log');
    for (let i = 0; i < 4; i += 1) {
      const guess = await kit.call(
        'auth.changePassword',
        { currentPassword: `guess${i}`, newPassword: 'Owned12345' },
        token,
      );
      expect(guess.error?.code).toBe('INVALID_INPUT');
    }
    // Now even the right current password must wait: guessing cannot go on at full speed.
    const next = await kit.call(
      'auth.changePassword',
      { currentPassword: 'Secret789', newPassword: 'Owned12345' },
      token,
    );
    expect(next.error).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'throttled' } });
    expect(kit.count('audit_log')).toBe(audit);
    expect((await kit.login('wang', 'Owned12345')).ok).toBe(false);
  });

  test('wrong passwords from one computer do not lock the real user (or the administrator) out at another', async () => {
    const attacker = '127.0.0.66';
    const body = (password: string, username = ADMIN.username) => JSON.stringify({ username, password });
    for (let i = 0; i < 8; i += 1) await rawPost(kit.host.url, 'auth.login', body(`wrong${i}`), {}, attacker);
    const blocked = await rawPost(kit.host.url, 'auth.login', body(ADMIN.password), {}, attacker);
    expect(blocked.error).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'throttled' } });
    const real = await rawPost(kit.host.url, 'auth.login', body(ADMIN.password), {}, '127.0.0.5');
    expect(real.ok).toBe(true);
  });

  test('an unknown account and a real one under attack answer alike', async () => {
    const attacker = '127.0.0.77';
    const answers = async (username: string) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 5; i += 1) {
        const reply = await rawPost(
          kit.host.url,
          'auth.login',
          JSON.stringify({ username, password: `x${i}` }),
          {},
          attacker,
        );
        const reason = reply.error?.details?.['reason'];
        seen.push({
          status: reply.status,
          code: reply.error?.code,
          reason,
          message: reply.error?.message?.replace(/\d+/g, 'N'),
        });
      }
      return seen;
    };
    const ghost = await answers('ghost');
    expect(ghost.at(-1)).toMatchObject({ reason: 'throttled' });
    expect(await answers(ADMIN.username)).toEqual(ghost);
  });
});
