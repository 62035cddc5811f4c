import { afterAll, beforeAll, expect, test } from 'vitest';
import { Kysely, type CompiledQuery } from 'kysely';
import { openCaseKit, type CaseKit } from '../cases/caseKit.ts';
import { ReuseSafeSqliteDialect } from '../../../src/main/db/reuseSafeDialect.ts';
import type { Database } from '../../../src/main/db/schema.ts';
import {
  countConfirmationsDue,
  countDue,
  firstConfirmationsDue,
  firstDue,
  type DeadlineScope,
} from '../../../src/main/db/queries/deadlines.ts';
import { factQuery } from '../../../src/main/db/queries/stats.ts';

/**
 * Issue 18: the 工作台 and deadline lists read the partial indexes over open work of migration 0015
 * (so they cost what the open backlog costs), with and without a 调解员's data scope; a report period
 * is one range of case_fact's clustered key.
 */
let kit: CaseKit;
let captured: CompiledQuery[];
let db: Kysely<Database>;
beforeAll(async () => {
  kit = await openCaseKit();
  captured = [];
  db = new Kysely<Database>({
    dialect: new ReuseSafeSqliteDialect({ database: kit.opened.sqlite }),
    log: (event) => {
      captured.push(event.query);
    },
  });
});
afterAll(() => kit.close());

function plan(query: CompiledQuery): string {
  const rows = kit.opened.sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const SCOPES: [string, DeadlineScope][] = [
  ['organisation', { visibleTo: null }],
  ['调解员 scope', { visibleTo: { userRowId: 3, mediatorRowId: 2 } }],
  ['one mediator', { visibleTo: null, mediatorRowId: 2 }],
];

test.each(SCOPES)('deadline counts and pages read the open-work indexes (%s)', async (_name, scope) => {
  for (const range of [{ to: '2026-11-21' }, { from: '2026-11-22', to: '2026-11-29' }]) {
    captured.length = 0;
    await countDue(db, range, scope, ['case', 'obligation', 'follow_up']);
    await firstDue(db, range, scope, ['case', 'obligation', 'follow_up'], 10);
    const plans = captured.map(plan);
    expect(plans).toHaveLength(6);
    const [cases, obligations, followUps] = [
      [plans[0]!, plans[3]!],
      [plans[1]!, plans[4]!],
      [plans[2]!, plans[5]!],
    ];
    // Without a scope the counts are read from the indexes alone.
    if (!scope.visibleTo && scope.mediatorRowId === undefined)
      for (const p of [plans[0]!, plans[1]!, plans[2]!])
        expect(p).toMatch(/^SEARCH \w+ USING COVERING INDEX/);
    for (const p of cases)
      expect(p).toMatch(/SEARCH dispute_case USING (COVERING )?INDEX dispute_case_running_due \(due_date/);
    for (const p of obligations)
      expect(p).toMatch(/SEARCH obligation USING (COVERING )?INDEX obligation_open_due \(due_date/);
    for (const p of followUps)
      expect(p).toMatch(/SEARCH follow_up USING (COVERING )?INDEX follow_up_open_due \(due_on/);
    for (const p of plans) {
      // Nothing is read case by case from the whole file, and pages come in index order.
      expect(p).not.toMatch(/^SCAN (dispute_case|obligation|follow_up|agreement)\b/m);
      expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
    captured.length = 0;
    const effective = { from: '2026-09-22', to: '2026-10-21' };
    await countConfirmationsDue(db, effective, scope);
    await firstConfirmationsDue(db, effective, scope, 10);
    for (const p of captured.map(plan)) {
      expect(p).toMatch(
        /SEARCH agreement USING (COVERING )?INDEX agreement_confirmation_open \(effective_on>\? AND effective_on<\?\)/,
      );
      expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      plans.push(p);
    }
    // The data scope stays in the SQL: checked per item through the assignment index.
    if (scope.visibleTo || scope.mediatorRowId !== undefined)
      for (const p of plans) expect(p).toMatch(/case_assignment/);
  }
});

test('a report period is one range of the case_fact key', () => {
  const query = factQuery({ from: '2026-03-01', to: '2026-03-31', organisationIds: [1, 2, 3] }).compile(
    kit.deps.db,
  );
  const steps = plan(query);
  expect(steps).toMatch(/SEARCH c USING PRIMARY KEY \(accepted_on>\? AND accepted_on<\?\)/);
  expect(steps).not.toMatch(/^SCAN c\b/m);
  expect(steps).not.toMatch(/dispute_case|agreement|transfer|judicial_confirmation/);
  // 回访 are only counted from their table for a case visited after the period (a CASE branch).
  expect(steps).not.toMatch(/SCAN fu\b/);
});
