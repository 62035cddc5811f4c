import { describe, expect, test } from 'vitest';
import { createRouter, type Handlers } from '../../../src/main/api/router.ts';
import type { Logger } from '../../../src/main/core/logger.ts';
import { AppError } from '../../../src/shared/errors.ts';

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

const ctx = { transport: 'test' } as const;

describe('router', () => {
  test('an unknown method gets UNKNOWN_METHOD and no handler runs', async () => {
    const { logger } = recordingLogger();
    const dispatch = createRouter(handlers({}), logger);
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
    const dispatch = createRouter(
      handlers({
        'case.create': () => {
          ran = true;
          throw new Error('must not run');
        },
      }),
      recordingLogger().logger,
    );
    const result = await dispatch('case.create', { title: '', summary: 42 }, ctx);
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({
      fields: { title: '请填写纠纷名称（至少 2 个字）', summary: '请简要填写纠纷情况' },
    });
    expect(result.error.message).toBe('请填写纠纷名称（至少 2 个字）（另有 1 处需要修改）');
  });

  test('a missing body counts as an empty object, and defaults are applied before the handler', async () => {
    const seen: unknown[] = [];
    const dispatch = createRouter(
      handlers({
        'case.list': (input) => {
          seen.push(input);
          return { rows: [], total: 0 };
        },
      }),
      recordingLogger().logger,
    );
    expect(await dispatch('case.list', undefined, ctx)).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(seen).toEqual([{ page: 1, pageSize: 20 }]);
  });

  test('coded errors from services pass through unchanged', async () => {
    const dispatch = createRouter(
      handlers({
        'case.get': () => {
          throw new AppError('NOT_FOUND', '没有找到这个案件，可能编号有误。', { id: 'x' });
        },
      }),
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
    const dispatch = createRouter(
      handlers({
        'case.list': () => {
          throw new TypeError("Cannot read properties of undefined (reading 'secret')");
        },
      }),
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
