import type { Generated } from 'kysely';

/** Row types as stored. Domain types live in src/shared/types; mapping happens in queries/. */
export interface OrganisationTable {
  id: Generated<number>;
  uuid: string;
  name: string;
  kind: string;
  level: string;
  region_code: string;
  abbreviation: string;
  seal_name: string | null;
  parent_id: number | null;
  is_home: number;
  created_at: string;
  updated_at: string;
}

export interface DisputeCaseTable {
  id: Generated<number>;
  uuid: string;
  organisation_id: number;
  title: string;
  summary: string;
  status: string;
  registered_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database {
  organisation: OrganisationTable;
  dispute_case: DisputeCaseTable;
  schema_migration: SchemaMigrationTable;
}
