import { useState } from 'react';
import type { SessionUser } from '../../../shared/types/account.ts';
import type { Mediator } from '../../../shared/types/mediator.ts';

export const ALL_CASES = 'all';

/**
 * Whose work 工作台 shows: a 调解员 whose account is linked to a roster entry (设置 → 用户管理)
 * starts on it, everyone else on the whole organisation.
 */
export function defaultScope(
  user: SessionUser | null | undefined,
  mediators: readonly Mediator[] | undefined,
): string {
  if (!user || user.role !== 'mediator' || !user.mediatorId || !mediators) return ALL_CASES;
  return mediators.some((m) => m.id === user.mediatorId) ? user.mediatorId : ALL_CASES;
}

/** The chosen scope, falling back to the default until the user picks one. */
export function useDashboardScope(
  user: SessionUser | null | undefined,
  mediators: readonly Mediator[] | undefined,
) {
  const [picked, setPicked] = useState<string | null>(null);
  const scope = picked ?? defaultScope(user, mediators);
  return { scope, mediatorId: scope === ALL_CASES ? undefined : scope, setScope: setPicked };
}
