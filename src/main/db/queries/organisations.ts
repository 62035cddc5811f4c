import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationTable } from '../schema.ts';
import type {
  Organisation,
  OrganisationDetail,
  OrganisationKind,
  OrganisationLevel,
} from '../../../shared/types/organisation.ts';

type Row = Selectable<OrganisationTable>;

function rowToOrganisation(row: Row, parentUuid: string | null): Organisation {
  return {
    id: row.uuid,
    name: row.name,
    kind: row.kind as OrganisationKind,
    level: row.level as OrganisationLevel,
    regionCode: row.region_code,
    abbreviation: row.abbreviation,
    sealName: row.seal_name,
    parentId: parentUuid,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowToDetail(row: Row, parentUuid: string | null): OrganisationDetail {
  return {
    ...rowToOrganisation(row, parentUuid),
    address: row.address,
    phone: row.phone,
    defaultCourt: row.default_court,
    active: row.active === 1,
    isHome: row.is_home === 1,
    version: row.version,
  };
}

export async function getHomeOrganisationRow(db: Kysely<Database>): Promise<Row | undefined> {
  return db.selectFrom('organisation').selectAll().where('is_home', '=', 1).executeTakeFirst();
}

export async function getHomeOrganisation(db: Kysely<Database>): Promise<Organisation | null> {
  const row = await getHomeOrganisationRow(db);
  if (!row) return null;
  const parent =
    row.parent_id === null
      ? undefined
      : await db.selectFrom('organisation').select('uuid').where('id', '=', row.parent_id).executeTakeFirst();
  return rowToOrganisation(row, parent?.uuid ?? null);
}

export async function getOrganisationRow(db: Kysely<Database>, uuid: string): Promise<Row | undefined> {
  return db.selectFrom('organisation').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

/** Every organisation with its parent's UUID: this installation first, then by level and name. */
export async function listOrganisationDetails(
  db: Kysely<Database>,
  options: { readonly includeInactive: boolean; readonly ids?: readonly number[] },
): Promise<OrganisationDetail[]> {
  let query = db
    .selectFrom('organisation as o')
    .leftJoin('organisation as p', 'p.id', 'o.parent_id')
    .selectAll('o')
    .select('p.uuid as parent_uuid')
    .orderBy('o.is_home', 'desc')
    .orderBy('o.name');
  if (!options.includeInactive)
    query = query.where((eb) => eb.or([eb('o.active', '=', 1), eb('o.is_home', '=', 1)]));
  if (options.ids) query = query.where('o.id', 'in', options.ids.length > 0 ? [...options.ids] : [-1]);
  const rows = await query.execute();
  return rows.map(({ parent_uuid, ...row }) => rowToDetail(row, parent_uuid));
}

/** Row ids of the organisations whose parent chain leads to `id` (its descendants). */
export async function descendantIds(db: Kysely<Database>, id: number): Promise<number[]> {
  const rows = await db.selectFrom('organisation').select(['id', 'parent_id']).execute();
  const found = new Set<number>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next = rows.filter(
      (r) => r.parent_id !== null && frontier.includes(r.parent_id) && !found.has(r.id),
    );
    for (const r of next) found.add(r.id);
    frontier = next.map((r) => r.id);
  }
  return [...found];
}

export async function organisationNameTaken(
  db: Kysely<Database>,
  name: string,
  exceptId?: number,
): Promise<boolean> {
  let query = db.selectFrom('organisation').select('id').where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface NewOrganisation {
  readonly uuid: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly level: OrganisationLevel;
  readonly regionCode: string;
  readonly abbreviation: string;
  readonly sealName: string | null;
  readonly isHome: boolean;
  readonly now: string;
  readonly parentRowId?: number | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly defaultCourt?: string | null;
}

export async function insertOrganisation(db: Kysely<Database>, org: NewOrganisation): Promise<Organisation> {
  const row = await db
    .insertInto('organisation')
    .values({
      uuid: org.uuid,
      name: org.name,
      kind: org.kind,
      level: org.level,
      region_code: org.regionCode,
      abbreviation: org.abbreviation,
      seal_name: org.sealName,
      parent_id: org.parentRowId ?? null,
      is_home: org.isHome ? 1 : 0,
      address: org.address ?? null,
      phone: org.phone ?? null,
      default_court: org.defaultCourt ?? null,
      created_at: org.now,
      updated_at: org.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToOrganisation(row, null);
}

export interface OrganisationChanges {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly level: OrganisationLevel;
  readonly regionCode: string;
  readonly abbreviation: string;
  readonly sealName: string | null;
  readonly parentRowId: number | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly defaultCourt: string | null;
  readonly active: boolean;
}

/** Writes only when the stored version is still `expectedVersion`; returns whether it did. */
export async function updateOrganisation(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  changes: OrganisationChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('organisation')
    .set((eb) => ({
      name: changes.name,
      kind: changes.kind,
      level: changes.level,
      region_code: changes.regionCode,
      abbreviation: changes.abbreviation,
      seal_name: changes.sealName,
      parent_id: changes.parentRowId,
      address: changes.address,
      phone: changes.phone,
      default_court: changes.defaultCourt,
      active: changes.active ? 1 : 0,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
