import type { Kysely, Selectable } from 'kysely';
import type { Database, DisputeCaseTable } from '../schema.ts';
import type { CaseDetail, CaseStatus, CaseSummary, Page } from '../../../shared/types/dispute.ts';

type Row = Selectable<DisputeCaseTable>;

function rowToDetail(row: Row, organisationUuid: string): CaseDetail {
  return {
    id: row.uuid,
    title: row.title,
    status: row.status as CaseStatus,
    registeredAt: row.registered_at,
    organisationId: organisationUuid,
    summary: row.summary,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export interface NewCase {
  readonly uuid: string;
  readonly organisationId: number;
  readonly title: string;
  readonly summary: string;
  readonly status: CaseStatus;
  readonly now: string;
}

export async function insertCase(db: Kysely<Database>, input: NewCase): Promise<void> {
  await db
    .insertInto('dispute_case')
    .values({
      uuid: input.uuid,
      organisation_id: input.organisationId,
      title: input.title,
      summary: input.summary,
      status: input.status,
      registered_at: input.now,
      updated_at: input.now,
    })
    .execute();
}

export async function getCaseByUuid(db: Kysely<Database>, uuid: string): Promise<CaseDetail | null> {
  const row = await db
    .selectFrom('dispute_case')
    .innerJoin('organisation', 'organisation.id', 'dispute_case.organisation_id')
    .selectAll('dispute_case')
    .select('organisation.uuid as organisation_uuid')
    .where('dispute_case.uuid', '=', uuid)
    .executeTakeFirst();
  return row ? rowToDetail(row, row.organisation_uuid) : null;
}

export async function listCases(
  db: Kysely<Database>,
  paging: { readonly page: number; readonly pageSize: number },
): Promise<Page<CaseSummary>> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('dispute_case')
      .select(['uuid', 'title', 'status', 'registered_at'])
      .orderBy('registered_at', 'desc')
      .orderBy('id', 'desc')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .execute(),
    db
      .selectFrom('dispute_case')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.uuid,
      title: row.title,
      status: row.status as CaseStatus,
      registeredAt: row.registered_at,
    })),
    total: count.n,
  };
}
