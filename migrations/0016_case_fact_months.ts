import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Reports that do not reclassify years (issue 18): `case_fact_month` holds, per organisation, month of
 * acceptance and value of one report dimension (dispute type, source, street, lead mediator), how each
 * report sum changes from the end of one month after acceptance to the next (`lag` 0–11). A report whose
 * ranges are whole months and whose last day is a month end — every 月报, 季报 and 年报, their 本年累计,
 * 同比, 环比 and the month chart — sums these rows instead of classifying each case: the sums as of the end
 * of month M over cases accepted in month A are the rows with `lag <= M - A`.
 *
 * Derived from `case_fact` by src/main/db/queries/caseFactMonths.ts in the same refresh that derives the
 * fact rows (the same dirty queue and `case_fact_state.version`). `case_fact_step` keeps what each case
 * adds at each lag, so an edited case's old steps are taken out and its new ones added, per organisation
 * and for organisation 0 (every organisation together, what a report over a centre's whole tree reads).
 * The rows hold no names and no text but a street name.
 */
const SUMS = [
  'accepted',
  'initiative',
  'application',
  'referral',
  'success',
  'oral',
  'written',
  'failed',
  'pending',
  'amount_fen',
  'performed',
  'confirmation_applied',
  'confirmed',
  'decided',
  'within30',
  'follow_up_due',
  'followed_up',
  'rated',
  'satisfied',
  'basic_success',
];

export const migration0016: Migration = {
  version: 16,
  name: 'case_fact_months',
  async up(db) {
    await sql
      .raw(
        `CREATE TABLE case_fact_month (
          dim TEXT NOT NULL CHECK (dim IN ('type', 'source', 'street', 'mediator')),
          accepted_month INTEGER NOT NULL,
          organisation_id INTEGER NOT NULL,
          value TEXT NOT NULL,
          lag INTEGER NOT NULL CHECK (lag BETWEEN 0 AND 11),
          ${SUMS.map((name) => `${name} INTEGER NOT NULL`).join(',\n          ')},
          PRIMARY KEY (dim, accepted_month, organisation_id, value, lag)
        ) STRICT, WITHOUT ROWID`,
      )
      .execute(db);
    // What each case adds at each lag (its steps), so an edit takes out exactly what the case had added.
    await sql
      .raw(
        `CREATE TABLE case_fact_step (
          case_id INTEGER NOT NULL,
          lag INTEGER NOT NULL,
          accepted_month INTEGER NOT NULL,
          organisation_id INTEGER NOT NULL,
          type TEXT NOT NULL,
          source TEXT NOT NULL,
          street TEXT NOT NULL,
          mediator TEXT NOT NULL,
          ${SUMS.map((name) => `${name} INTEGER NOT NULL`).join(',\n          ')},
          PRIMARY KEY (case_id, lag)
        ) STRICT, WITHOUT ROWID`,
      )
      .execute(db);
    // 基层 success follows the organisation's level: its cases are summed again when the level changes.
    await sql`
      CREATE TRIGGER organisation_fact_level AFTER UPDATE OF level ON organisation
      WHEN NEW.level IS NOT OLD.level BEGIN
        INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT case_id FROM case_fact WHERE organisation_id = NEW.id;
      END`.execute(db);
    // The next refresh rebuilds the fact rows and these sums together.
    await sql`UPDATE case_fact_state SET version = 0`.execute(db);
  },
};
