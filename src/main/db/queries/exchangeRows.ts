import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** One stored row as plain JSON (column → value), the unit of a station package. */
export type Row = Record<string, unknown>;

type RefTarget =
  'party' | 'session' | 'deadline_extension' | 'agreement' | 'obligation' | 'mediator' | 'organisation';

interface ChildTable {
  readonly table: string;
  /** `case_id`, or the column pointing at a parent child table (rows found through the parent). */
  readonly parent: { readonly column: string; readonly table: 'case' | RefTarget };
  /** Foreign keys to remap on import: column → the table its integer id points at. */
  readonly refs: Readonly<Record<string, RefTarget>>;
  /** INTEGER PRIMARY KEY `id` (false for WITHOUT ROWID link tables). */
  readonly hasId: boolean;
}

const byCase = { column: 'case_id', table: 'case' } as const;

/**
 * The tables that make up a case besides dispute_case and case_event, in insert order (a table
 * comes after every table it points at). Deleting runs the list backwards.
 */
export const CASE_CHILD_TABLES: readonly ChildTable[] = [
  { table: 'party', parent: byCase, refs: { principal_party_id: 'party' }, hasId: true },
  { table: 'party_contact', parent: { column: 'party_id', table: 'party' }, refs: {}, hasId: true },
  { table: 'rights_notice', parent: byCase, refs: { party_id: 'party' }, hasId: true },
  {
    table: 'case_assignment',
    parent: byCase,
    refs: { mediator_id: 'mediator', requested_by_party_id: 'party' },
    hasId: true,
  },
  { table: 'session', parent: byCase, refs: {}, hasId: true },
  {
    table: 'session_mediator',
    parent: { column: 'session_id', table: 'session' },
    refs: { mediator_id: 'mediator' },
    hasId: false,
  },
  {
    table: 'session_party',
    parent: { column: 'session_id', table: 'session' },
    refs: { party_id: 'party' },
    hasId: false,
  },
  { table: 'session_participant', parent: { column: 'session_id', table: 'session' }, refs: {}, hasId: true },
  { table: 'deadline_extension', parent: byCase, refs: {}, hasId: true },
  {
    table: 'extension_consent',
    parent: { column: 'extension_id', table: 'deadline_extension' },
    refs: { party_id: 'party' },
    hasId: false,
  },
  { table: 'agreement', parent: byCase, refs: {}, hasId: true },
  {
    table: 'obligation',
    parent: { column: 'agreement_id', table: 'agreement' },
    refs: { obligor_party_id: 'party', obligee_party_id: 'party' },
    hasId: true,
  },
  { table: 'follow_up', parent: byCase, refs: { obligation_id: 'obligation' }, hasId: true },
  { table: 'transfer', parent: byCase, refs: { target_organisation_id: 'organisation' }, hasId: true },
  { table: 'judicial_confirmation', parent: byCase, refs: { agreement_id: 'agreement' }, hasId: true },
  { table: 'attachment', parent: byCase, refs: { party_id: 'party' }, hasId: true },
  { table: 'dossier_explanation', parent: byCase, refs: {}, hasId: false },
  { table: 'case_external_ref', parent: byCase, refs: {}, hasId: true },
];

/** A case as exchanged: its row, every child row, its timeline, and what integer keys stood for. */
export interface CaseAggregate {
  readonly caseRow: Row;
  readonly children: Readonly<Record<string, readonly Row[]>>;
  readonly events: readonly Row[];
  /** Integer ids in this file → uuid (organisations, mediators) or name (sub-type). */
  readonly organisationUuids: Readonly<Record<string, string>>;
  readonly mediatorUuids: Readonly<Record<string, string>>;
  readonly subtypeName: string | null;
}

const columnsCache = new WeakMap<object, Map<string, string[]>>();

/** Column names of a table in this database (a package from an older schema may lack some). */
export async function tableColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  let perDb = columnsCache.get(db);
  if (!perDb) {
    perDb = new Map();
    columnsCache.set(db, perDb);
  }
  const cached = perDb.get(table);
  if (cached) return cached;
  const rows = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  const names = rows.rows.map((r) => r.name);
  perDb.set(table, names);
  return names;
}

