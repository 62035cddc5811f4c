import { useState } from 'react';
import type { SessionUser } from '../../../shared/types/account.ts';
import type { Mediator } from '../../../shared/types/mediator.ts';

export const ALL_CASES = 'all';

/**
 * Whose work 工作台 shows: a 调解员 starts on their own roster entry, everyone else on the whole
 * organisation. Accounts are matched to the roster by name (one active mediator with the user's
 * display name) until the account carries its mediator link to the page.
 */
export function defaultScope(
  user: SessionUser | null | undefined,
  mediators: readonly Mediator[] | undefined,
): string {
  if (!user || user.role !== 'mediator' || !mediators) return ALL_CASES;
  const matches = mediators.filter((m) => m.active && m.name === user.displayName);
  return matches.length === 1 ? matches[0]!.id : ALL_CASES;
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
