import type { SessionUser } from '../../shared/types/account.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';

/**
 * A 调解员 sees and edits their own cases (registered by them, or assigned to their roster entry)
 * unless an administrator granted more; every other role works on the whole organisation.
 */
export function caseScopeOf(user: SessionUser | null): CaseScope | null {
  if (!user || user.role !== 'mediator' || user.seesAllCases) return null;
  return { userRowId: user.rowId, mediatorRowId: user.mediatorRowId };
}

/** The case a call acts on: `caseId`, or `id` for the case.* methods that name the case itself. */
export function caseIdOf(method: string, input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const record = input as Record<string, unknown>;
  if (typeof record['caseId'] === 'string') return record['caseId'];
  if (method.startsWith('case.') && typeof record['id'] === 'string') return record['id'];
  return null;
}
