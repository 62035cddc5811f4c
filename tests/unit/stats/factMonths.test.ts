import { afterAll, beforeAll, expect, test } from 'vitest';
import type { OpenedDatabase } from '../../../src/main/db/connection.ts';
import { monthSpan, sumFactMonths } from '../../../src/main/db/queries/caseFactMonths.ts';
import { sumFacts } from '../../../src/main/db/queries/reportSums.ts';
import {
  DRILL_PREDICATES,
  drillCaseIds,
  sumClassifiedFacts,
  type DrillColumn,
  type FactRange,
  type GroupedSums,
  type Grouping,
} from '../../../src/main/db/queries/stats.ts';
import { resolvePeriod } from '../../../src/shared/stats/periods.ts';
import { seededFactFile, type SeededFactFile } from './seededFactFile.ts';

/**
 * Issue 18: 月报/季报/年报 sum the monthly rows of migration 0016 instead of classifying every case.
 * On a bench-like file, for every period kind, every range a report reads (the period, 本年累计, 同比,
 * 环比, each month of the chart), every grouping and several organisation scopes, the monthly sums must
 * equal the per-case classification — also after edits that reach them only through the dirty queue.
 */
let file: SeededFactFile;
let opened: OpenedDatabase;
let allOrgs: number[];

beforeAll(async () => {
  file = await seededFactFile('mediation-fact-months-', 11);
  ({ opened, allOrgs } = file);
}, 120_000);
afterAll(() => file.close());

const refresh = () => file.refresh();

const GROUPINGS: Grouping[] = ['type', 'typeMonth', 'source', 'street', 'organisation', 'mediator'];

/** Every range the report reads for these periods, as statsService builds them. */
function reportRanges(organisationIds: readonly number[]): FactRange[] {
  const periods = [
    ...[2024, 2026].flatMap((year) =>
      Array.from({ length: 12 }, (_, m) => resolvePeriod({ period: 'month', year, month: m + 1 })),
    ),
    ...[2018, 2025].flatMap((year) =>
      [1, 2, 3, 4].map((quarter) => resolvePeriod({ period: 'quarter', year, quarter })),
    ),
    ...[2017, 2021, 2025, 2026].map((year) => resolvePeriod({ period: 'year', year })),
    resolvePeriod({ period: 'custom', year: 2026, from: '2026-02-01', to: '2026-04-30' }),
  ];
  const ranges: FactRange[] = [];
  for (const p of periods) {
    for (const r of [p.current, p.lastYear, p.previous]) ranges.push({ ...r, organisationIds });
    ranges.push({ ...p.current, organisationIds, columns: 'counts' });
    if (p.current.from > p.yearToDate.from)
      ranges.push({
        from: p.yearToDate.from,
        acceptedTo: new Date(Date.parse(`${p.current.from}T00:00:00Z`) - 86_400_000)
          .toISOString()
          .slice(0, 10),
        to: p.yearToDate.to,
        organisationIds,
        columns: 'table',
      });
  }
  // The month chart: each month as of its own last day.
  for (let month = 1; month <= 12; month += 1) {
    const p = resolvePeriod({ period: 'month', year: 2026, month });
    ranges.push({ from: p.current.from, to: p.current.to, organisationIds });
  }
  return ranges;
}

const byKey = (rows: readonly GroupedSums[]) =>
  Object.fromEntries(
    [...rows].sort((a, b) => a.groupKey.localeCompare(b.groupKey)).map((r) => [r.groupKey, r]),
  );

async function expectMonthsEqualCases(organisationIds: readonly number[]): Promise<number> {
  let compared = 0;
  for (const range of reportRanges(organisationIds)) {
    // A custom period's 环比 (the same number of days before it) is not whole months: classified per case.
    if (!monthSpan(range)) continue;
    // 本年累计 is read for the case table only (no mediator, follow-up columns): by type and month.
    const groupings = range.columns === 'table' ? GROUPINGS.slice(0, 2) : GROUPINGS;
    for (const grouping of groupings) {
      const [months, cases] = await Promise.all([
        sumFactMonths(opened.db, range, grouping),
        sumClassifiedFacts(opened.db, range, grouping),
      ]);
      expect(byKey(months!), `${range.from}…${range.to} (${range.acceptedTo ?? ''}) ${grouping}`).toEqual(
        byKey(cases),
      );
      compared += cases.reduce((n, row) => n + row.accepted, 0);
    }
  }
  return compared;
}

