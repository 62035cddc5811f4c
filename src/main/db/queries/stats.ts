import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';
import {
  CASE_SOURCE_GROUP,
  type CaseSource,
  type SourceGroup,
} from '../../../shared/types/disputeTaxonomy.ts';

/**
 * Report numbers (domain §3.5/§3.6) from one per-case "fact" query: every case accepted in the range,
 * not voided, in the organisations given, classified as of the range's last day. Aggregates, charts and
 * the drill-down to the cases behind a number all filter this same query, so a number and its case
 * list cannot disagree. It reads the case_fact rows (migration 0015, queries/caseFactRows.ts): one
 * clustered range of one table per period; callers refresh them first (`refreshCaseFacts`).
 */
export interface FactRange {
  readonly from: string;
  readonly to: string;
  readonly organisationIds: readonly number[];
  /** Cases accepted up to this day (default `to`), still classified as of `to`. */
  readonly acceptedTo?: string;
  /**
   * 'table': only what table A needs (follow-up, satisfaction and mediator columns read as 0);
   * 'counts': only `COUNT_SUMS`, what the source, street, organisation and mediator tables show.
   */
  readonly columns?: 'full' | 'table' | 'counts';
}

const sourcesOf = (group: SourceGroup) =>
  sql.join(
    (Object.entries(CASE_SOURCE_GROUP) as [CaseSource, SourceGroup][])
      .filter(([, g]) => g === group)
      .map(([s]) => sql`${s}`),
  );

export function factQuery(range: FactRange): RawBuilder<unknown> {
  const acceptedTo = range.acceptedTo ?? range.to;
  const orgs = sql.join(range.organisationIds.map((id) => sql`${id}`));
  return classifiedFacts({
    to: sql`${range.to}`,
    // 本年累计 covers up to twelve months: it is read without the follow-up and mediator columns, which
    // only the period itself shows.
    full: range.columns !== 'table',
    rows: sql`case_fact`,
    where: sql`c.accepted_on >= ${range.from} AND c.accepted_on <= ${acceptedTo} AND +c.organisation_id IN (${orgs})`,
  });
}

/**
 * The one classification of a report (domain §3.5/§3.6): each row of `rows` (case_fact columns, as
 * `c`) as of the day `to` — a bound date for a report, or a per-row date expression when the monthly
 * sums of queries/caseFactMonths.ts classify each case as of the end of each month after its acceptance.
 * A new case_fact date compared with `to` here must also be listed in DATED_FACTS there.
 */
