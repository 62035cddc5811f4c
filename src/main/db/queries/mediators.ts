import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, MediatorTable } from '../schema.ts';
import type { Mediator, MediatorRelation } from '../../../shared/types/mediator.ts';
import type { DisputeType } from '../../../shared/types/disputeTaxonomy.ts';
import type { MediatorEmployment, SexValue } from '../../../shared/types/partyTaxonomy.ts';
import { OPEN_CASE_STATUSES } from '../../../shared/types/caseStatus.ts';

export type MediatorRow = Selectable<MediatorTable>;

export interface MediatorValues {
  readonly organisationId: number;
  readonly name: string;
  readonly sex: SexValue | null;
  readonly employment: MediatorEmployment;
  readonly title: string | null;
  readonly idNumber: string | null;
  readonly phone: string | null;
  readonly regionCode: string | null;
  readonly street: string | null;
  readonly community: string | null;
  readonly specialties: readonly DisputeType[];
  readonly relations: readonly MediatorRelation[];
  readonly active: boolean;
  readonly note: string | null;
}

function toRow(v: MediatorValues) {
  return {
    organisation_id: v.organisationId,
    name: v.name,
    sex: v.sex,
    employment: v.employment,
    title: v.title,
    id_number: v.idNumber,
    phone: v.phone,
    region_code: v.regionCode,
    street: v.street,
    community: v.community,
    active: v.active ? 1 : 0,
    note: v.note,
  };
}

async function replaceDetails(db: Kysely<Database>, mediatorId: number, v: MediatorValues): Promise<void> {
  await db.deleteFrom('mediator_specialty').where('mediator_id', '=', mediatorId).execute();
  await db.deleteFrom('mediator_relation').where('mediator_id', '=', mediatorId).execute();
  const specialties = [...new Set(v.specialties)];
  if (specialties.length > 0) {
    await db
      .insertInto('mediator_specialty')
      .values(specialties.map((t) => ({ mediator_id: mediatorId, dispute_type: t })))
      .execute();
  }
  if (v.relations.length > 0) {
    await db
      .insertInto('mediator_relation')
      .values(
        v.relations.map((r) => ({
          mediator_id: mediatorId,
          person_name: r.personName,
          id_number: r.idNumber,
          phone: r.phone,
          relation: r.relation,
        })),
      )
      .execute();
  }
}

export async function insertMediator(
  db: Kysely<Database>,
  uuid: string,
  v: MediatorValues,
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('mediator')
    .values({ ...toRow(v), uuid, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceDetails(db, id, v);
  return id;
}

/** Optimistic update: false when the version moved on. */
export async function updateMediator(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  v: MediatorValues,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('mediator')
    .set({ ...toRow(v), updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await replaceDetails(db, id, v);
  return true;
}

export async function getMediatorRow(db: Kysely<Database>, uuid: string): Promise<MediatorRow | undefined> {
  return db.selectFrom('mediator').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function getMediatorRowsByIds(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<MediatorRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('mediator').selectAll().where('id', 'in', ids).execute();
}

/** Mediators with specialties, relations and their open caseload, mapped to the domain shape. */
export async function listMediators(
  db: Kysely<Database>,
  filter: {
    readonly organisationIds?: readonly number[];
    readonly includeInactive: boolean;
    readonly ids?: readonly number[];
  },
): Promise<(Mediator & { readonly rowId: number })[]> {
  let query = db
    .selectFrom('mediator')
    .innerJoin('organisation', 'organisation.id', 'mediator.organisation_id')
    .selectAll('mediator')
    .select('organisation.uuid as organisation_uuid');
  if (filter.organisationIds) query = query.where('mediator.organisation_id', 'in', filter.organisationIds);
  if (filter.ids) query = query.where('mediator.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]);
  if (!filter.includeInactive) query = query.where('mediator.active', '=', 1);
  const rows = await query.orderBy('mediator.name').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [specialties, relations, loads] = await Promise.all([
    db.selectFrom('mediator_specialty').selectAll().where('mediator_id', 'in', ids).execute(),
    db.selectFrom('mediator_relation').selectAll().where('mediator_id', 'in', ids).orderBy('id').execute(),
    db
      .selectFrom('case_assignment')
      .innerJoin('dispute_case', 'dispute_case.id', 'case_assignment.case_id')
      .select([
        'case_assignment.mediator_id',
        (eb) => eb.fn.count<number>('dispute_case.id').distinct().as('n'),
      ])
      .where('case_assignment.mediator_id', 'in', ids)
      .where('case_assignment.ended_at', 'is', null)
      .where('dispute_case.status', 'in', OPEN_CASE_STATUSES)
      .groupBy('case_assignment.mediator_id')
      .execute(),
  ]);
  return rows.map((row) => ({
    rowId: row.id,
    id: row.uuid,
    organisationId: row.organisation_uuid,
    name: row.name,
    sex: row.sex as SexValue | null,
    employment: row.employment as MediatorEmployment,
    title: row.title,
    idNumber: row.id_number,
    phone: row.phone,
    regionCode: row.region_code,
    street: row.street,
    community: row.community,
    specialties: specialties
      .filter((s) => s.mediator_id === row.id)
      .map((s) => s.dispute_type as DisputeType),
    relations: relations
      .filter((r) => r.mediator_id === row.id)
      .map((r) => ({
        personName: r.person_name,
        idNumber: r.id_number,
        phone: r.phone,
        relation: r.relation,
      })),
    active: row.active === 1,
    note: row.note,
    openCaseCount: loads.find((l) => l.mediator_id === row.id)?.n ?? 0,
    version: row.version,
  }));
}
