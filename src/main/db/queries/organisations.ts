import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationTable } from '../schema.ts';
import type {
  Organisation,
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
      parent_id: null,
      is_home: org.isHome ? 1 : 0,
      created_at: org.now,
      updated_at: org.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToOrganisation(row, null);
}