export function classifiedFacts(options: {
  readonly to: RawBuilder<unknown>;
  readonly full: boolean;
  readonly rows: RawBuilder<unknown>;
  readonly where: RawBuilder<unknown>;
  /** More columns of `c` to pass through (for example the month offset of caseFactMonths.ts). */
  readonly extra?: RawBuilder<unknown>;
}): RawBuilder<unknown> {
  const { to, full } = options;
  // A case's 回访 counts as of `to`: the row's count when its last counted visit is on or before `to`
  // (nearly always), otherwise counted from the case's follow-ups (a CASE branch, so only then).
  const countedBy = (count: string, lastOn: string, satisfaction: RawBuilder<unknown>) => sql`
    CASE WHEN c.${sql.raw(count)} = 0 THEN 0
         WHEN c.${sql.raw(lastOn)} <= ${to} THEN c.${sql.raw(count)}
         ELSE (SELECT count(*) FROM follow_up fu WHERE fu.case_id = c.case_id AND fu.status = 'done'
                 AND fu.visited_on <= ${to} AND ${satisfaction}) END`;
  const followUpColumns = full
    ? sql`
        CASE WHEN c.concluded_on <= ${to} AND c.follow_up_due_on <= ${to} THEN 1 ELSE 0 END AS follow_up_due,
        CASE WHEN c.concluded_on <= ${to} AND c.visited_on <= ${to} THEN 1 ELSE 0 END AS followed_up,
        ${countedBy('rated', 'rated_last_on', sql`fu.satisfaction IS NOT NULL`)} AS rated,
        ${countedBy('satisfied', 'satisfied_last_on', sql`fu.satisfaction IN ('satisfied', 'basically_satisfied')`)} AS satisfied,
        c.lead_mediator_id`
    : sql`0 AS follow_up_due, 0 AS followed_up, 0 AS rated, 0 AS satisfied, NULL AS lead_mediator_id`;
  // A transfer counts as the outcome unless the receiver had sent it back (退单) by then: the case is
  // then handled here again (issue 15).
  const transferKept = sql`(c.transfer_returned_on IS NULL OR c.transfer_returned_on > ${to})`;
  const transferCounts = sql`(c.transferred_on <= ${to} AND ${transferKept})`;
  return sql`
    SELECT f.*,
      f.obligations_packed / 2 AS amount_fen,
      f.obligations_packed % 2 AS performed,
      CASE WHEN f.outcome <> 'pending' AND julianday(f.outcome_on) - julianday(f.accepted_on) <= 30 THEN 1 ELSE 0 END AS within30,
      CASE WHEN f.outcome = 'success' AND f.level IN ('village', 'town') THEN 1 ELSE 0 END AS basic_success
    FROM (
      SELECT ${options.extra ? sql`${options.extra},` : sql``}
        c.case_id AS id, c.dispute_type, c.source, c.organisation_id, c.place_street, c.accepted_on, o.level,
        CASE WHEN c.source IN (${sourcesOf('initiative')}) THEN 'initiative' WHEN c.source IN (${sourcesOf('referral')}) THEN 'referral' ELSE 'application' END AS source_group,
        CASE WHEN c.concluded_on <= ${to} THEN 'success'
             WHEN c.disposal_on <= ${to} OR ${transferCounts} THEN 'failed'
             ELSE 'pending' END AS outcome,
        CASE WHEN c.concluded_on <= ${to} THEN c.concluded_on
             ELSE min(coalesce(c.disposal_on, '9999'), CASE WHEN ${transferKept} THEN coalesce(c.transferred_on, '9999') ELSE '9999' END) END AS outcome_on,
        CASE WHEN c.concluded_on <= ${to} THEN c.form END AS form,
        -- The agreement's obligation totals: amount * 2 + (1 if performed by then: every obligation,
        -- or the agreement as a whole, 当场履行/已履行), decoded in the outer query.
        CASE WHEN c.concluded_on <= ${to}
             THEN c.amount_fen * 2 + coalesce(c.performed_on <= ${to}, 0)
             ELSE 0 END AS obligations_packed,
        CASE WHEN c.confirmation_applied_on <= ${to} THEN 1 ELSE 0 END AS confirmation_applied,
        CASE WHEN c.confirmed_on <= ${to} THEN 1 ELSE 0 END AS confirmed,
        ${followUpColumns}
      FROM ${options.rows} AS c
      JOIN organisation o ON o.id = c.organisation_id
      WHERE ${options.where}
    ) AS f`;
}

/** Sums of every report column and metric part, per group. */
export interface FactSums {
  readonly accepted: number;
  readonly initiative: number;
  readonly application: number;
  readonly referral: number;
  readonly success: number;
  readonly oral: number;
  readonly written: number;
  readonly failed: number;
  readonly pending: number;
  readonly amountFen: number;
  readonly performed: number;
  readonly confirmationApplied: number;
  readonly confirmed: number;
  readonly decided: number;
  readonly within30: number;
  readonly followUpDue: number;
  readonly followedUp: number;
  readonly rated: number;
  readonly satisfied: number;
  readonly basicSuccess: number;
}

export const GROUPINGS = {
  type: sql`dispute_type`,
  typeMonth: sql`dispute_type || char(31) || substr(accepted_on, 1, 7)`,
  /**
   * What the current period is shown by, in two passes with the parts of one key (type, source,
   * street, organisation, mediator, month; the service regroups them): by type, source and month, and
   * by street, organisation and mediator. One pass by all six made a group of nearly every case of a
   * year (27,000 rows out of 29,000 cases at 300,000), which cost more than reading the cases twice.
   */
  detail: sql`concat_ws(char(31), dispute_type, source, '', '', '', substr(accepted_on, 1, 7))`,
  detailPlaces: sql`concat_ws(char(31), '', '', coalesce(place_street, ''), organisation_id, coalesce(lead_mediator_id, 0), '')`,
  source: sql`source`,
  street: sql`coalesce(place_street, '')`,
  organisation: sql`organisation_id`,
  mediator: sql`coalesce(lead_mediator_id, 0)`,
} as const;

