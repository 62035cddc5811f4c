import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { FollowUp } from '../../../shared/types/outcome.ts';
import type {
  FollowUpMethod,
  FollowUpReason,
  FollowUpStatus,
  PerformanceStatus,
  Satisfaction,
} from '../../../shared/types/outcomeTaxonomy.ts';
import { parseJsonArray, toJson } from './json.ts';

export async function insertPlannedFollowUp(
  db: Kysely<Database>,
  f: {
    readonly uuid: string;
    readonly caseId: number;
    readonly reason: FollowUpReason;
    readonly obligationId: number | null;
    readonly dueOn: string;
    readonly now: string;
  },
): Promise<void> {
  await db
    .insertInto('follow_up')
    .values({
      uuid: f.uuid,
      case_id: f.caseId,
      status: 'planned',
      reason: f.reason,
      obligation_id: f.obligationId,
      due_on: f.dueOn,
      visited_on: null,
      method: null,
      visitor: null,
      performance_found: null,
      satisfaction: null,
      situation: null,
      measures: null,
      created_at: f.now,
      updated_at: f.now,
    })
    .execute();
}

export interface FollowUpRecordValues {
  readonly visitedOn: string;
  readonly method: FollowUpMethod;
  readonly visitor: string;
  readonly partyUuids: readonly string[];
  readonly performanceFound: PerformanceStatus | null;
  readonly satisfaction: Satisfaction | null;
  readonly situation: string;
  readonly measures: string | null;
}

function recordColumns(v: FollowUpRecordValues, now: string) {
  return {
    status: 'done',
    visited_on: v.visitedOn,
    method: v.method,
    visitor: v.visitor,
    party_ids: toJson(v.partyUuids),
    performance_found: v.performanceFound,
    satisfaction: v.satisfaction,
    situation: v.situation,
    measures: v.measures,
    updated_at: now,
  };
}

export async function completeFollowUp(
  db: Kysely<Database>,
  id: number,
  v: FollowUpRecordValues,
  now: string,
): Promise<void> {
  await db.updateTable('follow_up').set(recordColumns(v, now)).where('id', '=', id).execute();
}

export async function insertDoneFollowUp(
  db: Kysely<Database>,
  uuid: string,
  caseId: number,
  v: FollowUpRecordValues,
  now: string,
): Promise<void> {
  await db
    .insertInto('follow_up')
    .values({
      ...recordColumns(v, now),
      uuid,
      case_id: caseId,
      reason: 'manual',
      obligation_id: null,
      due_on: v.visitedOn,
      created_at: now,
    })
    .execute();
}

export async function getFollowUpRow(db: Kysely<Database>, uuid: string) {
  return db.selectFrom('follow_up').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function listFollowUps(db: Kysely<Database>, caseId: number): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('follow_up')
    .leftJoin('obligation', 'obligation.id', 'follow_up.obligation_id')
    .selectAll('follow_up')
    .select('obligation.uuid as obligation_uuid')
    .where('follow_up.case_id', '=', caseId)
    .orderBy('follow_up.due_on')
    .orderBy('follow_up.id')
    .execute();
  return rows.map((r) => ({
    id: r.uuid,
    status: r.status as FollowUpStatus,
    reason: r.reason as FollowUpReason,
    obligationId: r.obligation_uuid,
    dueOn: r.due_on,
    visitedOn: r.visited_on,
    method: r.method as FollowUpMethod | null,
    visitor: r.visitor,
    partyIds: parseJsonArray<string>(r.party_ids),
    performanceFound: r.performance_found as PerformanceStatus | null,
    satisfaction: r.satisfaction as Satisfaction | null,
    situation: r.situation,
    measures: r.measures,
  }));
}

/** 归档: planned 回访 still open are cancelled with the reason written at archiving. Returns how many. */
export async function cancelPlannedFollowUps(
  db: Kysely<Database>,
  caseId: number,
  reason: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('follow_up')
    .set({ status: 'cancelled', cancel_reason: reason, updated_at: now })
    .where('case_id', '=', caseId)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countPlannedFollowUps(db: Kysely<Database>, caseId: number): Promise<number> {
  const row = await db
    .selectFrom('follow_up')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .where('status', '=', 'planned')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
