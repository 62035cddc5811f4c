import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseRow } from './caseRows.ts';
import {
  addCaseDate,
  caseDatesOf,
  shanghaiDateOf,
  type CaseDateStep,
  type CaseDates,
} from '../../../shared/cases/caseDateOrder.ts';

/**
 * Every stored date of a case, as the date-order rules (shared/cases/caseDateOrder.ts) see them, in one
 * read: the case row's own dates plus min/max of each step table. Scheduled sessions, planned follow-ups
 * and obligation due dates have not happened and are left out.
 */
export async function loadCaseDates(db: Kysely<Database>, row: CaseRow): Promise<CaseDates> {
  const disposalStep: CaseDateStep = row.accepted_on === null ? 'rejected' : 'terminated';
  let dates = caseDatesOf([
    ['applied', row.applied_on],
    ['registered', shanghaiDateOf(row.registered_at)],
    ['accepted', row.accepted_on],
    [disposalStep, row.disposal_on],
    ['closed', row.closed_on],
    ['archived', row.archived_on],
  ]);
  const result = await stepDatesQuery(row.id).execute(db);
  for (const r of result.rows) {
    if (r.lo === null || r.hi === null) continue;
    dates = addCaseDate(addCaseDate(dates, r.step, r.lo), r.step, r.hi);
  }
  // Assignment times are instants; the rules compare their date in Asia/Shanghai.
  const assigned = await db
    .selectFrom('case_assignment')
    .select(['assigned_at'])
    .where('case_id', '=', row.id)
    .execute();
  for (const a of assigned) dates = addCaseDate(dates, 'assigned', shanghaiDateOf(a.assigned_at));
  return dates;
}

/** Earliest and latest date of each step table of one case, each part by its case index. */
export function stepDatesQuery(id: number) {
  return sql<{ step: CaseDateStep; lo: string | null; hi: string | null }>`
    SELECT 'rightsNotice' AS step, min(given_on) AS lo, max(given_on) AS hi FROM rights_notice WHERE case_id = ${id}
    UNION ALL SELECT 'refused', min(refused_on), max(refused_on) FROM party WHERE case_id = ${id}
    UNION ALL SELECT 'session', min(substr(start_at, 1, 10)), max(substr(start_at, 1, 10)) FROM session WHERE case_id = ${id} AND status = 'held'
    UNION ALL SELECT 'extensionConsent', min(ec.consented_on), max(ec.consented_on) FROM extension_consent ec JOIN deadline_extension de ON de.id = ec.extension_id WHERE de.case_id = ${id}
    UNION ALL SELECT 'transferred', min(transferred_on), max(transferred_on) FROM transfer WHERE case_id = ${id}
    UNION ALL SELECT 'transferFeedback', min(feedback_on), max(feedback_on) FROM transfer WHERE case_id = ${id}
    UNION ALL SELECT 'agreement', min(concluded_on), max(concluded_on) FROM agreement WHERE case_id = ${id}
    UNION ALL SELECT 'effective', min(effective_on), max(effective_on) FROM agreement WHERE case_id = ${id}
    UNION ALL SELECT 'performed', min(o.performed_on), max(o.performed_on) FROM obligation o JOIN agreement a ON a.id = o.agreement_id WHERE a.case_id = ${id}
    UNION ALL SELECT 'performed', whole_performed_on, whole_performed_on FROM agreement WHERE case_id = ${id}
    UNION ALL SELECT 'reply', min(replied_on), max(replied_on) FROM case_reply WHERE case_id = ${id}
    UNION ALL SELECT 'followUp', min(visited_on), max(visited_on) FROM follow_up WHERE case_id = ${id} AND status = 'done'
    UNION ALL SELECT 'confirmationApplied', min(applied_on), max(applied_on) FROM judicial_confirmation WHERE case_id = ${id}
    UNION ALL SELECT 'confirmationDecided', min(decided_on), max(decided_on) FROM judicial_confirmation WHERE case_id = ${id}
  `;
}
