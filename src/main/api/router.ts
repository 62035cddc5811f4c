import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type ParsedInputOf,
  type ResultOf,
} from '../../shared/api/contract.ts';
import { isReadOnly } from '../../shared/api/defineMethod.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { roleHasPermission, ROLE_LABELS, ROLES_SEEING_PERSONAL_DATA } from '../../shared/api/roles.ts';
import { maskPersonalData } from '../../shared/format/maskPersonalData.ts';
import { AppError } from '../../shared/errors.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import type { Logger } from '../core/logger.ts';
import type { RunInTransaction } from '../db/transactions.ts';
import type { AuditEvent } from '../services/auditService.ts';
import type { SessionLookup } from '../services/authService.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { auditDetail, auditTarget, backfillMark, type ChangeNote } from './auditDetail.ts';
import { caseScopeOf } from './caseScope.ts';

/** What the transport knows about a call. */
export interface CallContext {
  readonly transport: 'ipc' | 'http' | 'test';
  /** The session token the transport holds for this window or browser (cookie / bearer). */
  readonly sessionToken?: string | undefined;
  /** Where the call came from (the HTTP client's address; 'desktop' for the window): login throttling keys on it. */
  readonly client?: string | undefined;
}

/** What a handler receives besides its input. */
export interface HandlerContext extends CallContext {
  /** The logged-in user; null only for `public` and `setup` methods. */
  readonly user: SessionUser | null;
  /**
   * The user's data scope (null: the whole organisation). Methods marked `filtered` in
   * `CASE_DATA_SCOPE` (caseScope.ts) pass it to their queries.
   */
  readonly scope: CaseScope | null;
  /** Records a before/after pair for the audit entry of this call. */
  readonly noteChange: (note: ChangeNote) => void;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  context: HandlerContext,
) => Promise<ResultOf<M>> | ResultOf<M>;

/** A handler for every method: a missing one is a compile error. */
export type Handlers = { readonly [M in MethodName]: Handler<M> };

/** The handlers of one namespace, e.g. `HandlersFor<'case.'>`. */
export type HandlersFor<Prefix extends string> = {
  readonly [M in MethodName as M extends `${Prefix}${string}` ? M : never]: Handler<M>;
};

export type Dispatch = (method: string, input: unknown, context: CallContext) => Promise<ApiResult<unknown>>;

export interface RouterDeps {
  readonly handlers: Handlers;
  readonly logger: Logger;
  readonly resolveSession: (token: string | undefined) => Promise<SessionLookup>;
  readonly recordAudit: (event: AuditEvent) => Promise<void>;
  readonly inTransaction: RunInTransaction;
  /** Refuses a call on a case outside the user's data scope (PERMISSION_DENIED). */
  readonly checkCaseAccess?: (user: SessionUser, method: string, input: unknown) => Promise<void>;
  /** Maps infrastructure failures (disk full, locked file) to DB_UNAVAILABLE; null for bugs. */
  readonly describeDatabaseFailure?: (error: unknown) => AppError | null;
}

/** Methods a user who must change their initial password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['auth.changePassword']);

/**
 * The one gate every call passes, whatever the transport: method known → session and permission →
 * input valid → handler. Write methods run in one transaction together with their audit entry, so a
 * failed call changes nothing and a successful one is always attributable. Never throws: every
 * failure becomes `{ ok: false, error }`; unexpected errors are logged with their stack while the
 * caller sees only a coded Chinese message.
 */
