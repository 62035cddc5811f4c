import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A user whose data scope is limited to their own cases. */
export interface CaseScope {
  readonly userRowId: number;
  readonly mediatorRowId: number | null;
}

/** `dispute_case` rows the scope may see: registered by the user, or assigned to their roster entry. */
export function visibleTo(scope: CaseScope) {
  return (eb: ExpressionBuilder<Database, 'dispute_case'>) =>
    eb.or([
      eb('dispute_case.registered_by_user_id', '=', scope.userRowId),
      ...(scope.mediatorRowId === null
        ? []
        : [
            eb.exists(
              eb
                .selectFrom('case_assignment')
                .select('case_assignment.id')
                .whereRef('case_assignment.case_id', '=', 'dispute_case.id')
                .where('case_assignment.mediator_id', '=', scope.mediatorRowId)
                .where('case_assignment.ended_at', 'is', null),
            ),
          ]),
    ]);
}

/** null: no such case (the handler reports NOT_FOUND); otherwise whether the scope covers it. */
export async function isCaseVisible(
  db: Kysely<Database>,
  caseUuid: string,
  scope: CaseScope,
): Promise<boolean | null> {
  // One lookup on the uuid index: the visibility test is evaluated as a column of that row.
  const row = await db
    .selectFrom('dispute_case')
    .select((eb) => eb.case().when(visibleTo(scope)(eb)).then(1).else(0).end().as('visible'))
    .where('uuid', '=', caseUuid)
    .executeTakeFirst();
  return row ? row.visible === 1 : null;
}
