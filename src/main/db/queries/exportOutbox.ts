import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ExportOutboxTable } from '../exchangeTables.ts';
import type { OutboxEntry, OutboxStatus } from '../../../shared/types/cityExport.ts';

export type OutboxRow = Selectable<ExportOutboxTable>;

export interface NewOutboxEntry {
  readonly uuid: string;
  readonly caseId: number;
  readonly caseUuid: string;
  readonly caseVersion: number;
  readonly trigger: string;
  readonly record: string;
  readonly now: string;
}

export async function insertOutboxEntry(db: Kysely<Database>, e: NewOutboxEntry): Promise<void> {
  await db
    .insertInto('export_outbox')
    .values({
      uuid: e.uuid,
      case_id: e.caseId,
      case_uuid: e.caseUuid,
      case_version: e.caseVersion,
      trigger: e.trigger,
      record: e.record,
      next_attempt_at: e.now,
      last_error: null,
      ack_id: null,
      created_at: e.now,
      delivered_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A `sending` entry outside a running send was cut off (crash, restart): it goes back in line. */
export async function resetInterruptedSends(db: Kysely<Database>): Promise<number> {
  const result = await db
    .updateTable('export_outbox')
    .set({ status: 'pending' })
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Entries due now, at most one per case: the oldest one not yet delivered, so a case's changes
 * arrive in order and an entry that needs attention holds back the later ones of its case.
 */
export async function listDueEntries(db: Kysely<Database>, now: string, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom('export_outbox as o')
    .selectAll()
    .where('o.status', '=', 'pending')
    .where('o.next_attempt_at', '<=', now)
    .where(
      'o.id',
      '=',
      sql<number>`(SELECT MIN(p.id) FROM export_outbox p WHERE p.case_id = o.case_id AND p.status <> 'delivered')`,
    )
    .orderBy('o.next_attempt_at')
    .orderBy('o.id')
    .limit(limit)
    .execute();
}

export async function markSending(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('export_outbox')
    .set({ status: 'sending' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Delivered: the full record kept for sending is replaced by the body that actually left, so the
 * outbox is the log of what the platform received (PIPL art. 23) and holds no second full copy of
 * personal data.
 */
export async function markDelivered(
  db: Kysely<Database>,
  id: number,
  ackId: string,
  now: string,
  sentBody: string,
): Promise<void> {
  await db
    .updateTable('export_outbox')
    .set({
      status: 'delivered',
      record: sentBody,
      ack_id: ackId,
      delivered_at: now,
      last_error: null,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(
  db: Kysely<Database>,
  id: number,
  change: {
    readonly status: 'pending' | 'failed';
    readonly error: string;
    readonly nextAttemptAt: string;
    /** False while offline: only answers from the platform (or silence after connecting) use up attempts. */
    readonly countAttempt?: boolean;
  },
): Promise<void> {
  await db
    .updateTable('export_outbox')
    .set({
      status: change.status,
      last_error: change.error,
      next_attempt_at: change.nextAttemptAt,
      attempts: change.countAttempt === false ? sql<number>`attempts` : sql<number>`attempts + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** 重新发送: an entry that needs attention goes back in line with a fresh attempt budget. */
export async function requeueEntry(db: Kysely<Database>, uuid: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('export_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('uuid', '=', uuid)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function getOutboxRow(db: Kysely<Database>, uuid: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('export_outbox').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function countOutbox(db: Kysely<Database>): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom('export_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, delivered: 0, failed: 0 };
  for (const row of rows) counts[row.status as OutboxStatus] = Number(row.n);
  return counts;
}

export async function listOutbox(
  db: Kysely<Database>,
  filter: { readonly status?: OutboxStatus; readonly limit: number },
): Promise<OutboxEntry[]> {
  let query = db
    .selectFrom('export_outbox as o')
    .innerJoin('dispute_case as c', 'c.id', 'o.case_id')
    .select([
      'o.uuid',
      'o.case_uuid',
      'c.case_no',
      'o.case_version',
      'o.trigger',
      'o.status',
      'o.attempts',
      'o.next_attempt_at',
      'o.last_error',
      'o.ack_id',
      'o.created_at',
      'o.delivered_at',
    ])
    .orderBy('o.id', 'desc')
    .limit(filter.limit);
  if (filter.status) query = query.where('o.status', '=', filter.status);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.uuid,
    caseUuid: r.case_uuid,
    caseCode: r.case_no,
    caseVersion: r.case_version,
    trigger: r.trigger,
    status: r.status as OutboxStatus,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    ackId: r.ack_id,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  }));
}
