import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isCaseVisible, type CaseScope } from '../db/queries/caseAccess.ts';

/**
 * What a scoped 调解员 is told when a check finds a person in a case outside their scope (issue 13,
 * item 3): that such a case exists — a repeat visit matters at the desk — but not which one.
 */
export const OUT_OF_SCOPE_APPEARANCE = '此人在其他案件中出现过';

/** Whether the scope may see a case, by uuid; null scope sees everything. Memoised per call. */
export function caseVisibility(
  db: Kysely<Database>,
  scope: CaseScope | null,
): (caseUuid: string) => Promise<boolean> {
  const known = new Map<string, boolean>();
  return async (caseUuid) => {
    if (!scope) return true;
    let visible = known.get(caseUuid);
    if (visible === undefined) {
      visible = (await isCaseVisible(db, caseUuid, scope)) === true;
      known.set(caseUuid, visible);
    }
    return visible;
  };
}

/** Splits case links into those the scope may see and a count of the rest. */
export async function splitByVisibility<T extends { readonly caseId: string }>(
  items: readonly T[],
  visible: (caseUuid: string) => Promise<boolean>,
): Promise<{ shown: T[]; hidden: number }> {
  const shown: T[] = [];
  let hidden = 0;
  for (const item of items) {
    if (await visible(item.caseId)) shown.push(item);
    else hidden += 1;
  }
  return { shown, hidden };
}
