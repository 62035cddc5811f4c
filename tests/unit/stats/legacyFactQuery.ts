import { sql, type RawBuilder } from 'kysely';
import type { FactRange } from '../../../src/main/db/queries/stats.ts';
import {
  CASE_SOURCE_GROUP,
  type CaseSource,
  type SourceGroup,
} from '../../../src/shared/types/disputeTaxonomy.ts';

/**
 * The report's per-case query as it was before migration 0015 (issue 18), reading the case tables
 * directly: kept frozen here as the reference the case_fact version must equal (factRows.test.ts).
 */
const sourcesOf = (group: SourceGroup) =>
  sql.join(
    (Object.entries(CASE_SOURCE_GROUP) as [CaseSource, SourceGroup][])
      .filter(([, g]) => g === group)
      .map(([s]) => sql`${s}`),
  );

export function legacyFactQuery(range: FactRange): RawBuilder<unknown> {
  const { from, to } = range;
  const acceptedTo = range.acceptedTo ?? to;
  // 本年累计 covers up to twelve months: it is read without the follow-up and mediator columns, which
  // only the period itself shows, so the largest range costs about half as much per case.
  const full = range.columns !== 'table';
  const followUpColumns = full
    ? sql`
        CASE WHEN a.concluded_on <= ${to} AND fu.due THEN 1 ELSE 0 END AS follow_up_due,
        CASE WHEN a.concluded_on <= ${to} AND fu.visited THEN 1 ELSE 0 END AS followed_up,
        coalesce(fu.rated, 0) AS rated,
        coalesce(fu.satisfied, 0) AS satisfied,
        (SELECT ca.mediator_id FROM case_assignment ca WHERE ca.case_id = c.id AND ca.role = 'lead' ORDER BY ca.ended_at IS NULL DESC, ca.id DESC LIMIT 1) AS lead_mediator_id`
    : sql`0 AS follow_up_due, 0 AS followed_up, 0 AS rated, 0 AS satisfied, NULL AS lead_mediator_id`;
  // The follow-ups of the range's cases, summed per case in one pass. As correlated subqueries in
  // the select list they ran once per column that used them, per case, because SQLite copies the
  // inner query's expressions into the outer one.
  const followUpJoin = full
    ? sql`
      LEFT JOIN (
        SELECT fu.case_id,
          max(fu.status <> 'cancelled' AND fu.due_on <= ${to}) AS due,
          max(fu.status = 'done' AND fu.visited_on <= ${to}) AS visited,
          sum(fu.status = 'done' AND fu.visited_on <= ${to} AND fu.satisfaction IS NOT NULL) AS rated,
          sum(fu.status = 'done' AND fu.visited_on <= ${to} AND fu.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied
        FROM dispute_case fc JOIN follow_up fu ON fu.case_id = fc.id
        WHERE fc.accepted_on >= ${from} AND fc.accepted_on <= ${acceptedTo}
        GROUP BY fu.case_id) fu ON fu.case_id = c.id`
    : sql``;
  const orgs = sql.join(range.organisationIds.map((id) => sql`${id}`));
  return sql`
    SELECT f.*,
      f.obligations_packed / 2 AS amount_fen,
      f.obligations_packed % 2 AS performed,
      CASE WHEN f.outcome <> 'pending' AND julianday(f.outcome_on) - julianday(f.accepted_on) <= 30 THEN 1 ELSE 0 END AS within30,
      CASE WHEN f.outcome = 'success' AND f.level IN ('village', 'town') THEN 1 ELSE 0 END AS basic_success
    FROM (
      SELECT
        c.id, c.dispute_type, c.source, c.organisation_id, c.place_street, c.accepted_on, o.level,
        CASE WHEN c.source IN (${sourcesOf('initiative')}) THEN 'initiative' WHEN c.source IN (${sourcesOf('referral')}) THEN 'referral' ELSE 'application' END AS source_group,
        CASE WHEN a.concluded_on <= ${to} THEN 'success'
             WHEN c.disposal_on <= ${to} OR t.first_on <= ${to} THEN 'failed'
             ELSE 'pending' END AS outcome,
        CASE WHEN a.concluded_on <= ${to} THEN a.concluded_on ELSE min(coalesce(c.disposal_on, '9999'), coalesce(t.first_on, '9999')) END AS outcome_on,
        CASE WHEN a.concluded_on <= ${to} THEN a.form END AS form,
        -- The agreement's obligation totals (kept by triggers, migration 0009): amount * 2 + (1 if every
        -- obligation was performed by then), decoded in the outer query.
        CASE WHEN a.concluded_on <= ${to}
             THEN a.obligations_amount_fen * 2 + coalesce(a.obligations_performed_on <= ${to}, 0)
             ELSE 0 END AS obligations_packed,
        CASE WHEN jc.applied_on <= ${to} THEN 1 ELSE 0 END AS confirmation_applied,
        CASE WHEN jc.result = 'confirmed' AND jc.decided_on <= ${to} THEN 1 ELSE 0 END AS confirmed,
        ${followUpColumns}
      FROM dispute_case c
      JOIN organisation o ON o.id = c.organisation_id
      LEFT JOIN agreement a ON a.case_id = c.id
      LEFT JOIN judicial_confirmation jc ON jc.case_id = c.id
      LEFT JOIN (SELECT case_id, min(transferred_on) AS first_on FROM transfer GROUP BY case_id) t ON t.case_id = c.id
      ${followUpJoin}
      WHERE c.accepted_on >= ${from} AND c.accepted_on <= ${acceptedTo} AND c.status <> 'voided'
        -- Unary + keeps the planner on the accepted_on index (a period is narrow; an organisation is not).
        AND +c.organisation_id IN (${orgs})
    ) AS f`;
}
