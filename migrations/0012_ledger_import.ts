import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * 台账导入 (issue 14): which ledger row became which case. `row_key` is the row's stable identity
 * (`no:<案号>`, or `row:<hash of the normalised row>` when the ledger has no 案号), unique, so importing
 * the same file again, or another file that overlaps it, finds the rows already imported and creates
 * no duplicates. File name and row number are what the case page shows under 导入.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'ledger_import',
  async up(db) {
    await sql`
      CREATE TABLE ledger_import_row (
        id INTEGER PRIMARY KEY,
        row_key TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL UNIQUE REFERENCES dispute_case (id),
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        row_no INTEGER NOT NULL CHECK (row_no >= 1),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT`.execute(db);
  },
};
