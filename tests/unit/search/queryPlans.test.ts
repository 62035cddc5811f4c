import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CompiledQuery } from 'kysely';
import { openCaseKit, type CaseKit } from '../cases/caseKit.ts';
import { searchStatements } from '../../../src/main/db/queries/search.ts';
import { planSearch } from '../../../src/shared/search/searchTerms.ts';

/**
 * The hot queries of issue 6 must use their indexes, whatever the data: a plan that scans
 * dispute_case is fine on a test file and far too slow at 100,000 cases.
 */
let kit: CaseKit;
beforeAll(async () => {
  kit = await openCaseKit();
});
afterAll(() => kit.close());

function plan(query: CompiledQuery): string[] {
  const rows = kit.opened.sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail);
}
const options = { limit: 20, offset: 0, cap: 1000, scope: { userRowId: 1, mediatorRowId: 2 } };

test('a 3+ character search is answered by the trigram index, short terms by the bigram index', () => {
  const mixed = searchStatements(
    kit.deps.db,
    planSearch('天花板 漏水', { exactIdentifiers: true }),
    options,
  )!;
  const steps = plan(mixed.page(true).compile(kit.deps.db));
  expect(steps.some((s) => /SCAN case_search_tri VIRTUAL TABLE INDEX/.test(s))).toBe(true);
  expect(steps.some((s) => /case_search_gram VIRTUAL TABLE INDEX/.test(s))).toBe(true);
  // The scope is checked per candidate by primary key, never by scanning cases.
  expect(steps.some((s) => /SEARCH dispute_case USING INTEGER PRIMARY KEY/.test(s))).toBe(true);
  expect(steps.some((s) => /^SCAN dispute_case\b/.test(s))).toBe(false);

  const short = searchStatements(kit.deps.db, planSearch('张', { exactIdentifiers: true }), options)!;
  const shortSteps = plan(short.page(false).compile(kit.deps.db));
  expect(shortSteps[0]).toMatch(/SCAN case_search_gram VIRTUAL TABLE INDEX/);
  expect(shortSteps.some((s) => /USE TEMP B-TREE FOR ORDER BY/.test(s))).toBe(false);
});

test('ID numbers and phones are looked up through their indexes', () => {
  const byId = searchStatements(kit.deps.db, planSearch('320113198001010015', { exactIdentifiers: true }), {
    ...options,
    scope: null,
  })!;
  expect(plan(byId.page(false).compile(kit.deps.db)).join('\n')).toMatch(/party_id_number/);
  const byPhone = searchStatements(kit.deps.db, planSearch('13812345678', { exactIdentifiers: true }), {
    ...options,
    scope: null,
  })!;
  const phoneSteps = plan(byPhone.page(false).compile(kit.deps.db)).join('\n');
  expect(phoneSteps).toMatch(/party_contact_value/);
  expect(phoneSteps).toMatch(/dispute_case_reporter_phone/);
});

test('organisation lists are served in date order by an index', () => {
  const query = kit.deps.db
    .selectFrom('dispute_case')
    .select('id')
    .where('organisation_id', '=', 1)
    .orderBy('registered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .compile();
  const steps = plan(query);
  expect(steps.join('\n')).toMatch(/dispute_case_org_registered/);
  expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
});

test('a list filtered by type and status counts from a covering index', () => {
  const query = kit.deps.db
    .selectFrom('dispute_case')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dispute_type', '=', 'neighbourhood')
    .where('status', 'in', ['closed', 'archived'])
    .compile();
  expect(plan(query).join('\n')).toMatch(/COVERING INDEX dispute_case_type_status/);
});
