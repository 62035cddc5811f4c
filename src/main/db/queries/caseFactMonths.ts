import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import {
  classifiedFacts,
  FACT_VALUES,
  FACT_VALUE_NAMES,
  readsSum,
  type FactRange,
  type GroupedSums,
  type Grouping,
} from './stats.ts';

/**
 * The monthly report sums of migration 0016 (issue 18). For each organisation, month of acceptance and
 * value of one dimension, `case_fact_month` holds how the report sums of those cases change at the end
 * of each month after acceptance (`lag` 0 = the end of the month they were accepted in … 11). Summing
 * the rows with `lag <= M - A` gives every case accepted in month A classified as of the end of month M,
 * exactly as `factQuery` classifies them — the rows are made by that same classification
 * (`classifiedFacts`), evaluated at the end of each month in which one of the case's dates falls.
 * A 月报, 季报 or 年报 reads a few hundred rows per month instead of classifying thousands of cases.
 */

/** The dimensions kept, and the expression (over classified facts) giving a case's value in each. */
const DIMENSIONS = {
  type: sql`dispute_type`,
  source: sql`source`,
  street: sql`coalesce(place_street, '')`,
  mediator: sql`CAST(coalesce(lead_mediator_id, 0) AS TEXT)`,
} as const;
type Dimension = keyof typeof DIMENSIONS;

/** The rows of every organisation together (no organisation has id 0). */
const EVERY_ORGANISATION = 0;

/** A month as one number, year * 12 + month - 1, from a `YYYY-MM-DD` column. */
const monthOf = (column: RawBuilder<unknown>) =>
  sql`(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;

/** The case_fact dates a case's classification compares with the report's last day. */
const DATED_FACTS = [
  'concluded_on',
  'disposal_on',
  'transferred_on',
  'transfer_returned_on',
  'performed_on',
  'confirmation_applied_on',
  'confirmed_on',
  'follow_up_due_on',
  'visited_on',
  'rated_last_on',
  'satisfied_last_on',
] as const;

/** The table's column of each report sum: `amountFen` → amount_fen. */
const SUM_NAMES = FACT_VALUE_NAMES.map((name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const SUM_COLUMNS = SUM_NAMES.map((name) => sql.raw(name));

async function workTables(db: Kysely<Database>): Promise<void> {
  await sql`CREATE TEMP TABLE IF NOT EXISTS fact_month_case (case_id INTEGER PRIMARY KEY)`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS fact_month_lag (
    case_id INTEGER NOT NULL, lag INTEGER NOT NULL, as_of TEXT NOT NULL, PRIMARY KEY (case_id, lag)) WITHOUT ROWID`.execute(
    db,
  );
}

const dimensionNames = Object.keys(DIMENSIONS) as Dimension[];
const sums = (sign: 1 | -1) =>
  sql.join(SUM_COLUMNS.map((column) => (sign === 1 ? sql`sum(${column})` : sql`-sum(${column})`)));
const addExcluded = sql.join(SUM_COLUMNS.map((column) => sql`${column} = ${column} + excluded.${column}`));

/**
 * Adds (or, with -1, takes away) the steps of these cases to the monthly sums, for every dimension,
 * per organisation and for organisation 0.
 */
async function applySteps(db: Kysely<Database>, caseIds: RawBuilder<unknown>, sign: 1 | -1): Promise<void> {
  for (const dimension of dimensionNames) {
    for (const organisation of [sql`organisation_id`, sql`${EVERY_ORGANISATION}`]) {
      await sql`INSERT INTO case_fact_month (dim, accepted_month, organisation_id, value, lag, ${sql.join(SUM_COLUMNS)})
        SELECT ${dimension}, accepted_month, ${organisation}, ${sql.ref(dimension)}, lag, ${sums(sign)}
        FROM case_fact_step WHERE case_id IN ${caseIds}
        GROUP BY accepted_month, ${organisation}, ${sql.ref(dimension)}, lag
        ON CONFLICT (dim, accepted_month, organisation_id, value, lag) DO UPDATE SET ${addExcluded}`.execute(
        db,
      );
    }
  }
}

/**
 * Takes these cases out of the monthly sums: exactly what they added (their stored steps), whatever
 * has changed in their rows since. Call before their fact rows are replaced.
 */
export async function removeFactSteps(db: Kysely<Database>, caseIds: RawBuilder<unknown>): Promise<void> {
  await applySteps(db, caseIds, -1);
  await sql`DELETE FROM case_fact_step WHERE case_id IN ${caseIds}`.execute(db);
}