/** Separator of the parts of a composite group key. */
export const KEY_SEPARATOR = String.fromCharCode(31);
export type Grouping = keyof typeof GROUPINGS;

export type GroupedSums = FactSums & { readonly groupKey: string };

/**
 * What one classified case adds to each sum (columns of `classifiedFacts`). The report sums these
 * (`sumFacts`), the monthly sums of caseFactMonths.ts store their changes from month to month, and
 * the drill-down lists the cases that add to a number (`DRILL_PREDICATES`).
 */
export const FACT_VALUES = {
  accepted: sql`1`,
  initiative: sql`source_group = 'initiative'`,
  application: sql`source_group = 'application'`,
  referral: sql`source_group = 'referral'`,
  success: sql`outcome = 'success'`,
  oral: sql`coalesce(form = 'oral', 0)`,
  written: sql`coalesce(form = 'written', 0)`,
  failed: sql`outcome = 'failed'`,
  pending: sql`outcome = 'pending'`,
  amountFen: sql`amount_fen`,
  performed: sql`performed`,
  confirmationApplied: sql`confirmation_applied`,
  confirmed: sql`confirmed`,
  decided: sql`outcome <> 'pending'`,
  within30: sql`within30`,
  followUpDue: sql`follow_up_due`,
  followedUp: sql`followed_up`,
  rated: sql`rated`,
  satisfied: sql`satisfied`,
  basicSuccess: sql`basic_success`,
} as const satisfies Record<keyof FactSums, RawBuilder<unknown>>;
export type FactValue = keyof typeof FACT_VALUES;
export const FACT_VALUE_NAMES = Object.keys(FACT_VALUES) as FactValue[];

/** The sums read with `columns: 'counts'`; every other sum reads as 0. */
export const COUNT_SUMS: readonly FactValue[] = ['accepted', 'success', 'decided', 'within30'];
/** The sums read with `columns: 'table'` read the follow-up ones as 0 (factQuery leaves them out). */
const FOLLOW_UP_SUMS: readonly FactValue[] = ['followUpDue', 'followedUp', 'rated', 'satisfied'];

/** Whether a range's `columns` reads this sum (else it is 0). */
export function readsSum(range: FactRange, name: FactValue): boolean {
  if (range.columns === 'counts') return (COUNT_SUMS as readonly string[]).includes(name);
  if (range.columns === 'table') return !(FOLLOW_UP_SUMS as readonly string[]).includes(name);
  return true;
}

/** Report sums per group by classifying every case of the range (any range; the reference). */
export async function sumClassifiedFacts(
  db: Kysely<Database>,
  range: FactRange,
  grouping: Grouping,
): Promise<GroupedSums[]> {
  if (range.organisationIds.length === 0) return [];
  const sums = FACT_VALUE_NAMES.map((name) =>
    readsSum(range, name) ? sql`sum(${FACT_VALUES[name]}) AS ${sql.ref(name)}` : sql`0 AS ${sql.ref(name)}`,
  );
  // MATERIALIZED: each case is classified once. Flattened into this aggregate, the classification
  // (outcome, within30 …) was evaluated again for every sum that names it, several times per case.
  const result = await sql<GroupedSums>`
    WITH facts AS MATERIALIZED (${factQuery(range)})
    SELECT CAST(${GROUPINGS[grouping]} AS TEXT) AS "groupKey", ${sql.join(sums)}
    FROM facts GROUP BY 1`.execute(db);
  return result.rows;
}

/** Which cases a drill-down cell stands for: those that add to its number. */
export const DRILL_PREDICATES = Object.fromEntries(
  FACT_VALUE_NAMES.map((name) => [name, sql`(${FACT_VALUES[name]}) > 0`]),
) as Record<FactValue, RawBuilder<unknown>>;
export type DrillColumn = keyof typeof DRILL_PREDICATES;

