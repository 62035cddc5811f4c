import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import { dashboardInput, deadlineListInput } from '../../../src/shared/schemas/deadlines.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import type { DeadlineItem } from '../../../src/shared/types/deadlines.ts';

/**
 * Issue 18: the deadline lists come as counts plus pages, most urgent first; pages never overlap or
 * skip, kinds filter, finished (archived) cases' leftovers stay out, and a 调解员's scope is applied.
 */
let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const key = (i: DeadlineItem) => `${i.kind}:${i.refId ?? i.caseId}`;

async function seedBacklog() {
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time' }),
  );
  const ids: number[] = [];
  for (let day = 5; day <= 16; day += 1) {
    const date = `2026-01-${String(day).padStart(2, '0')}`;
    kit.clock.set(`${date}T02:00:00.000Z`);
    const c = await registerCase(kit, { title: `案件${day}` });
    const accepted = await kit.s.triage.accept(
      {
        caseId: c.id,
        expectedVersion: c.version,
        acceptedOn: date,
        consentMode: 'all_parties_consented',
        consentNote: null,
      },
      ACTOR,
    );
    if (day % 3 === 0)
      await kit.s.mediators.assign(
        {
          caseId: accepted.id,
          expectedVersion: accepted.version,
          mediatorId: m.id,
          role: 'lead',
          mode: 'designated',
          overrideReason: null,
        },
        ACTOR,
      );
    const row = kit.opened.sqlite.prepare('SELECT id FROM dispute_case WHERE uuid = ?').get(c.id) as {
      id: number;
    };
    ids.push(row.id);
  }
  // 回访 due on the same days as some case deadlines, and one on a case that is then archived.
  const insertFollowUp = kit.opened.sqlite.prepare(
    `INSERT INTO follow_up (uuid, case_id, status, reason, due_on, created_at, updated_at)
     VALUES (lower(hex(randomblob(16))), ?, 'planned', 'manual', ?, '2026-01-01', '2026-01-01')`,
  );
  for (const [i, id] of ids.entries())
    if (i % 2 === 0) insertFollowUp.run(id, `2026-02-${String(10 + i).padStart(2, '0')}`);
  insertFollowUp.run(ids[0], '2026-02-01');
  kit.opened.sqlite.prepare(`UPDATE dispute_case SET status = 'archived' WHERE id = ?`).run(ids[1]);
  insertFollowUp.run(ids[1], '2026-02-02');
  kit.clock.set('2026-04-15T02:00:00.000Z');
  return { mediator: m, ids };
}

test('overdue pages are disjoint, complete and earliest first; counts per kind; archived cases stay out', async () => {
  await seedBacklog();
  const all = await kit.s.deadlines.list(deadlineListInput.parse({ section: 'overdue', pageSize: 100 }));
  // 12 cases, one archived (its deadline and 回访 leave the lists); 6 + 1 回访 on open cases.
  expect(all.byKind).toEqual({ case: 11, obligation: 0, confirmation: 0, follow_up: 7, reply: 0 });
  expect(all.total).toBe(18);
  expect(all.items).toHaveLength(18);
  const dates = all.items.map((i) => i.dueDate);
  expect(dates).toEqual([...dates].sort());
  expect(all.items.some((i) => i.caseTitle === '案件6')).toBe(false);

  const paged: DeadlineItem[] = [];
  for (let page = 1; page <= 4; page += 1) {
    const result = await kit.s.deadlines.list(
      deadlineListInput.parse({ section: 'overdue', page, pageSize: 5 }),
    );
    expect(result.total).toBe(18);
    expect(result.items.length).toBe(page < 4 ? 5 : 3);
    paged.push(...result.items);
  }
  expect(paged.map(key)).toEqual(all.items.map(key));
  expect(new Set(paged.map(key)).size).toBe(18);

  const followUps = await kit.s.deadlines.list(
    deadlineListInput.parse({ section: 'overdue', kinds: ['follow_up'], pageSize: 3 }),
  );
  expect(followUps.total).toBe(7);
  expect(followUps.items.map((i) => i.kind)).toEqual(['follow_up', 'follow_up', 'follow_up']);
  expect(followUps.items[0]!.dueDate).toBe('2026-02-01');
});

test('the 工作台 returns counts and a first page per section, in the caller’s data scope', async () => {
  const { mediator, ids } = await seedBacklog();
  const dashboard = await kit.s.deadlines.dashboard(dashboardInput.parse({ pageSize: 4 }));
  expect(dashboard.overdue.total).toBe(18);
  expect(dashboard.overdue.items).toHaveLength(4);
  expect(dashboard.followUpsDue.total).toBe(7);
  expect(dashboard.followUpsDue.items).toHaveLength(4);
  expect(dashboard.openCases.total).toBe(11);
  expect(dashboard.openCases.items).toHaveLength(4);

  // A 调解员 who registered none of these sees only the cases assigned to them (days 6, 9, 12, 15;
  // day 6 is archived).
  const row = kit.opened.sqlite.prepare('SELECT id FROM mediator WHERE uuid = ?').get(mediator.id) as {
    id: number;
  };
  const scope = { userRowId: 999, mediatorRowId: row.id };
  const own = await kit.s.deadlines.dashboard(dashboardInput.parse({ pageSize: 10 }), scope);
  expect(own.overdue.byKind.case).toBe(3);
  expect(own.overdue.items.map((i) => i.caseTitle).sort()).toEqual([
    '案件12',
    '案件15',
    '案件15',
    '案件9',
    '案件9',
  ]);
  expect(own.openCases.total).toBe(3);
  const list = await kit.s.deadlines.list(deadlineListInput.parse({ section: 'overdue' }), scope);
  expect(list.total).toBe(own.overdue.total);
  expect(ids).toHaveLength(12);
});
