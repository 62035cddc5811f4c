import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The ticket cycle as a centre runs it (issue 15):
 * - `case_reply`: the replies (交单 / 办结反馈) sent back to whoever referred the case — 12345, a court,
 *   the police, 信访, the level above — several per case (interim and final); `dispute_case.reply_due_on`
 *   is the day the reply is due (per source, from the administrator's setting) and `reply_final_on` the
 *   day the final reply went out, so due/overdue replies are one indexed range read;
 * - the agreement's performance as a whole (当场履行 / 已履行, date, how), for agreements without
 *   money obligations (an oral agreement performed on the spot);
 * - `holiday_year`: whether a year's holiday table is 暂定 (computed by the program from the statutory
 *   holidays) or confirmed by an administrator from the State Council notice. The years already in the
 *   table came from those notices, so they start confirmed.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'ticket_cycle',
  async up(db) {
    await sql`
      CREATE TABLE case_reply (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
        replied_on TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('platform', 'phone', 'letter', 'in_person', 'email', 'other')),
        recipient TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('resolved', 'partly_resolved', 'not_resolved', 'in_progress', 'transferred')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT`.execute(db);
    await sql`CREATE INDEX case_reply_case ON case_reply (case_id, replied_on)`.execute(db);
    await sql`ALTER TABLE dispute_case ADD COLUMN reply_due_on TEXT`.execute(db);
    await sql`ALTER TABLE dispute_case ADD COLUMN reply_final_on TEXT`.execute(db);
    await sql`
      CREATE INDEX dispute_case_reply_due ON dispute_case (reply_due_on)
      WHERE reply_due_on IS NOT NULL AND reply_final_on IS NULL`.execute(db);

    await sql`ALTER TABLE agreement ADD COLUMN whole_performance TEXT CHECK (whole_performance IN ('on_the_spot', 'performed'))`.execute(
      db,
    );
    await sql`ALTER TABLE agreement ADD COLUMN whole_performed_on TEXT`.execute(db);
    await sql`ALTER TABLE agreement ADD COLUMN whole_performance_how TEXT`.execute(db);

    await sql`
      CREATE TABLE holiday_year (
        year INTEGER PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('provisional', 'confirmed')),
        updated_at TEXT NOT NULL,
        confirmed_by TEXT
      ) STRICT`.execute(db);
    await sql`
      INSERT INTO holiday_year (year, status, updated_at, confirmed_by)
      SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER), 'confirmed', '2025-11-04T00:00:00.000Z', '国务院办公厅通知'
      FROM holiday`.execute(db);
  },
};
