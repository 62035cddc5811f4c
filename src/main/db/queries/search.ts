import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseSearchSourceView } from '../searchTables.ts';
import { matchExpression, type SearchPlan } from '../../../shared/search/searchTerms.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';

export interface SearchPage {
  readonly caseIds: readonly number[];
  readonly total: number;
  readonly totalCapped: boolean;
  readonly order: 'relevance' | 'newest';
}

/** bm25 weights per trigram column: a hit in the case number or a name counts most. */
const WEIGHTS = sql.raw('10.0, 8.0, 8.0, 3.0, 1.0, 1.0');

/**
 * The caller's data scope (the same rule as the case list), checked per candidate inside the ranked
 * query, so paging and counts only ever see visible cases.
 */
function scopeCondition(
  db: Kysely<Database>,
  rowid: RawBuilder<unknown>,
  scope: CaseScope,
): RawBuilder<unknown> {
  const visible = db
    .selectFrom('dispute_case')
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`dispute_case.id = ${rowid}`)
    .where(visibleTo(scope));
  return sql`EXISTS ${visible}`;
}

function candidateConditions(
  db: Kysely<Database>,
  plan: SearchPlan,
  rowid: RawBuilder<unknown>,
  scope: CaseScope | null,
): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (plan.short.length > 0) {
    conditions.push(
      sql`${rowid} IN (SELECT rowid FROM case_search_gram WHERE case_search_gram MATCH ${matchExpression(plan.short)})`,
    );
  }
  for (const id of plan.idNumbers) {
    conditions.push(sql`${rowid} IN (SELECT case_id FROM party WHERE id_number = ${id})`);
  }
  if (plan.phones.length > 0) {
    const phones = sql.join(plan.phones.map((p) => sql`${p}`));
    conditions.push(
      sql`(${rowid} IN (SELECT party.case_id FROM party_contact JOIN party ON party.id = party_contact.party_id WHERE party_contact.value IN (${phones}))
        OR ${rowid} IN (SELECT id FROM dispute_case WHERE reporter_phone IN (${phones})))`,
    );
  }
  if (scope) conditions.push(scopeCondition(db, rowid, scope));
  return conditions;
}

const and = (conditions: readonly RawBuilder<unknown>[]) =>
  conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `);

export interface SearchOptions {
  readonly limit: number;
  readonly offset: number;
  readonly cap: number;
  readonly scope: CaseScope | null;
}

/** The two statements of a search: a capped count, and one page in rank (or newest-first) order. */
export function searchStatements(db: Kysely<Database>, plan: SearchPlan, options: SearchOptions) {
  const { limit, offset, cap, scope } = options;
  let from: RawBuilder<unknown>;
  let where: RawBuilder<unknown>;
  let rowid: RawBuilder<unknown>;
  if (plan.long.length > 0) {
    from = sql`case_search_tri`;
    rowid = sql`case_search_tri.rowid`;
    where = and([
      sql`case_search_tri MATCH ${matchExpression(plan.long)}`,
      ...candidateConditions(db, plan, rowid, scope),
    ]);
  } else if (plan.short.length > 0) {
    from = sql`case_search_gram`;
    rowid = sql`case_search_gram.rowid`;
    where = and([
      sql`case_search_gram MATCH ${matchExpression(plan.short)}`,
      ...candidateConditions(db, { ...plan, short: [] }, rowid, scope),
    ]);
  } else if (plan.idNumbers.length > 0 || plan.phones.length > 0) {
    // Aliased: the scope's own dispute_case subquery must not capture this row.
    from = sql`dispute_case AS c`;
    rowid = sql`c.id`;
    where = and(candidateConditions(db, plan, rowid, scope));
  } else {
    return null;
  }
  const count = sql<{
    n: number;
  }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${cap + 1})`;
  const page = (ranked: boolean) => {
    const order = ranked ? sql`bm25(case_search_tri, ${WEIGHTS}), ${rowid} DESC` : sql`${rowid} DESC`;
    return sql<{
      id: number;
    }>`SELECT ${rowid} AS id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  };
  return { count, page };
}

/**
 * Case ids of one result page. With a 3+ character term the trigram index drives the query and
 * results are ranked by bm25 — unless more than `cap` cases match, when ranking them all would cost
 * more than it helps and the newest come first (as they do for short-term-only queries, which the
 * bigram index answers in rowid order, stopping after one page).
 */
export async function searchCaseIds(
  db: Kysely<Database>,
  plan: SearchPlan,
  options: SearchOptions,
): Promise<SearchPage> {
  const statements = searchStatements(db, plan, options);
  if (!statements) return { caseIds: [], total: 0, totalCapped: false, order: 'newest' };
  const counted = await statements.count.execute(db);
  const matches = counted.rows[0]?.n ?? 0;
  const totalCapped = matches > options.cap;
  const ranked = plan.long.length > 0 && !totalCapped;
  const page = await statements.page(ranked).execute(db);
  return {
    caseIds: page.rows.map((r) => r.id),
    total: Math.min(matches, options.cap),
    totalCapped,
    order: ranked ? 'relevance' : 'newest',
  };
}

export async function loadSearchSources(
  db: Kysely<Database>,
  caseIds: readonly number[],
): Promise<CaseSearchSourceView[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('case_search_source').selectAll().where('case_id', 'in', caseIds).execute();
}

/** ID numbers and phones of a case's parties (and reporter) that equal one of `values`, to label an exact hit. */
export async function matchingIdentifiers(
  db: Kysely<Database>,
  caseId: number,
  values: readonly string[],
): Promise<{ name: string; value: string; kind: 'id' | 'phone' }[]> {
  if (values.length === 0) return [];
  const list = sql.join(values.map((v) => sql`${v}`));
  const rows = await sql<{ name: string; value: string; kind: 'id' | 'phone' }>`
    SELECT name, id_number AS value, 'id' AS kind FROM party WHERE case_id = ${caseId} AND id_number IN (${list})
    UNION ALL
    SELECT party.name, party_contact.value, 'phone' FROM party_contact JOIN party ON party.id = party_contact.party_id
      WHERE party.case_id = ${caseId} AND party_contact.value IN (${list})
    UNION ALL
    SELECT coalesce(reporter_name, '报告人'), reporter_phone, 'phone' FROM dispute_case WHERE id = ${caseId} AND reporter_phone IN (${list})`.execute(
    db,
  );
  return rows.rows;
}
