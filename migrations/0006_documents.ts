import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Issue 4: every generated document is recorded with its case (template and version, mode, file and
 * hashes, who and when), and administrators may replace built-in templates with their own .docx.
 * Files live under the data dir (`documents/<case uuid>/…`, `templates/<template id>/…`); rows only
 * point at them, so backups copy the folders next to the database.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'documents',
  async up(db) {
    // Uploaded replacements. Reverting to the built-in template deactivates the active row; old
    // versions stay so the document records that used them remain explainable.
    await sql`
      CREATE TABLE template_override (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        template_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        relative_path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        placeholders TEXT NOT NULL DEFAULT '[]',
        uploaded_at TEXT NOT NULL,
        uploaded_by_user_id INTEGER REFERENCES user_account (id),
        uploaded_by_name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        deactivated_at TEXT,
        UNIQUE (template_id, version)
      ) STRICT`.execute(db);
    await sql`CREATE UNIQUE INDEX template_override_active ON template_override (template_id) WHERE active = 1`.execute(
      db,
    );

    // One row per generated file. Regenerating adds a row with the next version; nothing is replaced.
    // kind 'dossier' is the bound dossier (PDF, or a zip of the DOCX files without LibreOffice).
    await sql`
      CREATE TABLE case_document (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'dossier')),
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        template_override_id INTEGER REFERENCES template_override (id),
        title TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('final', 'draft')),
        version INTEGER NOT NULL CHECK (version >= 1),
        session_uuid TEXT,
        follow_up_uuid TEXT,
        file_name TEXT NOT NULL,
        relative_path TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        content_hash TEXT,
        missing TEXT NOT NULL DEFAULT '[]',
        generated_at TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES user_account (id),
        actor_name TEXT NOT NULL
      ) STRICT`.execute(db);
    await sql`CREATE INDEX case_document_case ON case_document (case_id, generated_at)`.execute(db);
  },
};
