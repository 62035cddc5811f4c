import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, DisputeCaseTable } from '../schema.ts';
import { AppError } from '../../../shared/errors.ts';

export type CaseRow = Selectable<DisputeCaseTable>;
export type CaseRowUpdate = Updateable<DisputeCaseTable>;

export async function getCaseRow(db: Kysely<Database>, uuid: string): Promise<CaseRow | undefined> {
  return db.selectFrom('dispute_case').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function getCaseRowById(db: Kysely<Database>, id: number): Promise<CaseRow> {
  return db.selectFrom('dispute_case').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function requireCaseRow(db: Kysely<Database>, uuid: string): Promise<CaseRow> {
  const row = await getCaseRow(db, uuid);
  if (!row) throw new AppError('NOT_FOUND', '没有找到这个案件，可能已被删除或编号有误。', { caseId: uuid });
  return row;
}

/**
 * Writes `changes` and bumps the version only if nobody else wrote since `expectedVersion` was read;
 * otherwise CONFLICT, so a stale screen never overwrites newer data.
 */
export async function updateCaseRow(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  changes: CaseRowUpdate,
  now: string,
): Promise<void> {
  const result = await db
    .updateTable('dispute_case')
    .set({ ...changes, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw staleCase(expectedVersion);
}

export function staleCase(expectedVersion: number): AppError {
  return new AppError(
    'CONFLICT',
    '这个案件已被其他人或其他窗口修改过，您看到的不是最新内容。请刷新后重新操作，以免覆盖别人的修改。',
    { expectedVersion },
  );
}

export interface NewCaseRow {
  readonly uuid: string;
  readonly organisationId: number;
  readonly now: string;
  /** The user account that registered it (null: registered by the system, e.g. an import). */
  readonly registeredBy: number | null;
  /** 补录: the instant standing for the day it was really registered (default `now`). */
  readonly registeredAt?: string;
  /** 补录: who enters the paper case (marks it as entered afterwards, migration 0012). */
  readonly backfillBy?: string | null;
  readonly fields: Omit<
    CaseRowUpdate,
    'id' | 'uuid' | 'organisation_id' | 'status' | 'registered_at' | 'updated_at' | 'version'
  > & {
    readonly title: string;
    readonly summary: string;
  };
}

export async function insertCaseRow(db: Kysely<Database>, input: NewCaseRow): Promise<number> {
  const row = await db
    .insertInto('dispute_case')
    .values({
      ...input.fields,
      uuid: input.uuid,
      organisation_id: input.organisationId,
      status: 'registered',
      registered_at: input.registeredAt ?? input.now,
      backfill_by: input.backfillBy ?? null,
      backfill_at: input.backfillBy ? input.now : null,
      registered_by_user_id: input.registeredBy,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceExternalRefs(
  db: Kysely<Database>,
  caseId: number,
  refs: readonly { readonly kind: string; readonly value: string }[],
): Promise<void> {
  await db.deleteFrom('case_external_ref').where('case_id', '=', caseId).execute();
  const unique = [...new Map(refs.map((r) => [`${r.kind}\u0000${r.value}`, r])).values()];
  if (unique.length === 0) return;
  await db
    .insertInto('case_external_ref')
    .values(unique.map((r) => ({ case_id: caseId, kind: r.kind, value: r.value })))
    .execute();
}

export async function listExternalRefs(db: Kysely<Database>, caseId: number) {
  return db
    .selectFrom('case_external_ref')
    .select(['kind', 'value'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

/**
 * Takes the next 人调字 sequence number for an organisation and year. It runs inside the accepting
 * transaction (BEGIN IMMEDIATE), so the number is only consumed if the acceptance commits: no gaps, and
 * concurrent accepts from other connections queue on the write lock instead of reading the same value.
 * The counter never hands out a number already in use: it continues after the highest number of that
 * year, whoever wrote it (a paper number kept by 补录, a ledger import).
 */
export async function allocateCaseSeq(
  db: Kysely<Database>,
  organisationId: number,
  year: number,
): Promise<number> {
  const highest = await highestCaseSeqQuery(db, organisationId, year).executeTakeFirst();
  const row = await db
    .insertInto('case_number_counter')
    .values({ organisation_id: organisationId, year, last_seq: (highest?.seq ?? 0) + 1 })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'year'])
        .doUpdateSet({ last_seq: sql<number>`max(last_seq + 1, excluded.last_seq)` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** The highest 人调字 number in use for an organisation and year (read from the unique number index). */
export function highestCaseSeqQuery(db: Kysely<Database>, organisationId: number, year: number) {
  return (
    db
      .selectFrom('dispute_case')
      .select((eb) => eb.fn.max<number | null>('case_seq').as('seq'))
      .where('organisation_id', '=', organisationId)
      .where('case_year', '=', year)
      // Lets SQLite use the partial index dispute_case_number (… WHERE case_seq IS NOT NULL).
      .where('case_seq', 'is not', null)
  );
}

/** The case holding a 人调字 number of an organisation and year, if any (a paper number must be free). */
export async function findCaseBySeq(
  db: Kysely<Database>,
  organisationId: number,
  year: number,
  seq: number,
): Promise<{ uuid: string; title: string; case_no: string | null } | undefined> {
  return db
    .selectFrom('dispute_case')
    .select(['uuid', 'title', 'case_no'])
    .where('organisation_id', '=', organisationId)
    .where('case_year', '=', year)
    .where('case_seq', '=', seq)
    .executeTakeFirst();
}
