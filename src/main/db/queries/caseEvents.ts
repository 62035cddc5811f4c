import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseEvent } from '../../../shared/types/dispute.ts';
import type { CaseStatus } from '../../../shared/types/caseStatus.ts';
import { parseJsonObject, toJson } from './json.ts';

export interface NewCaseEvent {
  readonly caseId: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly action: string;
  readonly fromStatus: string | null;
  readonly toStatus: string | null;
  readonly summary: string;
  readonly changes: Readonly<Record<string, unknown>>;
  /** Entered as 补录 (migration 0012). */
  readonly backfill?: boolean;
  /** The date the step really happened, when it has one. */
  readonly businessOn?: string | null;
}

/** Appends to the timeline; the table refuses updates and deletes (migration 0002 triggers). */
export async function appendCaseEvent(db: Kysely<Database>, event: NewCaseEvent): Promise<void> {
  await db
    .insertInto('case_event')
    .values({
      case_id: event.caseId,
      occurred_at: event.occurredAt,
      actor: event.actor,
      action: event.action,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      summary: event.summary,
      changes: toJson(event.changes),
      backfill: event.backfill ? 1 : 0,
      business_on: event.businessOn ?? null,
    })
    .execute();
}

export async function listCaseEvents(db: Kysely<Database>, caseId: number): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    action: row.action,
    fromStatus: row.from_status as CaseStatus | null,
    toStatus: row.to_status as CaseStatus | null,
    summary: row.summary,
    changes: parseJsonObject<Record<string, unknown>>(row.changes) ?? {},
    backfill: row.backfill === 1,
    businessOn: row.business_on,
  }));
}
