import { afterAll, beforeAll, expect, test } from 'vitest';
import { sql } from 'kysely';
import type { OpenedDatabase } from '../../../src/main/db/connection.ts';
import { DRILL_PREDICATES, factQuery, type FactRange } from '../../../src/main/db/queries/stats.ts';
import { sumFacts } from '../../../src/main/db/queries/reportSums.ts';
import { resolvePeriod } from '../../../src/shared/stats/periods.ts';
import { seededFactFile, type SeededFactFile } from './seededFactFile.ts';
import { legacyFactQuery } from './legacyFactQuery.ts';

/**
 * Issue 18: reports read per-case fact rows (migration 0015) instead of classifying every case of a
 * period through the case tables. On a bench-like file (the bench's own seeder), the fact-row query
 * must give exactly the rows of the old query (frozen in legacyFactQuery.ts) for every kind of period
 * and every drill-down column, before and after edits that reach the facts only through triggers.
 */
let file: SeededFactFile;
let opened: OpenedDatabase;
let allOrgs: number[];

beforeAll(async () => {
  file = await seededFactFile('mediation-facts-', 7);
  ({ opened, allOrgs } = file);
}, 120_000);
afterAll(() => file.close());

const refresh = () => file.refresh();

async function rowsOf(query: ReturnType<typeof factQuery>, where = sql`1`) {
  const result = await sql<
    Record<string, unknown>
  >`SELECT * FROM (${query}) AS q WHERE ${where} ORDER BY id`.execute(opened.db);
  return result.rows;
}

/** Every period the report offers, at a few places in the ten years, plus the 本年累计 shape. */
function ranges(organisationIds: readonly number[]): FactRange[] {
  const periods = [
    ...[2025, 2026].flatMap((year) =>
      Array.from({ length: 12 }, (_, m) => resolvePeriod({ period: 'month', year, month: m + 1 })),
    ),
    ...[2019, 2024, 2026].flatMap((year) =>
      [1, 2, 3, 4].map((quarter) => resolvePeriod({ period: 'quarter', year, quarter })),
    ),
    ...[2017, 2020, 2023, 2025, 2026].map((year) => resolvePeriod({ period: 'year', year })),
    resolvePeriod({ period: 'custom', year: 2026, from: '2026-03-11', to: '2026-03-20' }),
    resolvePeriod({ period: 'custom', year: 2021, from: '2019-02-01', to: '2021-07-15' }),
  ];
  return periods.flatMap((p) => [
    { from: p.current.from, to: p.current.to, organisationIds },
    {
      from: p.yearToDate.from,
      to: p.yearToDate.to,
      acceptedTo: p.current.from,
      organisationIds,
      columns: 'table' as const,
    },
  ]);
}

async function expectSameFacts(organisationIds: readonly number[]) {
  let compared = 0;
  for (const range of ranges(organisationIds)) {
    const [legacy, facts] = await Promise.all([rowsOf(legacyFactQuery(range)), rowsOf(factQuery(range))]);
    expect(facts, `${range.from}…${range.to}`).toEqual(legacy);
    compared += legacy.length;
  }
  return compared;
}

test('fact rows give the same report rows as the old query for every period', async () => {
  await refresh();
  expect(await expectSameFacts(allOrgs)).toBeGreaterThan(3000);
  // One street committee and its villages, as a report with subordinates reads it.
  expect(await expectSameFacts(allOrgs.slice(1, 4))).toBeGreaterThan(0);
}, 120_000);

test('every drill-down column lists the same cases', async () => {
  await refresh();
  const periods = [
    { from: '2026-03-01', to: '2026-03-31' },
    { from: '2025-01-01', to: '2025-12-31' },
    { from: '2019-02-01', to: '2021-07-15' },
  ];
  for (const { from, to } of periods) {
    const range = { from, to, organisationIds: allOrgs };
    for (const [column, predicate] of Object.entries(DRILL_PREDICATES)) {
      const [legacy, facts] = await Promise.all([
        rowsOf(legacyFactQuery(range), predicate),
        rowsOf(factQuery(range), predicate),
      ]);
      expect(
        facts.map((r) => r['id']),
        `${column} ${from}…${to}`,
      ).toEqual(legacy.map((r) => r['id']));
    }
  }
}, 120_000);