test('the monthly sums equal the per-case classification for every range a report reads', async () => {
  await refresh();
  expect(opened.sqlite.prepare('SELECT count(*) FROM case_fact_month').pluck().get()).toBeGreaterThan(0);
  expect(await expectMonthsEqualCases(allOrgs)).toBeGreaterThan(20_000);
  // A street committee with its villages, and one village alone.
  expect(await expectMonthsEqualCases(allOrgs.slice(1, 4))).toBeGreaterThan(0);
  expect(await expectMonthsEqualCases(allOrgs.slice(-1))).toBeGreaterThan(0);
}, 240_000);

test('ranges that are not whole months, or reach back more than a year, classify each case', () => {
  const ids = [1];
  expect(monthSpan({ from: '2026-03-11', to: '2026-03-20', organisationIds: ids })).toBeNull();
  expect(monthSpan({ from: '2026-03-01', to: '2026-03-30', organisationIds: ids })).toBeNull();
  expect(monthSpan({ from: '2019-02-01', to: '2021-07-31', organisationIds: ids })).toBeNull();
  expect(monthSpan({ from: '2024-02-01', to: '2024-02-29', organisationIds: ids })).toEqual({
    first: 2024 * 12 + 1,
    last: 2024 * 12 + 1,
    asOf: 2024 * 12 + 1,
  });
  expect(
    monthSpan({ from: '2026-01-01', acceptedTo: '2026-09-30', to: '2026-12-31', organisationIds: ids }),
  ).toEqual({ first: 2026 * 12, last: 2026 * 12 + 8, asOf: 2026 * 12 + 11 });
});

test('a report number and the cases listed behind it agree', async () => {
  await refresh();
  const year = { from: '2025-01-01', to: '2025-12-31', organisationIds: allOrgs };
  const sums = (await sumFacts(opened.db, year, 'type')).reduce(
    (all, row) => {
      for (const column of Object.keys(DRILL_PREDICATES) as DrillColumn[])
        if (!['amountFen', 'rated', 'satisfied'].includes(column))
          all[column] = (all[column] ?? 0) + row[column];
      return all;
    },
    {} as Record<string, number>,
  );
  for (const [column, expected] of Object.entries(sums)) {
    const listed = await drillCaseIds(
      opened.db,
      year,
      column as DrillColumn,
      null,
      { limit: 1, offset: 0 },
      null,
    );
    expect(listed.total, column).toBe(expected);
  }
}, 60_000);

