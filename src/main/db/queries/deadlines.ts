import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';
import { CLOCK_RUNNING_STATUSES } from '../../../shared/types/caseStatus.ts';

/** Cases whose handling clock runs and whose due date is on or before `until`. */
export async function casesDueBy(
  db: Kysely<Database>,
  until: string,
  mediatorRowId?: number,
  scope?: CaseScope | null,
) {
  let query = db
    .selectFrom('dispute_case')
    .select(['id', 'uuid', 'case_no', 'title', 'due_date', 'time_limit_days'])
    .where('status', 'in', CLOCK_RUNNING_STATUSES)
    .where('due_date', 'is not', null)
    .where('due_date', '<=', until);
  if (mediatorRowId !== undefined) query = query.where('id', 'in', assignedCaseIds(db, mediatorRowId));
  if (scope) query = query.where(visibleTo(scope));
  return query.orderBy('due_date').execute();
}

function assignedCaseIds(db: Kysely<Database>, mediatorRowId: number) {
  return db
    .selectFrom('case_assignment')
    .select('case_id')
    .where('mediator_id', '=', mediatorRowId)
    .where('ended_at', 'is', null);
}

/** Obligations not yet performed with a due date on or before `until`. */
export async function obligationsDueBy(
  db: Kysely<Database>,
  until: string,
  mediatorRowId?: number,
  scope?: CaseScope | null,
) {
  let query = db
    .selectFrom('obligation')
    .innerJoin('agreement', 'agreement.id', 'obligation.agreement_id')
    .innerJoin('dispute_case', 'dispute_case.id', 'agreement.case_id')
    .innerJoin('party', 'party.id', 'obligation.obligor_party_id')
    .select([
      'obligation.uuid',
      'obligation.seq',
      'obligation.content',
      'obligation.due_date',
      'party.name as obligor_name',
      'dispute_case.uuid as case_uuid',
      'dispute_case.case_no',
      'dispute_case.title',
    ])
    .where('obligation.performance_status', '<>', 'performed')
    .where('obligation.due_date', 'is not', null)
    .where('obligation.due_date', '<=', until)
    .where('dispute_case.status', 'not in', ['voided', 'archived']);
  if (mediatorRowId !== undefined)
    query = query.where('dispute_case.id', 'in', assignedCaseIds(db, mediatorRowId));
  if (scope) query = query.where(visibleTo(scope));
  return query.orderBy('obligation.due_date').execute();
}

/** Effective agreements without a 司法确认 application yet (deadline computed by the caller). */
export async function agreementsAwaitingConfirmation(
  db: Kysely<Database>,
  effectiveFrom: string,
  mediatorRowId?: number,
  scope?: CaseScope | null,
) {
  let query = db
    .selectFrom('agreement')
    .innerJoin('dispute_case', 'dispute_case.id', 'agreement.case_id')
    .leftJoin('judicial_confirmation', 'judicial_confirmation.case_id', 'agreement.case_id')
    .select([
      'agreement.uuid',
      'agreement.effective_on',
      'agreement.involves_status_relation',
      'agreement.involves_ownership_confirmation',
      'dispute_case.uuid as case_uuid',
      'dispute_case.case_no',
      'dispute_case.title',
    ])
    .where('agreement.effective_on', 'is not', null)
    .where('agreement.effective_on', '>=', effectiveFrom)
    .where('judicial_confirmation.applied_on', 'is', null)
    .where('dispute_case.status', 'not in', ['voided', 'archived']);
  if (mediatorRowId !== undefined)
    query = query.where('dispute_case.id', 'in', assignedCaseIds(db, mediatorRowId));
  if (scope) query = query.where(visibleTo(scope));
  return query.execute();
}

/** Planned 回访 tasks due on or before `until`. */
export async function followUpsDueBy(
  db: Kysely<Database>,
  until: string,
  mediatorRowId?: number,
  scope?: CaseScope | null,
) {
  let query = db
    .selectFrom('follow_up')
    .innerJoin('dispute_case', 'dispute_case.id', 'follow_up.case_id')
    .select([
      'follow_up.uuid',
      'follow_up.due_on',
      'follow_up.reason',
      'dispute_case.uuid as case_uuid',
      'dispute_case.case_no',
      'dispute_case.title',
    ])
    .where('follow_up.status', '=', sql.lit('planned')) // a literal, so the partial index follow_up_planned applies
    .where('follow_up.due_on', '<=', until)
    .where('dispute_case.status', 'not in', ['voided', 'archived']);
  if (mediatorRowId !== undefined)
    query = query.where('dispute_case.id', 'in', assignedCaseIds(db, mediatorRowId));
  if (scope) query = query.where(visibleTo(scope));
  return query.orderBy('follow_up.due_on').execute();
}
