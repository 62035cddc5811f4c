import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * 补录 (back-entry of paper cases, issue 14). A case entered after the fact keeps its business dates in
 * the usual columns (registered_at, accepted_on, …); these columns say that it was entered afterwards:
 * - `dispute_case.backfill_by` / `backfill_at`: who started entering it and when (NULL for a live case);
 *   `backfill_done_at`: when its 补录 was finished (NULL while the case is still being entered);
 * - `case_event.backfill`: 1 for a step entered as 补录 (its `occurred_at` and `actor` say when and by
 *   whom it was entered); `case_event.business_on`: the date the step really happened, when it has one.
 * An importer of an old 台账 marks its cases the same way.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'case_backfill',
  async up(db) {
    await sql`ALTER TABLE dispute_case ADD COLUMN backfill_by TEXT`.execute(db);
    await sql`ALTER TABLE dispute_case ADD COLUMN backfill_at TEXT`.execute(db);
    await sql`ALTER TABLE dispute_case ADD COLUMN backfill_done_at TEXT`.execute(db);
    await sql`ALTER TABLE case_event ADD COLUMN backfill INTEGER NOT NULL DEFAULT 0 CHECK (backfill IN (0, 1))`.execute(
      db,
    );
    await sql`ALTER TABLE case_event ADD COLUMN business_on TEXT`.execute(db);
  },
};
