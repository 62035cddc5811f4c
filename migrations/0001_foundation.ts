import { sql } from 'kysely';
import type { Migration } from './migration.ts';

export const migration0001: Migration = {
  version: 1,
  name: 'foundation',
  async up(db) {
    // Marks the file as ours, so opening some other SQLite file is refused instead of "migrated".
    await sql`PRAGMA application_id = 1145655890`.execute(db);

    await sql`
      CREATE TABLE schema_migration (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT`.execute(db);

    await sql`
      CREATE TABLE organisation (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('centre', 'committee', 'justice_office', 'service_station')),
        level TEXT NOT NULL CHECK (level IN ('village', 'town', 'district', 'city')),
        region_code TEXT NOT NULL,
        abbreviation TEXT NOT NULL,
        seal_name TEXT,
        parent_id INTEGER REFERENCES organisation (id),
        is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`.execute(db);
    // At most one organisation is "this installation".
    await sql`CREATE UNIQUE INDEX organisation_one_home ON organisation (is_home) WHERE is_home = 1`.execute(
      db,
    );

    // Integer key for joins and full-text search (its rowid must survive VACUUM); uuid for identity
    // across exports and station packages.
    await sql`
      CREATE TABLE dispute_case (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        status TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT`.execute(db);
    await sql`CREATE INDEX dispute_case_registered_at ON dispute_case (registered_at DESC, id DESC)`.execute(
      db,
    );
  },
};