/** Derives the steps of these cases from their (new) fact rows and adds them to the monthly sums. */
export async function addFactSteps(db: Kysely<Database>, caseIds: RawBuilder<unknown>): Promise<void> {
  await deriveSteps(db, caseIds);
  await applySteps(db, caseIds, 1);
}

/** Every step and monthly sum again from the fact rows (after an upgrade or a new derivation). */
export async function rebuildFactMonths(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM case_fact_step`.execute(db);
  await sql`DELETE FROM case_fact_month`.execute(db);
  await addFactSteps(db, sql`(SELECT case_id FROM case_fact)`);
}

/**
 * A case's steps: its report sums as of the end of each month in which its classification can change,
 * minus those as of the month before — what it adds to `case_fact_month` at each lag.
 */
async function deriveSteps(db: Kysely<Database>, caseIds: RawBuilder<unknown>): Promise<void> {
  await workTables(db);
  await sql`INSERT OR IGNORE INTO fact_month_case (case_id) SELECT case_id FROM case_fact WHERE case_id IN ${caseIds}`.execute(
    db,
  );
  // The months in which a case's classification can change: its own, and each month one of its dates
  // (or a 回访 visit, which the rated and satisfied counts follow) falls in, up to eleven months later —
  // no report looks further (a year's December as of the year's end is the longest). (CROSS JOIN keeps
  // the noted cases outside: the planner, without statistics, would scan case_fact.)
  const events = [
    ...DATED_FACTS.map(
      (column) => sql`SELECT cf.case_id, cf.accepted_on, ${sql.ref(`cf.${column}`)} AS day
      FROM fact_month_case m CROSS JOIN case_fact cf ON cf.case_id = m.case_id WHERE ${sql.ref(`cf.${column}`)} IS NOT NULL`,
    ),
    sql`SELECT cf.case_id, cf.accepted_on, fu.visited_on FROM fact_month_case m
      CROSS JOIN case_fact cf ON cf.case_id = m.case_id
      CROSS JOIN follow_up fu ON fu.case_id = cf.case_id AND fu.status = 'done' AND fu.visited_on IS NOT NULL`,
  ];
  await sql`INSERT OR IGNORE INTO fact_month_lag (case_id, lag, as_of)
    SELECT case_id, lag, date(accepted_on, 'start of month', '+' || (lag + 1) || ' months', '-1 day') FROM (
      SELECT cf.case_id, cf.accepted_on, 0 AS lag FROM fact_month_case m CROSS JOIN case_fact cf ON cf.case_id = m.case_id
      UNION ALL
      SELECT case_id, accepted_on, ${monthOf(sql`day`)} - ${monthOf(sql`accepted_on`)} AS lag
        FROM (${sql.join(events, sql` UNION ALL `)})
    ) WHERE lag BETWEEN 0 AND 11`.execute(db);
  // Each case classified as of the end of each of those months, and what changed since the one before.
  const classified = classifiedFacts({
    to: sql`c.as_of`,
    full: true,
    rows: sql`(SELECT cf.*, l.lag, l.as_of FROM fact_month_lag l CROSS JOIN case_fact cf ON cf.case_id = l.case_id)`,
    where: sql`1`,
    extra: sql`c.lag`,
  });
  const values = FACT_VALUE_NAMES.map((name, i) => sql`${FACT_VALUES[name]} AS ${SUM_COLUMNS[i]!}`);
  const deltas = SUM_COLUMNS.map(
    (column) => sql`${column} - coalesce(lag(${column}) OVER (PARTITION BY id ORDER BY lag), 0) AS ${column}`,
  );
  const dimensionValues = dimensionNames.map((d) => sql`${DIMENSIONS[d]} AS ${sql.ref(d)}`);
  const anyChange = sql.join(
    SUM_COLUMNS.map((column) => sql`${column} <> 0`),
    sql` OR `,
  );
  await sql`INSERT INTO case_fact_step (case_id, lag, accepted_month, organisation_id,
      ${sql.join(dimensionNames.map((d) => sql.ref(d)))}, ${sql.join(SUM_COLUMNS)})
    SELECT * FROM (
      SELECT id, lag, ${monthOf(sql`accepted_on`)} AS accepted_month, organisation_id,
        ${sql.join(dimensionNames.map((d) => sql.ref(d)))}, ${sql.join(deltas)}
      FROM (SELECT lag, id, accepted_on, organisation_id, ${sql.join(dimensionValues)}, ${sql.join(values)}
            FROM (${classified}))
    ) WHERE ${anyChange}`.execute(db);
  for (const table of ['fact_month_case', 'fact_month_lag'])
    await sql`DELETE FROM ${sql.table(table)}`.execute(db);
}

/** A range the monthly sums can answer: whole months, ending at a month's end at most eleven months on. */
export function monthSpan(range: FactRange): { first: number; last: number; asOf: number } | null {
  const acceptedTo = range.acceptedTo ?? range.to;
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const monthEnd = (day: string) => {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
    return next.getUTCDate() === 1;
  };
  if (!range.from.endsWith('-01') || !monthEnd(acceptedTo) || !monthEnd(range.to)) return null;
  const first = month(range.from);
  const last = month(acceptedTo);
  const asOf = month(range.to);
  if (last > asOf || asOf - first > 11) return null;
  return { first, last, asOf };
}

/** How each grouping of `sumFacts` reads the monthly sums (absent: only by classifying each case). */
const MONTH_GROUPINGS: Partial<
  Record<Grouping, { dim: Dimension; key: RawBuilder<unknown>; by: RawBuilder<unknown> }>
> = {
  type: { dim: 'type', key: sql`s.value`, by: sql`s.value` },
  typeMonth: {
    dim: 'type',
    key: sql`s.value || char(31) || printf('%04d-%02d', s.accepted_month / 12, s.accepted_month % 12 + 1)`,
    by: sql`s.accepted_month, s.value`,
  },
  source: { dim: 'source', key: sql`s.value`, by: sql`s.value` },
  street: { dim: 'street', key: sql`s.value`, by: sql`s.value` },
  organisation: { dim: 'type', key: sql`s.organisation_id`, by: sql`s.organisation_id` },
  mediator: { dim: 'mediator', key: sql`s.value`, by: sql`s.value` },
};

/** `sumFacts` from the monthly sums, or null when the range or grouping needs each case classified. */
export async function sumFactMonths(
  db: Kysely<Database>,
  range: FactRange,
  grouping: Grouping,
): Promise<GroupedSums[] | null> {
  const span = monthSpan(range);
  const read = MONTH_GROUPINGS[grouping];
  if (!span || !read) return null;
  const sums = FACT_VALUE_NAMES.map((name, i) =>
    readsSum(range, name) ? sql`sum(s.${SUM_COLUMNS[i]!}) AS ${sql.ref(name)}` : sql`0 AS ${sql.ref(name)}`,
  );
  // Every organisation of the file (a centre's tree, the default report): their summed rows, unless
  // the organisation table needs each organisation's own.
  const whole = grouping !== 'organisation' && (await coversEveryOrganisation(db, range.organisationIds));
  const orgs = whole ? sql`${EVERY_ORGANISATION}` : sql.join(range.organisationIds.map((id) => sql`${id}`));
  const result = await sql<GroupedSums>`
    SELECT CAST(${read.key} AS TEXT) AS "groupKey", ${sql.join(sums)}
    FROM case_fact_month s
    WHERE s.dim = ${read.dim} AND s.accepted_month BETWEEN ${span.first} AND ${span.last}
      AND s.organisation_id IN (${orgs}) AND s.lag <= ${span.asOf} - s.accepted_month
    GROUP BY ${read.by} HAVING sum(s.accepted) > 0`.execute(db);
  return result.rows;
}

async function coversEveryOrganisation(db: Kysely<Database>, ids: readonly number[]): Promise<boolean> {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM organisation`.execute(db);
  return new Set(ids).size === row.rows[0]?.n;
}

/**
 * The month chart of a year: each month's cases as of that month's own last day (lag 0), for the
 * months `firstMonth`…`lastMonth` (YYYY-MM), as accepted and success counts per month.
 */
export async function monthsAsOwnEnd(
  db: Kysely<Database>,
  firstMonth: string,
  lastMonth: string,
  organisationIds: readonly number[],
): Promise<Map<string, { accepted: number; success: number }>> {
  if (organisationIds.length === 0) return new Map();
  const month = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const orgs = sql.join(organisationIds.map((id) => sql`${id}`));
  const result = await sql<{ month: string; accepted: number; success: number }>`
    SELECT printf('%04d-%02d', accepted_month / 12, accepted_month % 12 + 1) AS month,
      sum(accepted) AS accepted, sum(success) AS success
    FROM case_fact_month
    WHERE dim = 'type' AND accepted_month BETWEEN ${month(firstMonth)} AND ${month(lastMonth)}
      AND organisation_id IN (${orgs}) AND lag = 0
    GROUP BY accepted_month`.execute(db);
  return new Map(result.rows.map((r) => [r.month, { accepted: r.accepted, success: r.success }]));
}
