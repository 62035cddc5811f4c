import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable } from '../accountTables.ts';
import type { Database } from '../schema.ts';

export type AuditRow = Selectable<AuditLogTable>;

export async function getLastAuditHash(
  db: Kysely<Database>,
): Promise<{ seq: number; hash: string } | undefined> {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertAuditRow(
  db: Kysely<Database>,
  row: Omit<AuditRow, 'seq'> & { seq: number },
): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Rows in chain order, a page at a time, so verifying a large log never loads it whole. */
export function auditRowsAfter(db: Kysely<Database>, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export interface AuditFilter {
  readonly method?: string | undefined;
  readonly actor?: string | undefined;
  readonly fromTime?: string | undefined;
  readonly toTime?: string | undefined;
}

export async function listAuditRows(
  db: Kysely<Database>,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  let query = db.selectFrom('audit_log');
  if (filter.method) query = query.where('method', 'like', `${filter.method}%`);
  if (filter.actor) query = query.where('actor_name', '=', filter.actor);
  if (filter.fromTime) query = query.where('time', '>=', filter.fromTime);
  if (filter.toTime) query = query.where('time', '<', filter.toTime);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** Case numbers and titles for the case UUIDs an audit page names (unknown UUIDs are left out). */
export async function caseRefsByUuid(
  db: Kysely<Database>,
  uuids: readonly string[],
): Promise<{ uuid: string; caseNo: string | null; title: string }[]> {
  if (uuids.length === 0) return [];
  return db
    .selectFrom('dispute_case')
    .select(['uuid', 'case_no as caseNo', 'title'])
    .where('uuid', 'in', [...new Set(uuids)])
    .execute();
}
