import { sql } from 'kysely';
import type { Migration } from './migration.ts';

export const migration0003: Migration = {
  version: 3,
  name: 'accounts_audit_backups',
  async up(db) {
    await sql`
      CREATE TABLE user_account (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'intake', 'mediator', 'reviewer', 'statistician', 'leader')),
        password_hash TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        -- A mediator's account sees the cases assigned to this roster entry (data scope).
        mediator_id INTEGER REFERENCES mediator (id),
        sees_all_cases INTEGER NOT NULL DEFAULT 0 CHECK (sees_all_cases IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`.execute(db);
    await sql`CREATE INDEX user_account_mediator ON user_account (mediator_id)`.execute(db);

    // Who registered a case: a mediator's account sees the cases it registered.
    await sql`ALTER TABLE dispute_case ADD COLUMN registered_by_user_id INTEGER REFERENCES user_account (id)`.execute(
      db,
    );
    await sql`CREATE INDEX dispute_case_registered_by ON dispute_case (registered_by_user_id)`.execute(db);

    // Only a hash of the token is stored: a copied database file does not hand out live sessions.
    await sql`
      CREATE TABLE user_session (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES user_account (id),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ended_at TEXT
      ) STRICT`.execute(db);
    await sql`CREATE INDEX user_session_user ON user_session (user_id)`.execute(db);

    // Append-only, hash-chained. The triggers stop ordinary edits; the chain reveals edits made
    // with other tools (verify reports the first broken link).
    await sql`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        time TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES user_account (id),
        actor_name TEXT,
        method TEXT NOT NULL,
        target_type TEXT,
        target_id TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT`.execute(db);
    await sql`CREATE INDEX audit_log_time ON audit_log (time)`.execute(db);
    await sql`CREATE INDEX audit_log_target ON audit_log (target_type, target_id)`.execute(db);
    await sql`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);

    await sql`
      CREATE TABLE app_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`.execute(db);

    await sql`
      CREATE TABLE backup_record (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'pre-restore')),
        folder TEXT NOT NULL,
        database_bytes INTEGER NOT NULL,
        database_sha256 TEXT NOT NULL,
        file_count INTEGER NOT NULL,
        verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
        verify_message TEXT NOT NULL,
        removed_at TEXT
      ) STRICT`.execute(db);
  },
};