async function selectWhere(
  db: Kysely<Database>,
  table: string,
  column: string,
  ids: readonly number[],
): Promise<Row[]> {
  if (ids.length === 0) return [];
  // Link tables are WITHOUT ROWID; everything else keeps insertion order through its id.
  const order = (await tableColumns(db, table)).includes('id') ? sql`ORDER BY id` : sql``;
  const result =
    await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} IN (${sql.join(ids)}) ${order}`.execute(
      db,
    );
  return result.rows;
}

export async function loadCaseAggregate(db: Kysely<Database>, caseId: number): Promise<CaseAggregate> {
  const caseRow = (await selectWhere(db, 'dispute_case', 'id', [caseId]))[0]!;
  const children: Record<string, Row[]> = {};
  for (const spec of CASE_CHILD_TABLES) {
    const parentIds =
      spec.parent.table === 'case'
        ? [caseId]
        : (children[spec.parent.table] ?? []).map((r) => r.id as number);
    children[spec.table] = await selectWhere(db, spec.table, spec.parent.column, parentIds);
  }
  const events = await selectWhere(db, 'case_event', 'case_id', [caseId]);
  const orgIds = new Set<number>([caseRow.organisation_id as number]);
  for (const t of children.transfer ?? [])
    if (t.target_organisation_id !== null) orgIds.add(t.target_organisation_id as number);
  const mediatorIds = new Set<number>();
  for (const r of [...(children.case_assignment ?? []), ...(children.session_mediator ?? [])])
    mediatorIds.add(r.mediator_id as number);
  const orgs = await selectWhere(db, 'organisation', 'id', [...orgIds]);
  const mediators = await selectWhere(db, 'mediator', 'id', [...mediatorIds]);
  const subtype =
    caseRow.dispute_subtype_id === null
      ? []
      : await selectWhere(db, 'dispute_subtype', 'id', [caseRow.dispute_subtype_id as number]);
  return {
    caseRow,
    children,
    events,
    organisationUuids: Object.fromEntries(orgs.map((o) => [String(o.id), String(o.uuid)])),
    mediatorUuids: Object.fromEntries(mediators.map((m) => [String(m.id), String(m.uuid)])),
    subtypeName: subtype[0] ? String(subtype[0].name) : null,
  };
}

/** Removes every child row of a case (not the case, not its timeline), children before parents. */
export async function deleteCaseChildren(db: Kysely<Database>, caseId: number): Promise<void> {
  for (const spec of [...CASE_CHILD_TABLES].reverse()) {
    if (spec.table === 'party') {
      // Agents point at their principal; they go first.
      await sql`DELETE FROM party WHERE case_id = ${caseId} AND principal_party_id IS NOT NULL`.execute(db);
      await sql`DELETE FROM party WHERE case_id = ${caseId}`.execute(db);
    } else if (spec.parent.table === 'case') {
      await sql`DELETE FROM ${sql.table(spec.table)} WHERE case_id = ${caseId}`.execute(db);
    } else {
      await sql`DELETE FROM ${sql.table(spec.table)} WHERE ${sql.ref(spec.parent.column)} IN (SELECT id FROM ${sql.table(spec.parent.table)} WHERE case_id = ${caseId})`.execute(
        db,
      );
    }
  }
}

/** Inserts `values` (only columns this database has) and returns the new rowid. */
export async function insertRow(db: Kysely<Database>, table: string, values: Row): Promise<number> {
  const known = new Set(await tableColumns(db, table));
  const entries = Object.entries(values).filter(([column]) => known.has(column));
  const result = await sql<{ rowid: number }>`INSERT INTO ${sql.table(table)} (${sql.join(
    entries.map(([column]) => sql.ref(column)),
  )}) VALUES (${sql.join(entries.map(([, value]) => value))})`.execute(db);
  return Number(result.insertId ?? 0);
}

export async function updateRowById(
  db: Kysely<Database>,
  table: string,
  id: number,
  values: Row,
): Promise<void> {
  const known = new Set(await tableColumns(db, table));
  const entries = Object.entries(values).filter(([column]) => known.has(column) && column !== 'id');
  if (entries.length === 0) return;
  await sql`UPDATE ${sql.table(table)} SET ${sql.join(entries.map(([column, value]) => sql`${sql.ref(column)} = ${value}`))} WHERE id = ${id}`.execute(
    db,
  );
}

export async function findIdByUuid(
  db: Kysely<Database>,
  table: 'organisation' | 'mediator' | 'dispute_case',
  uuid: string,
): Promise<number | null> {
  const result = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE uuid = ${uuid}`.execute(
    db,
  );
  return result.rows[0]?.id ?? null;
}

export async function findRowByUuid(
  db: Kysely<Database>,
  table: 'organisation' | 'mediator' | 'dispute_case',
  uuid: string,
): Promise<Row | null> {
  const result = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE uuid = ${uuid}`.execute(db);
  return result.rows[0] ?? null;
}

export async function findSubtypeId(db: Kysely<Database>, name: string): Promise<number | null> {
  const row = await db.selectFrom('dispute_subtype').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id ?? null;
}

/** Timeline keys already present, so an update appends only the events this side lacks. */
export async function caseEventKeys(db: Kysely<Database>, caseId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('case_event')
    .select(['occurred_at', 'action', 'summary'])
    .where('case_id', '=', caseId)
    .execute();
  return new Set(rows.map((r) => `${r.occurred_at}|${r.action}|${r.summary}`));
}

export function eventKey(event: Row): string {
  return `${String(event.occurred_at)}|${String(event.action)}|${String(event.summary)}`;
}

export async function selectRowsByIds(
  db: Kysely<Database>,
  table: 'organisation' | 'mediator',
  ids: readonly number[],
): Promise<Row[]> {
  return selectWhere(db, table, 'id', ids);
}
