import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { addFactSteps, rebuildFactMonths, removeFactSteps } from './caseFactMonths.ts';

/**
 * The per-case report facts of migration 0015: for each accepted, not voided case, the dates a report
 * classifies it by (never the classification itself, which depends on the report's last day and lives
 * in `factQuery`, queries/stats.ts). Triggers note every case whose facts may have changed in
 * `case_fact_dirty`, in the writing transaction; `refreshCaseFacts` rebuilds those rows, and runs before
 * every report read, so a report never sees a stale row and a save never pays for it.
 *
 * The monthly report sums (caseFactMonths.ts) are derived from these rows in the same refresh.
 * Raise CASE_FACT_VERSION whenever the derivation below or that of the monthly sums changes: the next
 * refresh rebuilds every row and every sum.
 */
export const CASE_FACT_VERSION = 3;

/** The fact row of each case in `ids` (a subquery of case ids). */
const derive = (ids: ReturnType<typeof sql>) => sql`
  INSERT INTO case_fact (case_id, accepted_on, organisation_id, dispute_type, source, place_street,
    concluded_on, form, amount_fen, performed_on, disposal_on, transferred_on, transfer_returned_on,
    confirmation_applied_on, confirmed_on, follow_up_due_on, visited_on,
    rated, rated_last_on, satisfied, satisfied_last_on, lead_mediator_id)
  SELECT c.id, c.accepted_on, c.organisation_id, c.dispute_type, c.source, c.place_street,
    a.concluded_on, a.form, coalesce(a.obligations_amount_fen, 0),
    -- Performed: every obligation, or the agreement as a whole (当场履行/已履行), whichever came first.
    CASE WHEN a.obligations_performed_on IS NULL THEN a.whole_performed_on
         WHEN a.whole_performed_on IS NULL THEN a.obligations_performed_on
         ELSE min(a.obligations_performed_on, a.whole_performed_on) END,
    c.disposal_on,
    -- The first transfer the receiver kept; when every one was sent back (退单), the first, with the
    -- day the last came back.
    (SELECT coalesce(min(CASE WHEN coalesce(t.feedback_result, '') <> 'returned' THEN t.transferred_on END),
                     min(t.transferred_on)) FROM transfer t WHERE t.case_id = c.id),
    (SELECT CASE WHEN sum(coalesce(t.feedback_result, '') <> 'returned') > 0 THEN NULL ELSE max(t.feedback_on) END
       FROM transfer t WHERE t.case_id = c.id),
    jc.applied_on,
    CASE WHEN jc.result = 'confirmed' THEN jc.decided_on END,
    fu.due_on, fu.visited_on,
    coalesce(fu.rated, 0), fu.rated_last_on, coalesce(fu.satisfied, 0), fu.satisfied_last_on,
    (SELECT ca.mediator_id FROM case_assignment ca WHERE ca.case_id = c.id AND ca.role = 'lead'
      ORDER BY ca.ended_at IS NULL DESC, ca.id DESC LIMIT 1)
  FROM dispute_case c
  LEFT JOIN agreement a ON a.case_id = c.id
  LEFT JOIN judicial_confirmation jc ON jc.case_id = c.id
  LEFT JOIN (
    SELECT f.case_id,
      min(CASE WHEN f.status <> 'cancelled' THEN f.due_on END) AS due_on,
      min(CASE WHEN f.status = 'done' THEN f.visited_on END) AS visited_on,
      sum(f.status = 'done' AND f.visited_on IS NOT NULL AND f.satisfaction IS NOT NULL) AS rated,
      max(CASE WHEN f.status = 'done' AND f.satisfaction IS NOT NULL THEN f.visited_on END) AS rated_last_on,
      sum(f.status = 'done' AND f.visited_on IS NOT NULL AND f.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied,
      max(CASE WHEN f.status = 'done' AND f.satisfaction IN ('satisfied', 'basically_satisfied') THEN f.visited_on END) AS satisfied_last_on
    FROM follow_up f WHERE f.case_id IN ${ids} GROUP BY f.case_id) fu ON fu.case_id = c.id
  WHERE c.id IN ${ids} AND c.accepted_on IS NOT NULL AND c.status <> 'voided'`;

/**
 * Brings case_fact up to date: every row when it was built by another derivation, otherwise the noted
 * cases. Call inside a write transaction. Returns how many cases it looked at (0: nothing to do).
 */
export async function refreshCaseFacts(db: Kysely<Database>): Promise<number> {
  const state = await db.selectFrom('case_fact_state').select('version').executeTakeFirst();
  if (state?.version !== CASE_FACT_VERSION) {
    await sql`DELETE FROM case_fact`.execute(db);
    await derive(sql`(SELECT id FROM dispute_case)`).execute(db);
    await sql`DELETE FROM case_fact_dirty`.execute(db);
    await rebuildFactMonths(db);
    await sql`INSERT OR REPLACE INTO case_fact_state (id, version) VALUES (1, ${CASE_FACT_VERSION})`.execute(
      db,
    );
    const all = await sql<{ n: number }>`SELECT count(*) AS n FROM case_fact`.execute(db);
    return all.rows[0]?.n ?? 0;
  }
  const queued = await sql<{ n: number }>`SELECT count(*) AS n FROM case_fact_dirty`.execute(db);
  const count = queued.rows[0]?.n ?? 0;
  if (count === 0) return 0;
  const noted = sql`(SELECT case_id FROM case_fact_dirty)`;
  // What these cases added to the monthly sums comes out, and what they add now goes in.
  await removeFactSteps(db, noted);
  await sql`DELETE FROM case_fact WHERE case_id IN (SELECT case_id FROM case_fact_dirty)`.execute(db);
  await derive(noted).execute(db);
  await addFactSteps(db, noted);
  await sql`DELETE FROM case_fact_dirty`.execute(db);
  return count;
}

/** Whether any case waits for its facts (a read, so a report can skip the write transaction). */
export async function caseFactsStale(db: Kysely<Database>): Promise<boolean> {
  const row = await sql<{ stale: number }>`
    SELECT (SELECT version FROM case_fact_state) IS NOT ${CASE_FACT_VERSION}
        OR EXISTS (SELECT 1 FROM case_fact_dirty) AS stale`.execute(db);
  return row.rows[0]?.stale === 1;
}
