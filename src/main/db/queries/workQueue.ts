import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseScope } from './caseAccess.ts';
import { visibleTo } from './caseAccess.ts';

/** Accepted cases with no active mediator: the 待指派 queue (issue 15 item 2). */
function unassigned(db: Kysely<Database>, scope: CaseScope | null) {
  let query = db
    .selectFrom('dispute_case')
    .where('status', '=', sql.lit('accepted'))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_assignment')
            .select('case_assignment.id')
            .whereRef('case_assignment.case_id', '=', 'dispute_case.id')
            .where('case_assignment.ended_at', 'is', null),
        ),
      ),
    );
  if (scope) query = query.where(visibleTo(scope));
  return query;
}

export async function countUnassigned(db: Kysely<Database>, scope: CaseScope | null): Promise<number> {
  const row = await unassigned(db, scope)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The first `limit` cases waiting for 派单, the one whose handling period ends first first. */
export async function listUnassigned(db: Kysely<Database>, limit: number, scope: CaseScope | null) {
  return unassigned(db, scope)
    .select(['id', 'uuid', 'case_no', 'title', 'status', 'accepted_on', 'due_date'])
    .orderBy('due_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}