test('report sums by type equal the old rows summed by hand', async () => {
  await refresh();
  for (const range of ranges(allOrgs).slice(0, 30)) {
    const legacy = await rowsOf(legacyFactQuery(range));
    const expected = new Map<string, Record<string, number>>();
    for (const row of legacy) {
      const sums = expected.get(row['dispute_type'] as string) ?? {
        accepted: 0,
        success: 0,
        failed: 0,
        pending: 0,
        amountFen: 0,
        performed: 0,
        within30: 0,
        followUpDue: 0,
        followedUp: 0,
        rated: 0,
        satisfied: 0,
        basicSuccess: 0,
      };
      sums['accepted']! += 1;
      sums[row['outcome'] as 'success' | 'failed' | 'pending']! += 1;
      sums['amountFen']! += row['amount_fen'] as number;
      sums['performed']! += row['performed'] as number;
      sums['within30']! += row['within30'] as number;
      sums['followUpDue']! += row['follow_up_due'] as number;
      sums['followedUp']! += row['followed_up'] as number;
      sums['rated']! += row['rated'] as number;
      sums['satisfied']! += row['satisfied'] as number;
      sums['basicSuccess']! += row['basic_success'] as number;
      expected.set(row['dispute_type'] as string, sums);
    }
    const actual = await sumFacts(opened.db, range, 'type');
    expect(actual).toHaveLength(expected.size);
    for (const group of actual)
      expect(group, `${range.from}…${range.to} ${group.groupKey}`).toMatchObject(
        expected.get(group.groupKey)!,
      );
  }
}, 120_000);

test('edits reach the facts through the triggers, and a new derivation rebuilds every row', async () => {
  await refresh();
  const s = opened.sqlite;
  const now = '2026-11-21T00:00:00.000Z';
  const pick = (query: string) => s.prepare(query).pluck().all() as number[];
  // A 回访 made after the period's end, and a second rated one on the same case (counts as of a day).
  for (const id of pick(`SELECT id FROM follow_up WHERE status = 'planned' ORDER BY id LIMIT 20`))
    s.prepare(
      `UPDATE follow_up SET status = 'done', visited_on = '2026-11-25', satisfaction = 'dissatisfied' WHERE id = ?`,
    ).run(id);
  for (const caseId of pick(`SELECT case_id FROM follow_up WHERE status = 'done' ORDER BY id DESC LIMIT 20`))
    s.prepare(
      `INSERT INTO follow_up (uuid, case_id, status, reason, due_on, visited_on, satisfaction, created_at, updated_at)
       VALUES (lower(hex(randomblob(16))), ?, 'done', 'manual', '2026-06-01', '2026-06-15', 'satisfied', ?, ?)`,
    ).run(caseId, now, now);
  // A voided case, a withdrawn transfer and a new one, obligations performed, a new lead mediator,
  // a 司法确认 decided, a case moved to another month.
  const [voided] = pick(`SELECT id FROM dispute_case WHERE accepted_on >= '2026-03-01' ORDER BY id LIMIT 1`);
  s.prepare(`UPDATE dispute_case SET status = 'voided' WHERE id = ?`).run(voided);
  const [transfer] = pick(`SELECT id FROM transfer ORDER BY id DESC LIMIT 1`);
  if (transfer !== undefined) s.prepare(`DELETE FROM transfer WHERE id = ?`).run(transfer);
  const [pending] = pick(
    `SELECT c.id FROM dispute_case c LEFT JOIN agreement a ON a.case_id = c.id
     WHERE a.id IS NULL AND c.accepted_on >= '2026-01-01' AND c.status IN ('accepted', 'in_mediation') ORDER BY c.id LIMIT 1`,
  );
  s.prepare(
    `INSERT INTO transfer (uuid, case_id, target_kind, target_name, reason, transferred_on, created_at)
     VALUES ('t-fact', ?, 'court', '栖霞区人民法院', '当事人起诉', '2026-10-05', ?)`,
  ).run(pending, now);
  s.prepare(
    `UPDATE obligation SET performance_status = 'performed', performed_on = '2026-11-01' WHERE id IN
       (SELECT id FROM obligation WHERE performance_status <> 'performed' ORDER BY id DESC LIMIT 10)`,
  ).run();
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
  s.prepare(
    `UPDATE judicial_confirmation SET result = 'confirmed', decided_on = '2026-11-02' WHERE id IN
       (SELECT id FROM judicial_confirmation ORDER BY id DESC LIMIT 3)`,
  ).run();
  const [moved] = pick(`SELECT id FROM dispute_case WHERE accepted_on LIKE '2026-05-%' ORDER BY id LIMIT 1`);
  s.prepare(`UPDATE dispute_case SET accepted_on = '2026-02-14' WHERE id = ?`).run(moved);

  expect(s.prepare('SELECT count(*) FROM case_fact_dirty').pluck().get()).toBeGreaterThan(40);
  // Without a refresh the fact rows lag behind: the queue is what keeps them right.
  const march = { from: '2026-02-01', to: '2026-02-28', organisationIds: allOrgs };
  expect(await rowsOf(factQuery(march))).not.toEqual(await rowsOf(legacyFactQuery(march)));
  expect(await refresh()).toBeGreaterThan(40);
  expect(s.prepare('SELECT count(*) FROM case_fact_dirty').pluck().get()).toBe(0);
  await expectSameFacts(allOrgs);

  // A program with another derivation (version) rebuilds every row on its first refresh.
  s.prepare('UPDATE case_fact_state SET version = 0').run();
  s.prepare(`DELETE FROM case_fact WHERE accepted_on >= '2026-01-01'`).run();
  expect(await refresh()).toBe(s.prepare('SELECT count(*) FROM case_fact').pluck().get());
  await expectSameFacts(allOrgs);
}, 180_000);
