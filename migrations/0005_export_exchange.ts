import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Issue 7: the outbox of records reported to the city platform, and the signed packages exchanged
 * between village stations and their centre (peers, per-case exchange state, imported packages and
 * conflicts waiting for a person).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'export_exchange',
  async up(db) {
    // One row per reportable change. `uuid` is the idempotency key the platform deduplicates on;
    // `record` is the canonical v1 record as it was at that version (the mapping is applied on send).
    await sql`
      CREATE TABLE export_outbox (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        case_uuid TEXT NOT NULL,
        case_version INTEGER NOT NULL,
        trigger TEXT NOT NULL,
        record TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        ack_id TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (case_uuid, case_version, trigger),
        CHECK ((status = 'delivered') = (ack_id IS NOT NULL))
      ) STRICT`.execute(db);
    await sql`CREATE INDEX export_outbox_open ON export_outbox (case_id, id) WHERE status <> 'delivered'`.execute(
      db,
    );
    await sql`CREATE INDEX export_outbox_status ON export_outbox (status, id)`.execute(db);

    // This installation's Ed25519 key pair, made on first use. One row at most.
    await sql`
      CREATE TABLE exchange_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        peer_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT`.execute(db);

    // Stations registered at the centre (and the centre registered at a station), by public key.
    await sql`
      CREATE TABLE exchange_peer (
        id INTEGER PRIMARY KEY,
        peer_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        -- 'station' = a village station registered at this centre; 'centre' = the centre this station reports to.
        kind TEXT NOT NULL CHECK (kind IN ('station', 'centre')),
        public_key TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        registered_by TEXT NOT NULL,
        last_export_seq INTEGER NOT NULL DEFAULT 0,
        last_import_seq INTEGER NOT NULL DEFAULT 0
      ) STRICT`.execute(db);

    // Per peer and case: the peer's version and ours at the last exchange. Tells "changed only
    // there" from "changed on both sides".
    await sql`
      CREATE TABLE exchange_case_state (
        peer_id TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        peer_version INTEGER NOT NULL DEFAULT 0,
        local_version INTEGER NOT NULL DEFAULT 0,
        exported_version INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (peer_id, case_uuid)
      ) STRICT, WITHOUT ROWID`.execute(db);

    await sql`
      CREATE TABLE exchange_package (
        id INTEGER PRIMARY KEY,
        package_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        peer_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        case_count INTEGER NOT NULL,
        file_count INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL,
        by_user TEXT NOT NULL,
        UNIQUE (direction, package_id)
      ) STRICT`.execute(db);

    await sql`
      CREATE TABLE exchange_conflict (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_uuid TEXT NOT NULL,
        peer_id TEXT NOT NULL,
        package_id TEXT NOT NULL,
        local_version INTEGER NOT NULL,
        incoming_version INTEGER NOT NULL,
        local_record TEXT NOT NULL,
        incoming_record TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IN ('keep_local', 'take_incoming')),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      ) STRICT`.execute(db);
    await sql`CREATE INDEX exchange_conflict_open ON exchange_conflict (detected_at) WHERE resolved_at IS NULL`.execute(
      db,
    );
  },
};
