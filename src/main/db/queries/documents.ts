import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseDocumentTable, TemplateOverrideTable } from '../documentTables.ts';

export type TemplateOverrideRow = Selectable<TemplateOverrideTable>;

/** A document row with its case's uuid and the override version it was filled from. */
export type CaseDocumentRow = Selectable<CaseDocumentTable> & {
  readonly case_uuid: string;
  readonly override_version: number | null;
};

function documentsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('case_document')
    .innerJoin('dispute_case', 'dispute_case.id', 'case_document.case_id')
    .leftJoin('template_override', 'template_override.id', 'case_document.template_override_id')
    .selectAll('case_document')
    .select(['dispute_case.uuid as case_uuid', 'template_override.version as override_version']);
}

export async function insertCaseDocument(
  db: Kysely<Database>,
  row: Insertable<CaseDocumentTable>,
): Promise<CaseDocumentRow> {
  const { id } = await db.insertInto('case_document').values(row).returning('id').executeTakeFirstOrThrow();
  return documentsQuery(db).where('case_document.id', '=', id).executeTakeFirstOrThrow();
}

/** Newest first. */
export function listCaseDocuments(db: Kysely<Database>, caseRowId: number): Promise<CaseDocumentRow[]> {
  return documentsQuery(db)
    .where('case_document.case_id', '=', caseRowId)
    .orderBy('case_document.generated_at', 'desc')
    .orderBy('case_document.id', 'desc')
    .execute();
}

export function getCaseDocument(db: Kysely<Database>, uuid: string): Promise<CaseDocumentRow | undefined> {
  return documentsQuery(db).where('case_document.uuid', '=', uuid).executeTakeFirst();
}

/** The next version number of a template for a case (per session or follow-up for per-event records). */
export async function nextDocumentVersion(
  db: Kysely<Database>,
  key: {
    readonly caseRowId: number;
    readonly templateId: string;
    readonly sessionUuid: string | null;
    readonly followUpUuid: string | null;
  },
): Promise<number> {
  let query = db
    .selectFrom('case_document')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('case_id', '=', key.caseRowId)
    .where('template_id', '=', key.templateId);
  query =
    key.sessionUuid === null
      ? query.where('session_uuid', 'is', null)
      : query.where('session_uuid', '=', key.sessionUuid);
  query =
    key.followUpUuid === null
      ? query.where('follow_up_uuid', 'is', null)
      : query.where('follow_up_uuid', '=', key.followUpUuid);
  const row = await query.executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

export function listActiveOverrides(db: Kysely<Database>): Promise<TemplateOverrideRow[]> {
  return db.selectFrom('template_override').selectAll().where('active', '=', 1).execute();
}

export async function nextOverrideVersion(db: Kysely<Database>, templateId: string): Promise<number> {
  const row = await db
    .selectFrom('template_override')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('template_id', '=', templateId)
    .executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

/** Deactivates the active override of a template; returns how many rows changed (0 or 1). */
export async function deactivateOverride(
  db: Kysely<Database>,
  templateId: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('template_override')
    .set({ active: 0, deactivated_at: now })
    .where('template_id', '=', templateId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertTemplateOverride(
  db: Kysely<Database>,
  row: Insertable<TemplateOverrideTable>,
): Promise<TemplateOverrideRow> {
  return db.insertInto('template_override').values(row).returningAll().executeTakeFirstOrThrow();
}
