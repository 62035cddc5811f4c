import { describe, expect, test } from 'vitest';
import { createRouter, type Handlers } from '../../../src/main/api/router.ts';
import type { Logger } from '../../../src/main/core/logger.ts';
import type { AuditEvent } from '../../../src/main/services/auditService.ts';
import { AppError } from '../../../src/shared/errors.ts';
import type { SessionUser } from '../../../src/shared/types/account.ts';

const admin: SessionUser = {
  id: 'u1',
  rowId: 1,
  username: 'admin',
  displayName: '王管理',
  role: 'admin',
  mustChangePassword: false,
  mediatorRowId: null,
  mediatorId: null,
  seesAllCases: false,
};

/** The router with stand-ins for the session store, audit log and transactions. */
function router(overrides: Partial<Handlers>, logger: Logger, audited: AuditEvent[] = []) {
  return createRouter({
    handlers: handlers(overrides),
    logger,
    resolveSession: async (token) =>
      token === 'good' ? { state: 'active', user: admin } : { state: 'none' },
    recordAudit: async (event) => {
      audited.push(event);
    },
    inTransaction: async (work) => work(undefined as never),
  });
}

function recordingLogger() {
  const entries: { level: string; event: string; fields: Record<string, unknown> | undefined }[] = [];
  const logger: Logger = {
    info: (event, fields) => entries.push({ level: 'info', event, fields }),
    warn: (event, fields) => entries.push({ level: 'warn', event, fields }),
    error: (event, fields) => entries.push({ level: 'error', event, fields }),
  };
  return { logger, entries };
}

const unexpected = () => {
  throw new Error('not called in this test');
};

function handlers(overrides: Partial<Handlers>): Handlers {
  return {
    'app.info': unexpected,
    'org.home': unexpected,
    'org.setup': unexpected,
    'case.create': unexpected,
    'case.list': unexpected,
    'case.get': unexpected,
    ...overrides,
  } as Handlers;
}

const ctx = { transport: 'test', sessionToken: 'good' } as const;

describe('router', () => {
  test('an unknown method gets UNKNOWN_METHOD and no handler runs', async () => {
    const { logger } = recordingLogger();
    const dispatch = router({}, logger);
    const result = await dispatch('case.destroyEverything', {}, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: expect.stringContaining('case.destroyEverything'),
        details: { method: 'case.destroyEverything' },
      },
    });
    // prototype keys are not methods
    expect((await dispatch('toString', {}, ctx)).ok).toBe(false);
    expect((await dispatch('__proto__', {}, ctx)).ok).toBe(false);
  });

  test('invalid input is refused with per-field Chinese messages before the handler runs', async () => {
    let ran = false;
    const dispatch = router(
      {
        'user.create': () => {
          ran = true;
          throw new Error('must not run');
        },
      },
      recordingLogger().logger,
    );
    const result = await dispatch(
      'user.create',
      { username: '', displayName: '李调解', role: 'boss', password: 42 },
      ctx,
    );
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({
      fields: { username: '用户名至少 2 个字符', role: '请选择角色', password: '请填写密码' },
    });
    expect(result.error.message).toBe('用户名至少 2 个字符（另有 2 处需要修改）');
  });

  test('a missing body counts as an empty object, and defaults are applied before the handler', async () => {
    const seen: unknown[] = [];
    const dispatch = router(
      {
        'audit.list': (input) => {
          seen.push(input);
          return { rows: [], total: 0 };
        },
      },
      recordingLogger().logger,
    );
    expect(await dispatch('audit.list', undefined, ctx)).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(seen).toEqual([{ page: 1, pageSize: 50 }]);
  });

  test('coded errors from services pass through unchanged', async () => {
    const dispatch = router(
      {
        'case.get': () => {
          throw new AppError('NOT_FOUND', '没有找到这个案件，可能编号有误。', { id: 'x' });
        },
      },
      recordingLogger().logger,
    );
    const result = await dispatch('case.get', { id: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10' }, ctx);
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到这个案件，可能编号有误。', details: { id: 'x' } },
    });
  });

  test('an unexpected error is logged with its stack but the caller sees only a coded Chinese message', async () => {
    const { logger, entries } = recordingLogger();
    const dispatch = router(
      {
        'case.list': () => {
          throw new TypeError("Cannot read properties of undefined (reading 'secret')");
        },
      },
      logger,
    );
    const result = await dispatch('case.list', {}, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).toContain('程序内部出错');
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('TypeError');
    const logged = entries.find((entry) => entry.event === 'api.internal-error');
    expect(logged?.level).toBe('error');
    expect((logged?.fields?.['error'] as Error).stack).toContain('TypeError');
  });
});

describe('router: sessions, permissions and audit', () => {
  test('a method that needs a permission refuses a call without a session', async () => {
    const dispatch = router({ 'case.list': () => ({ rows: [], total: 0 }) }, recordingLogger().logger);
    const result = await dispatch('case.list', {}, { transport: 'test' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'no-session' } },
    });
  });

  test('a write is audited with the actor, the target and the input with secrets hidden', async () => {
    const audited: AuditEvent[] = [];
    const dispatch = router(
      {
        'user.resetPassword': () => ({
          id: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10',
          username: 'li',
          displayName: '李调解',
          role: 'mediator',
          active: true,
          mustChangePassword: true,
          lockedUntil: null,
          createdAt: '2026-11-22T00:00:00.000Z',
          mediatorId: null,
          mediatorName: null,
          seesAllCases: false,
        }),
      },
      recordingLogger().logger,
      audited,
    );
    const result = await dispatch(
      'user.resetPassword',
      { id: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10', newPassword: 'Secret12345' },
      ctx,
    );
    expect(result.ok).toBe(true);
    expect(audited).toEqual([
      {
        actor: admin,
        method: 'user.resetPassword',
        targetType: 'user',
        targetId: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10',
        detail: { input: { id: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10', newPassword: '（已隐去）' } },
      },
    ]);
    expect(JSON.stringify(audited)).not.toContain('Secret12345');
  });

  test('reads are not audited and a failed write leaves no audit entry', async () => {
    const audited: AuditEvent[] = [];
    const dispatch = router(
      {
        'case.list': () => ({ rows: [], total: 0 }),
        'user.update': () => {
          throw new AppError('NOT_FOUND', '没有找到这个用户。');
        },
      },
      recordingLogger().logger,
      audited,
    );
    await dispatch('case.list', {}, ctx);
    await dispatch('user.update', { id: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10', active: false }, ctx);
    expect(audited).toEqual([]);
  });
});
