import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import {
  agreementRecordInput,
  sessionRecordInput,
  sessionScheduleInput,
} from '../../../src/shared/schemas/handling.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import {
  dashboardInput,
  deadlineListInput,
  holidaySetYearInput,
} from '../../../src/shared/schemas/deadlines.ts';
import { confirmationDeadline } from '../../../src/shared/cases/agreementRules.ts';
import { handlingPeriodDays } from '../../../src/shared/cases/caseDeadlines.ts';
import { loadHolidayCalendar } from '../../../src/main/db/queries/holidays.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

/** Registers and accepts a case on `day` (the clock is set to that day first). */
async function acceptOn(day: string, overrides: Parameters<typeof registerCase>[1] = {}) {
  kit.clock.set(`${day}T02:00:00.000Z`);
  const c = await registerCase(kit, overrides);
  return kit.s.triage.accept(
    { ...ref(c), acceptedOn: day, consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
}

test.each([
  // [accepted on, due date, why]
  ['2026-03-02', '2026-04-01', 'an ordinary 30-day period ending on a Wednesday'],
  ['2026-09-05', '2026-10-08', 'day 30 falls inside 国庆 (10-01…10-07): moves to the first working day'],
  ['2026-09-10', '2026-10-10', 'day 30 is Saturday 10-10, a 调休 working day: stays'],
  ['2026-01-30', '2026-03-02', 'day 30 is Sunday 03-01: moves to Monday'],
  ['2025-12-31', '2026-01-30', 'crosses the year and 元旦 inside the period, which counts'],
])('accepted %s → due %s (%s)', async (acceptedOn, dueDate) => {
  const c = await acceptOn(acceptedOn);
  expect(c).toMatchObject({ acceptedOn, dueDate, timeLimitDays: 30 });
});

test('court 委派 has 30 days, 委托 15 days (普通程序) or 7 days (简易程序)', async () => {
  expect(handlingPeriodDays('court_assigned', null)).toBe(30);
  expect(handlingPeriodDays('court_entrusted', 'ordinary')).toBe(15);
  expect(handlingPeriodDays('court_entrusted', null)).toBe(15);
  expect(handlingPeriodDays('court_entrusted', 'simple')).toBe(7);

  const assigned = await acceptOn('2026-03-02', {
    source: 'court_assigned',
    externalRefs: [{ kind: 'court_assignment', value: '（2026）苏0113民诉前调123号' }],
  });
  expect(assigned).toMatchObject({ timeLimitDays: 30, dueDate: '2026-04-01' });
  const ordinary = await acceptOn('2026-03-02', {
    source: 'court_entrusted',
    referralCourtProcedure: 'ordinary',
  });
  expect(ordinary).toMatchObject({ timeLimitDays: 15, dueDate: '2026-03-17' });
  // 7 days from 2026-02-09 is 02-16, inside the 春节 holiday (02-15…02-23): due on Tuesday 02-24.
  const simple = await acceptOn('2026-02-09', {
    source: 'court_entrusted',
    referralCourtProcedure: 'simple',
  });
  expect(simple).toMatchObject({ timeLimitDays: 7, dueDate: '2026-02-24' });
});

test('司法确认 deadline: effective date + 30 days by the legal day count', async () => {
  const calendar = await loadHolidayCalendar(kit.deps.db);
  const plain = { involvesStatusRelation: false, involvesOwnershipConfirmation: false };
  expect(confirmationDeadline('2026-03-02', plain, calendar)).toBe('2026-04-01');
  expect(confirmationDeadline('2026-09-01', plain, calendar)).toBe('2026-10-08');
  // 2026-01-15 + 30 = 02-14, a Saturday worked for 春节: it stays.
  expect(confirmationDeadline('2026-01-15', plain, calendar)).toBe('2026-02-14');
  expect(
    confirmationDeadline('2026-03-02', { ...plain, involvesOwnershipConfirmation: true }, calendar),
  ).toBeNull();
  expect(confirmationDeadline(null, plain, calendar)).toBeNull();
});

test('the holiday table is configurable and used for new deadlines', async () => {
  await kit.s.holidays.setYear(
    holidaySetYearInput.parse({
      year: 2026,
      holidays: [
        { date: '2026-04-01', name: '测试假日' },
        { date: '2026-04-02', name: '测试假日' },
      ],
      workdays: [],
    }),
    ACTOR,
    () => undefined,
  );
  expect(await kit.s.deadlines.holidays(2026)).toEqual([
    { date: '2026-04-01', kind: 'holiday', name: '测试假日' },
    { date: '2026-04-02', kind: 'holiday', name: '测试假日' },
  ]);
  expect((await acceptOn('2026-03-02')).dueDate).toBe('2026-04-03');
  expect(() =>
    holidaySetYearInput.parse({ year: 2026, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] }),
  ).toThrow();
});

test('due-soon and overdue lists cover cases, obligations, 司法确认 and 回访; the dashboard shows today', async () => {
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time' }),
  );
  const late = await acceptOn('2026-03-02', { title: '超期案件' });
  await kit.s.mediators.assign(
    { ...ref(late), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );

  const soon = await acceptOn('2026-03-20', { title: '即将到期案件' });
  const assigned = await kit.s.mediators.assign(
    { ...ref(soon), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  const held = await kit.s.sessions.record(
    sessionRecordInput.parse({
      ...ref(assigned),
      kind: 'mediation',
      startAt: '2026-03-20T09:00',
      place: '调解室',
      mediatorIds: [m.id],
      recorder: '刘记录',
      partyIdsPresent: assigned.parties.map((p) => p.id),
      rightsNoticeGivenAtStart: true,
      transcript: '……',
    }),
    ACTOR,
  );
  const [applicant, respondent] = held.parties;
  const agreed = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(held),
      form: 'written',
      concludedOn: '2026-03-20',
      effectiveOn: '2026-03-20',
      obligations: [
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: '支付赔偿款',
          amountFen: 500_000,
          dueDate: '2026-04-10',
        },
      ],
    }),
    ACTOR,
  );
  expect(agreed.status).toBe('agreed');
  const today = await acceptOn('2026-04-15', { title: '今日调解案件' });
  const todayAssigned = await kit.s.mediators.assign(
    { ...ref(today), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  await kit.s.sessions.schedule(
    sessionScheduleInput.parse({
      ...ref(todayAssigned),
      kind: 'mediation',
      startAt: '2026-04-15T14:30',
      place: '调解室',
      mediatorIds: [m.id],
    }),
    ACTOR,
  );

  // Today is 2026-04-15: the first case (due 04-01) is overdue; the obligation (04-10) too; the 回访 after
  // it (04-11) and after the effective date (04-04) are due; 司法确认 ends 2026-04-20 (03-20 + 30 = 04-19,
  // a Sunday → Monday 04-20), due within 7 days.
  kit.clock.set('2026-04-15T02:00:00.000Z');
  const list = (section: 'overdue' | 'dueSoon' | 'followUpsDue') =>
    kit.s.deadlines.list(deadlineListInput.parse({ withinDays: 7, section }));
  const overdue = await list('overdue');
  expect(overdue.today).toBe('2026-04-15');
  expect(overdue.items.map((i) => [i.kind, i.caseTitle, i.dueDate, i.daysLeft])).toEqual([
    ['case', '超期案件', '2026-04-01', -14],
    ['follow_up', '即将到期案件', '2026-04-04', -11],
    ['obligation', '即将到期案件', '2026-04-10', -5],
    ['follow_up', '即将到期案件', '2026-04-11', -4],
  ]);
  expect(overdue.byKind).toEqual({ case: 1, obligation: 1, confirmation: 0, follow_up: 2, reply: 0 });
  expect(overdue.total).toBe(4);
  const dueSoon = await list('dueSoon');
  expect(dueSoon.items.map((i) => [i.kind, i.dueDate, i.daysLeft])).toEqual([
    ['confirmation', '2026-04-20', 5],
  ]);
  expect(overdue.items[2]!.description).toBe('协议第1条：李卫东支付赔偿款');

  // An application for 司法确认 takes the agreement off the lists; withdrawing the record, or the case
  // being archived, is followed by the trigger-kept flag (migration 0015).
  const sqlite = kit.opened.sqlite;
  const agreement = sqlite.prepare(`SELECT id, case_id FROM agreement`).get() as {
    id: number;
    case_id: number;
  };
  sqlite
    .prepare(
      `INSERT INTO judicial_confirmation (case_id, agreement_id, court, applied_on, updated_at) VALUES (?, ?, '栖霞区人民法院', '2026-04-14', '2026-04-14')`,
    )
    .run(agreement.case_id, agreement.id);
  expect((await list('dueSoon')).byKind.confirmation).toBe(0);
  sqlite.prepare(`DELETE FROM judicial_confirmation`).run();
  expect((await list('dueSoon')).byKind.confirmation).toBe(1);
  sqlite.prepare(`UPDATE dispute_case SET status = 'archived' WHERE id = ?`).run(agreement.case_id);
  expect((await list('dueSoon')).byKind.confirmation).toBe(0);
  sqlite.prepare(`UPDATE dispute_case SET status = 'performing' WHERE id = ?`).run(agreement.case_id);
  expect((await list('dueSoon')).items.map((i) => i.kind)).toEqual(['confirmation']);

  const dashboard = await kit.s.deadlines.dashboard(
    dashboardInput.parse({ mediatorId: m.id, withinDays: 7 }),
  );
  expect(dashboard.openCases.items.map((c) => c.title)).toEqual(['超期案件', '今日调解案件']);
  expect(dashboard.openCases.total).toBe(2);
  expect(dashboard.todaysSessions.items.map((s) => [s.caseTitle, s.startAt])).toEqual([
    ['今日调解案件', '2026-04-15T14:30'],
  ]);
  expect(dashboard.followUpsDue.items.map((f) => f.dueDate)).toEqual(['2026-04-04', '2026-04-11']);
  expect(dashboard.overdue.total).toBe(4);
  expect(dashboard.overdue.items).toHaveLength(4);
});

test('per-mediator calendar lists scheduled sessions only', async () => {
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time' }),
  );
  const other = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '林调解', employment: 'part_time' }),
  );
  const c = await acceptOn('2026-03-02');
  const assigned = await kit.s.mediators.assign(
    { ...ref(c), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  const scheduled = await kit.s.sessions.schedule(
    sessionScheduleInput.parse({
      ...ref(assigned),
      kind: 'investigation',
      startAt: '2026-03-05T09:30',
      place: '当事人家中',
      mediatorIds: [m.id],
    }),
    ACTOR,
  );
  expect(await kit.s.mediators.calendar({ mediatorId: m.id, from: '2026-03-01', to: '2026-03-07' })).toEqual([
    expect.objectContaining({
      caseId: c.id,
      kind: 'investigation',
      startAt: '2026-03-05T09:30',
      mediatorNames: ['陈调解'],
    }),
  ]);
  expect(
    await kit.s.mediators.calendar({ mediatorId: other.id, from: '2026-03-01', to: '2026-03-07' }),
  ).toEqual([]);
  const cancelled = await kit.s.sessions.cancel(
    { ...ref(scheduled), sessionId: scheduled.sessions[0]!.id, reason: '当事人外出' },
    ACTOR,
  );
  expect(cancelled.sessions[0]!.status).toBe('cancelled');
  expect(await kit.s.mediators.calendar({ from: '2026-03-01', to: '2026-03-07' })).toEqual([]);
});
