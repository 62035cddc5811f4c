import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type ParsedInputOf,
  type ResultOf,
} from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { AppError } from '../../shared/errors.ts';
import type { Logger } from '../core/logger.ts';

/** Who is calling and through what; accounts (a later issue) add the user here. */
export interface CallContext {
  readonly transport: 'ipc' | 'http' | 'test';
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  context: CallContext,
) => Promise<ResultOf<M>> | ResultOf<M>;

/** A handler for every method: a missing one is a compile error. */
export type Handlers = { readonly [M in MethodName]: Handler<M> };

/** The handlers of one namespace, e.g. `HandlersFor<'case.'>`. */
export type HandlersFor<Prefix extends string> = {
  readonly [M in MethodName as M extends `${Prefix}${string}` ? M : never]: Handler<M>;
};

export type Dispatch = (method: string, input: unknown, context: CallContext) => Promise<ApiResult<unknown>>;

/**
 * Validates input against the contract, runs the handler, and returns the envelope. Never throws:
 * every failure becomes `{ ok: false, error }`, and unexpected errors are logged with their stack
 * while the caller sees only a coded Chinese message.
 */
export function createRouter(
  handlers: Handlers,
  logger: Logger,
  describeDatabaseFailure: (error: unknown) => AppError | null = () => null,
): Dispatch {
  return async (method, rawInput, context) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure(new AppError('UNKNOWN_METHOD', `没有名为“${String(method)}”的功能。`, { method }));
    }
    const spec = contract[method];
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      return failure(invalidInput(parsed.error));
    }
    try {
      const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
      const value = await handler(parsed.data, context);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'INTERNAL' || error.code === 'DB_UNAVAILABLE') {
          logger.error('api.failed', { method, error, cause: error.cause });
        }
        return failure(error);
      }
      logger.error('api.internal-error', { method, transport: context.transport, error });
      const databaseFailure = describeDatabaseFailure(error);
      if (databaseFailure) return failure(databaseFailure);
      return failure(
        new AppError('INTERNAL', '程序内部出错，操作没有完成。错误已记入日志，请联系技术支持。'),
      );
    }
  };
}

function failure(error: AppError): ApiResult<never> {
  return { ok: false, error: error.toBody() };
}

/** One message per failing field, keyed by dotted path, ready for a Mantine form's setErrors. */
function invalidInput(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0] ?? '输入内容不正确';
  const count = Object.keys(fields).length;
  return new AppError('INVALID_INPUT', count > 1 ? `${first}（另有 ${count - 1} 处需要修改）` : first, {
    fields,
  });
}