test('edits reach the monthly sums through the dirty queue, and the report reads them', async () => {
  await refresh();
  const s = opened.sqlite;
  const now = '2026-11-21T00:00:00.000Z';
  const pick = (query: string) => s.prepare(query).pluck().all() as number[];
  // 回访 made months later, a voided case, a case moved to another month and organisation, a
  // transfer sent back, an agreement concluded, a new lead mediator.
  for (const id of pick(`SELECT id FROM follow_up WHERE status = 'planned' ORDER BY id LIMIT 15`))
    s.prepare(
      `UPDATE follow_up SET status = 'done', visited_on = date(due_on, '+40 days'), satisfaction = 'satisfied' WHERE id = ?`,
    ).run(id);
  // Two more rated 回访, two and four months after the first: the counts as of the months between
  // follow the visits themselves, not the case's totals or its first and last visit.
  for (const caseId of pick(
    `SELECT case_id FROM follow_up WHERE status = 'done' AND satisfaction IS NOT NULL AND visited_on >= '2025-10-01' ORDER BY id LIMIT 20`,
  ))
    for (const days of [60, 120])
      s.prepare(
        `INSERT INTO follow_up (uuid, case_id, status, reason, due_on, visited_on, satisfaction, created_at, updated_at)
         SELECT lower(hex(randomblob(16))), case_id, 'done', 'manual', date(visited_on, '+' || ? || ' days'),
           date(visited_on, '+' || ? || ' days'), 'satisfied', ?, ?
         FROM follow_up WHERE case_id = ? AND status = 'done' ORDER BY visited_on LIMIT 1`,
      ).run(days, days, now, now, caseId);
  const [voided] = pick(`SELECT id FROM dispute_case WHERE accepted_on >= '2026-03-01' ORDER BY id LIMIT 1`);
  s.prepare(`UPDATE dispute_case SET status = 'voided' WHERE id = ?`).run(voided);
  const [moved] = pick(`SELECT id FROM dispute_case WHERE accepted_on LIKE '2026-05-%' ORDER BY id LIMIT 1`);
  s.prepare(
    `UPDATE dispute_case SET accepted_on = '2026-02-14', organisation_id = ?, case_seq = case_seq + 100000 WHERE id = ?`,
  ).run(allOrgs[allOrgs.length - 1], moved);
  const [returned] = pick(`SELECT id FROM transfer WHERE feedback_result IS NULL ORDER BY id DESC LIMIT 1`);
  if (returned !== undefined)
    s.prepare(
      `UPDATE transfer SET feedback_result = 'returned', feedback_on = '2026-09-03' WHERE id = ?`,
    ).run(returned);
  const [pending] = pick(
    `SELECT c.id FROM dispute_case c LEFT JOIN agreement a ON a.case_id = c.id
     WHERE a.id IS NULL AND c.accepted_on >= '2026-06-01' AND c.status IN ('accepted', 'in_mediation') ORDER BY c.id LIMIT 1`,
  );
  s.prepare(
    `INSERT INTO transfer (uuid, case_id, target_kind, target_name, reason, transferred_on, created_at)
     VALUES ('t-months', ?, 'court', '栖霞区人民法院', '当事人起诉', '2026-08-05', ?)`,
  ).run(pending, now);
  const [assigned] = pick(
    `SELECT case_id FROM case_assignment WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1`,
  );
  const [otherMediator] = pick(`SELECT id FROM mediator ORDER BY id DESC LIMIT 1`);
  s.prepare(`UPDATE case_assignment SET ended_at = ?, end_reason = 'reassigned' WHERE case_id = ?`).run(
    now,
    assigned,
  );
  s.prepare(
    `INSERT INTO case_assignment (case_id, mediator_id, role, mode, assigned_at, assigned_by) VALUES (?, ?, 'lead', 'designated', ?, '测试')`,
  ).run(assigned, otherMediator, now);

  // An organisation whose level changes: its cases count as 基层 success, or stop counting.
  const levelled = allOrgs[allOrgs.length - 2]!;
  const level = s.prepare('SELECT level FROM organisation WHERE id = ?').pluck().get(levelled) as string;
  s.prepare('UPDATE organisation SET level = ? WHERE id = ?').run(
    level === 'district' ? 'town' : 'district',
    levelled,
  );

  const before = s.prepare('SELECT count(*) FROM case_fact_month').pluck().get() as number;
  expect(await refresh()).toBeGreaterThan(15);
  expect(s.prepare('SELECT count(*) FROM case_fact_month').pluck().get()).toBeGreaterThan(before / 2);
  await expectMonthsEqualCases(allOrgs);
  await expectMonthsEqualCases(allOrgs.slice(-1));

  // The report reads the monthly rows (not the cases) for whole months: without them it finds nothing.
  const march = { from: '2026-03-01', to: '2026-03-31', organisationIds: allOrgs };
  expect((await sumFacts(opened.db, march, 'type')).length).toBeGreaterThan(0);
  s.prepare('SAVEPOINT empty').run();
  s.prepare('DELETE FROM case_fact_month').run();
  expect(await sumFacts(opened.db, march, 'type')).toEqual([]);
  s.prepare('ROLLBACK TO empty').run();
  s.prepare('RELEASE empty').run();
}, 240_000);