export function createRouter(deps: RouterDeps): Dispatch {
  const { handlers, logger } = deps;
  const describeDatabaseFailure = deps.describeDatabaseFailure ?? (() => null);

  async function run(method: string, rawInput: unknown, context: CallContext): Promise<ApiResult<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      throw new AppError('UNKNOWN_METHOD', `没有名为“${String(method)}”的功能。`, { method });
    }
    const spec = contract[method];
    // Session and permission before the input: no schema probing without the right to call.
    const user = await authorise(method, spec.permission, context.sessionToken);
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) throw invalidInput(parsed.error);
    if (user && deps.checkCaseAccess) await deps.checkCaseAccess(user, method, parsed.data);
    const notes: ChangeNote[] = [];
    const handlerContext: HandlerContext = {
      ...context,
      user,
      scope: caseScopeOf(user),
      noteChange: (note) => notes.push(note),
    };
    const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;

    if (isReadOnly(spec)) {
      const value = (await handler(parsed.data, handlerContext)) ?? null;
      if ((spec as { auditRead?: boolean }).auditRead) {
        await deps.inTransaction(() =>
          deps.recordAudit({
            actor: user,
            method,
            ...auditTarget(method, parsed.data, null),
            detail: auditDetail(parsed.data, notes),
          }),
        );
      }
      return { ok: true, value: present(method, user, value) };
    }
    const value = await deps.inTransaction(async () => {
      const result = await handler(parsed.data, handlerContext);
      await deps.recordAudit({
        actor: user ?? actorFromResult(result),
        method,
        ...auditTarget(method, parsed.data, result),
        detail: { ...auditDetail(parsed.data, notes), ...backfillMark(result) },
      });
      return result;
    });
    return { ok: true, value: present(method, user, value ?? null) };
  }

  async function authorise(
    method: MethodName,
    permission: string,
    token: string | undefined,
  ): Promise<SessionUser | null> {
    if (permission === 'public' || permission === 'setup') {
      const lookup = await deps.resolveSession(token);
      return lookup.state === 'active' ? lookup.user : null;
    }
    const lookup = await deps.resolveSession(token);
    if (lookup.state === 'expired') {
      throw new AppError('UNAUTHENTICATED', '长时间未操作，登录已超时，请重新登录。', { reason: 'expired' });
    }
    if (lookup.state === 'none')
      throw new AppError('UNAUTHENTICATED', '请先登录。', { reason: 'no-session' });
    const { user } = lookup;
    if (user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(method)) {
      throw new AppError('PERMISSION_DENIED', '请先修改初始密码，再继续使用。', {
        reason: 'must-change-password',
      });
    }
    if (!roleHasPermission(user.role, permission as Parameters<typeof roleHasPermission>[1])) {
      throw new AppError('PERMISSION_DENIED', `“${ROLE_LABELS[user.role]}”角色无权执行此操作。`, {
        method,
        permission,
      });
    }
    return user;
  }

  // Callers serialise calls (the core's queue): one call's transaction never sees another's statements.
  return async (method, rawInput, context) => {
    try {
      return await run(method, rawInput, context);
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

/** Namespaces whose results carry no party data, and the one call that exists to reveal it. */
const UNMASKED = /^(party\.reveal|auth\.|user\.|org\.|app\.|backup\.|audit\.)/;

/**
 * Every result leaves the core with ID numbers and phones masked (domain §7.5); roles that do not
 * handle cases also get addresses reduced, and ID numbers and mobiles typed into free text masked. Full values come only from the audited `party.reveal`.
 * Mediator contact phones are staff work numbers and stay readable on the roster.
 */
function present(method: string, user: SessionUser | null, value: unknown): unknown {
  if (UNMASKED.test(method)) return value;
  return maskPersonalData(value, {
    addresses: !user || !ROLES_SEEING_PERSONAL_DATA.has(user.role),
    phones: !method.startsWith('mediator.'),
    // Roles that may not reveal personal data get it masked inside free text too (issue 13, item 8).
    freeText: !user || !roleHasPermission(user.role, 'case.reveal'),
  });
}

/** A call that starts a session (setup, login) is attributed to the user it logs in. */
function actorFromResult(result: unknown): SessionUser | null {
  if (typeof result === 'object' && result !== null && 'user' in result) {
    const user = (result as { user: unknown }).user;
    if (typeof user === 'object' && user !== null && 'rowId' in user) return user as SessionUser;
  }
  return null;
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
