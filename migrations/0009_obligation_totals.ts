import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Each agreement carries the totals of its obligations, kept by triggers, so the report's per-case
 * query reads two columns instead of running a correlated subquery over the obligations for every case
 * it counts (a third of the monthly report's time at 100,000 cases, issue 6 benchmark):
 * - `obligations_amount_fen`: the sum of the obligations' amounts (协议金额), 0 without any;
 * - `obligations_performed_on`: the day the last obligation was performed when every obligation is
 *   performed ('9999' for one performed without a date, so it never counts as performed by a day),
 *   NULL while any is not or when there are none (履行 as of a day = this ≤ that day).
 * Triggers rather than the service: the totals stay right whichever path changes an obligation
 * (the service, a station package import, a hand edit).
 */
export const migration0009: Migration = {
  version: 9,
  name: 'obligation_totals',
  async up(db) {
    await sql`ALTER TABLE agreement ADD COLUMN obligations_amount_fen INTEGER NOT NULL DEFAULT 0`.execute(db);
    await sql`ALTER TABLE agreement ADD COLUMN obligations_performed_on TEXT`.execute(db);
    await sql.raw(`UPDATE agreement SET ${TOTALS}`).execute(db);
    await sql
      .raw(
        `
      CREATE TRIGGER obligation_totals_insert AFTER INSERT ON obligation BEGIN
        UPDATE agreement SET ${TOTALS} WHERE id = NEW.agreement_id;
      END`,
      )
      .execute(db);
    await sql
      .raw(
        `
      CREATE TRIGGER obligation_totals_update
      AFTER UPDATE OF agreement_id, amount_fen, performance_status, performed_on ON obligation BEGIN
        UPDATE agreement SET ${TOTALS} WHERE id IN (OLD.agreement_id, NEW.agreement_id);
      END`,
      )
      .execute(db);
    await sql
      .raw(
        `
      CREATE TRIGGER obligation_totals_delete AFTER DELETE ON obligation BEGIN
        UPDATE agreement SET ${TOTALS} WHERE id = OLD.agreement_id;
      END`,
      )
      .execute(db);
  },
};

const TOTALS = `
  obligations_amount_fen = (SELECT coalesce(sum(ob.amount_fen), 0) FROM obligation ob WHERE ob.agreement_id = agreement.id),
  obligations_performed_on = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(ob.performance_status = 'performed')
                THEN max(coalesce(ob.performed_on, '9999')) END
    FROM obligation ob WHERE ob.agreement_id = agreement.id)`;
