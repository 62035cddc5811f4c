-- index dispute_case_registered_at
CREATE INDEX dispute_case_registered_at ON dispute_case (registered_at DESC, id DESC);

-- index organisation_one_home
CREATE UNIQUE INDEX organisation_one_home ON organisation (is_home) WHERE is_home = 1;

-- table dispute_case
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
      ) STRICT;

-- table organisation
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
      ) STRICT;

-- table schema_migration
CREATE TABLE schema_migration (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;