export async function drillCaseIds(
  db: Kysely<Database>,
  range: FactRange,
  column: DrillColumn,
  group: { readonly grouping: Grouping; readonly key: string } | null,
  page: { readonly limit: number; readonly offset: number },
  scope: CaseScope | null,
): Promise<{ ids: number[]; total: number }> {
  if (range.organisationIds.length === 0) return { ids: [], total: 0 };
  const conditions = [DRILL_PREDICATES[column]];
  if (group) conditions.push(sql`CAST(${GROUPINGS[group.grouping]} AS TEXT) = ${group.key}`);
  // The case list behind a number follows the caller's data scope, like the case list itself.
  if (scope) {
    const visible = db
      .selectFrom('dispute_case')
      .select(sql<number>`1`.as('one'))
      .where(sql<boolean>`dispute_case.id = drill.id`)
      .where(visibleTo(scope));
    conditions.push(sql`EXISTS ${visible}`);
  }
  const where = sql.join(conditions, sql` AND `);
  const rows = await sql<{ id: number; total: number }>`
    SELECT drill.id, count(*) OVER () AS total FROM (${factQuery(range)}) AS drill WHERE ${where} ORDER BY drill.accepted_on DESC, drill.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(
    db,
  );
  if (rows.rows.length === 0 && page.offset > 0) {
    const counted = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM (${factQuery(range)}) AS drill WHERE ${where}`.execute(db);
    return { ids: [], total: counted.rows[0]?.n ?? 0 };
  }
  return { ids: rows.rows.map((r) => r.id), total: rows.rows[0]?.total ?? 0 };
}

/** The organisation and every organisation below it. */
export async function organisationSubtree(
  db: Kysely<Database>,
  rootId: number,
  includeSubordinates: boolean,
): Promise<number[]> {
  if (!includeSubordinates) return [rootId];
  const rows = await sql<{ id: number }>`
    WITH RECURSIVE tree(id) AS (SELECT ${rootId} UNION SELECT o.id FROM organisation o JOIN tree ON o.parent_id = tree.id)
    SELECT id FROM tree`.execute(db);
  return rows.rows.map((r) => r.id);
}

export async function organisationsWithMediators(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await sql<{
    id: number;
    uuid: string;
    name: string;
    level: string;
    mediators: number;
    full_time: number;
  }>`
    SELECT o.id, o.uuid, o.name, o.level,
      (SELECT count(*) FROM mediator m WHERE m.organisation_id = o.id AND m.active = 1) AS mediators,
      (SELECT count(*) FROM mediator m WHERE m.organisation_id = o.id AND m.active = 1 AND m.employment = 'full_time') AS full_time
    FROM organisation o WHERE o.id IN (${sql.join(ids.map((id) => sql`${id}`))}) ORDER BY o.parent_id IS NOT NULL, o.id`.execute(
    db,
  );
  return rows.rows;
}

export async function mediatorsOf(db: Kysely<Database>, organisationIds: readonly number[]) {
  if (organisationIds.length === 0) return [];
  const rows = await sql<{
    id: number;
    uuid: string;
    name: string;
    employment: string;
    organisation_name: string;
  }>`
    SELECT m.id, m.uuid, m.name, m.employment, o.name AS organisation_name FROM mediator m JOIN organisation o ON o.id = m.organisation_id
    WHERE m.organisation_id IN (${sql.join(organisationIds.map((id) => sql`${id}`))}) ORDER BY o.id, m.name`.execute(
    db,
  );
  return rows.rows;
}

export async function preventionSums(db: Kysely<Database>, range: FactRange) {
  if (range.organisationIds.length === 0) return [];
  const rows = await sql<{ kind: string; records: number; cases: number; persons: number }>`
    SELECT kind, count(*) AS records, sum(cases) AS cases, sum(persons) AS persons FROM prevention_record
    WHERE occurred_on >= ${range.from} AND occurred_on <= ${range.to} AND organisation_id IN (${sql.join(range.organisationIds.map((id) => sql`${id}`))})
    GROUP BY kind`.execute(db);
  return rows.rows;
}
