import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { callApi, loginAs, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ID_MAN, ID_WOMAN } from './caseKit.ts';
import { roleHasPermission } from '../../../src/shared/api/roles.ts';

// The core's clock stands at 2026-11-22 (TEST_NOW): the paper case below happened in March.
let dataDir: string;
let core: Core;
let admin: string;
beforeEach(async () => {
  dataDir = makeTempDir('mediation-backfill-');
  core = await openTestCore(dataDir);
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dataDir);
});

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

const paperCase = {
  title: '赵明与钱芳房屋租赁纠纷',
  summary: '承租人退租后出租人未退还押金，双方发生争执。',
  disputeType: 'housing_homestead' as const,
  source: 'party_application' as const,
  appliedOn: '2026-03-03',
  parties: [
    { role: 'applicant' as const, name: '赵明', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
    { role: 'respondent' as const, name: '钱芳', idNumber: ID_WOMAN, contacts: [{ value: '13987654321' }] },
  ],
};

async function registerLive(title: string): Promise<CaseDetail> {
  return mustCall(core, 'case.create', { ...paperCase, appliedOn: null, title }, admin);
}

async function acceptLive(c: CaseDetail): Promise<CaseDetail> {
  return mustCall(
    core,
    'case.accept',
    { ...ref(c), acceptedOn: '2026-11-22', consentMode: 'all_parties_consented' },
    admin,
  );
}

/** Enters the paper case step by step, each step with its own date from the dossier. */
async function backfillCompleteCase(): Promise<CaseDetail> {
  let c = await mustCall(core, 'case.create', { ...paperCase, registeredOn: '2026-03-03' }, admin);
  expect(c.backfill).toMatchObject({ by: '王管理', open: true });
  expect(c.registeredAt.slice(0, 10)).toBe('2026-03-03');
  c = await mustCall(
    core,
    'case.accept',
    { ...ref(c), acceptedOn: '2026-03-04', consentMode: 'all_parties_consented', paperCaseSeq: 12 },
    admin,
  );
  expect(c.caseNo).toBe('（2026）栖尧人调字第12号');
  // The handling period runs from the real acceptance date.
  expect(c.dueDate! < '2026-04-10').toBe(true);
  const mediator = await mustCall(
    core,
    'mediator.create',
    { name: '孙调解', employment: 'full_time', specialties: ['housing_homestead'] },
    admin,
  );
  c = await mustCall(
    core,
    'case.assign',
    { ...ref(c), mediatorId: mediator.id, assignedOn: '2026-03-04' },
    admin,
  );
  expect(c.assignments[0]!.assignedAt.slice(0, 10)).toBe('2026-03-04');
  c = await mustCall(
    core,
    'party.recordRightsNotice',
    {
      ...ref(c),
      partyIds: c.parties.map((p) => p.id),
      givenOn: '2026-03-05',
      form: 'written',
      givenBy: '孙调解',
    },
    admin,
  );
  c = await mustCall(
    core,
    'session.record',
    {
      ...ref(c),
      kind: 'mediation',
      startAt: '2026-03-06T09:00',
      endAt: '2026-03-06T10:30',
      place: '尧化街道人民调解室',
      mediatorIds: [mediator.id],
      recorder: '刘记录',
      partyIdsPresent: c.parties.map((p) => p.id),
      transcript: '双方陈述事实，经调解达成一致。',
    },
    admin,
  );
  const [applicant, respondent] = c.parties;
  c = await mustCall(
    core,
    'agreement.record',
    {
      ...ref(c),
      form: 'written',
      concludedOn: '2026-03-06',
      effectiveOn: '2026-03-06',
      obligations: [
        { obligorId: respondent!.id, obligeeId: applicant!.id, content: '退还押金', amountFen: 500_000 },
      ],
    },
    admin,
  );
  c = await mustCall(
    core,
    'agreement.updatePerformance',
    {
      ...ref(c),
      updates: [
        {
          obligationId: c.agreement!.obligations[0]!.id,
          status: 'performed',
          performedAmountFen: 500_000,
          performedOn: '2026-03-10',
        },
      ],
    },
    admin,
  );
  c = await mustCall(
    core,
    'followUp.record',
    {
      ...ref(c),
      visitedOn: '2026-03-20',
      method: 'phone',
      visitor: '孙调解',
      partyIds: [applicant!.id],
      satisfaction: 'satisfied',
      situation: '押金已退还，双方无异议。',
    },
    admin,
  );
  c = await mustCall(core, 'case.close', { ...ref(c), closedOn: '2026-03-25' }, admin);
  // The paper dossier holds what the records here do not: explained, as on a live case.
  const check = await mustCall(core, 'case.dossierCheck', { caseId: c.id }, admin);
  const explanations = Object.fromEntries(
    check.items.filter((i) => i.state === 'missing').map((i) => [i.item, '见纸质卷宗，补录时未另附电子材料']),
  );
  c = await mustCall(
    core,
    'case.archive',
    {
      ...ref(c),
      archivedOn: '2026-03-28',
      filer: '刘记录',
      checker: '王审核',
      checkedOn: '2026-03-28',
      openFollowUpReason: '纸质卷宗已记载回访情况',
      retention: '10_years',
      explanations,
    },
    admin,
  );
  return c;
}

test('a complete paper case entered in November counts in the March report; the live number continues after it', async () => {
  // A live case accepted before the paper case is entered takes 第1号.
  const live1 = await acceptLive(await registerLive('第一件现场登记的纠纷'));
  expect(live1.caseNo).toBe('（2026）栖尧人调字第1号');

  const archived = await backfillCompleteCase();
  expect(archived.status).toBe('archived');
  expect(archived.backfill).toMatchObject({ open: false });

  // Every step is in the timeline as 补录, with the day it really happened and who entered it when.
  const timeline = await mustCall(core, 'case.timeline', { caseId: archived.id }, admin);
  expect(timeline.every((e) => e.backfill)).toBe(true);
  expect(timeline.every((e) => e.actor === '王管理' && e.occurredAt.startsWith('2026-11-22'))).toBe(true);
  const byAction = (action: string) => timeline.find((e) => e.action === action);
  expect(byAction('register')).toMatchObject({ businessOn: '2026-03-03' });
  expect(byAction('register')!.summary).toMatch(/^补录纸质案件/);
  expect(byAction('accept')).toMatchObject({ businessOn: '2026-03-04' });
  expect(byAction('record_session')).toMatchObject({ businessOn: '2026-03-06' });
  expect(byAction('record_follow_up')).toMatchObject({ businessOn: '2026-03-20' });
  expect(byAction('close')).toMatchObject({ businessOn: '2026-03-25' });
  expect(byAction('archive')).toMatchObject({ businessOn: '2026-03-28' });

  // The audit log says so too.
  const audit = await mustCall(core, 'audit.list', { method: 'case.accept' }, admin);
  const acceptEntries = audit.rows.filter((r) => r.targetId === archived.id);
  expect(acceptEntries).toHaveLength(1);
  expect(acceptEntries[0]!.detail).toMatchObject({ entry: '补录', backfill: { startedBy: '王管理' } });
  const liveAudit = audit.rows.find((r) => r.targetId === live1.id)!;
  expect(liveAudit.detail['entry']).toBeUndefined();

  // The March report counts it (business dates), 本年累计 too; November's does not.
  const march = await mustCall(core, 'stats.report', { period: 'month', year: 2026, month: 3 }, admin);
  const total = march.caseTable.find((r) => r.key === 'total')!;
  expect(total.current).toMatchObject({
    accepted: 1,
    success: 1,
    written: 1,
    amountFen: 500_000,
    performed: 1,
  });
  const housing = march.caseTable.find((r) => r.key === 'housing_homestead')!;
  expect(housing.current.accepted).toBe(1);
  const november = await mustCall(core, 'stats.report', { period: 'month', year: 2026, month: 11 }, admin);
  const novTotal = november.caseTable.find((r) => r.key === 'total')!;
  expect(novTotal.current.accepted).toBe(1);
  expect(novTotal.yearToDate.accepted).toBe(2);

  // The next live number continues after the highest in use, 12: no collision.
  const live2 = await acceptLive(await registerLive('第二件现场登记的纠纷'));
  expect(live2.caseNo).toBe('（2026）栖尧人调字第13号');
});

test('a paper number already in use is a coded conflict that changes nothing', async () => {
  const first = await acceptLive(await registerLive('现场案件'));
  const paper = await mustCall(core, 'case.create', { ...paperCase, registeredOn: '2026-03-03' }, admin);
  const result = await callApi(
    core,
    'case.accept',
    { ...ref(paper), acceptedOn: '2026-03-04', consentMode: 'all_parties_consented', paperCaseSeq: 1 },
    admin,
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('CONFLICT');
  expect(result.error.message).toBe(
    '（2026）栖尧人调字第1号已被案件“现场案件”使用，请核对纸质卷宗上的案号。',
  );
  expect(result.error.details).toMatchObject({ fields: { paperCaseSeq: result.error.message } });
  const unchanged = await mustCall(core, 'case.get', { id: paper.id }, admin);
  expect(unchanged).toMatchObject({ status: 'registered', caseNo: null, version: paper.version });
  expect(first.caseNo).toBe('（2026）栖尧人调字第1号');
});

test('补录 needs its permission (管理员, 审核员) and a case marked 补录', async () => {
  const intake = await loginAs(core, admin, 'intake');
  const refused = await callApi(core, 'case.create', { ...paperCase, registeredOn: '2026-03-03' }, intake);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('PERMISSION_DENIED');
    expect(refused.error.message).toMatch(/补录权限/);
  }
  const reviewer = await loginAs(core, admin, 'reviewer');
  const byReviewer = await mustCall(
    core,
    'case.create',
    { ...paperCase, registeredOn: '2026-03-03' },
    reviewer,
  );
  expect(byReviewer.backfill).toMatchObject({ by: '测试reviewer', open: true });

  // A paper number or a past assignment date on a live case is refused even with the permission.
  const live = await registerLive('现场案件');
  const paperNo = await callApi(
    core,
    'case.accept',
    { ...ref(live), acceptedOn: '2026-11-22', consentMode: 'all_parties_consented', paperCaseSeq: 5 },
    admin,
  );
  expect(paperNo.ok || paperNo.error).toMatchObject({
    code: 'INVALID_INPUT',
    details: { fields: { paperCaseSeq: expect.stringMatching(/只有正在补录的历史案件/) } },
  });
  // A registration date in the future is refused for 补录 too.
  const future = await callApi(core, 'case.create', { ...paperCase, registeredOn: '2026-11-23' }, admin);
  expect(future.ok || future.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '登记日期（2026-11-23）不能晚于今天（2026-11-22）。',
    details: { fields: { registeredOn: '登记日期（2026-11-23）不能晚于今天（2026-11-22）。' } },
  });
});

test('finishing 补录 turns the case into live handling: later steps are no longer marked', async () => {
  let c = await mustCall(core, 'case.create', { ...paperCase, registeredOn: '2026-11-02' }, admin);
  c = await mustCall(
    core,
    'case.accept',
    { ...ref(c), acceptedOn: '2026-11-03', consentMode: 'all_parties_consented' },
    admin,
  );
  c = await mustCall(core, 'case.finishBackfill', ref(c), admin);
  expect(c.backfill).toMatchObject({ open: false });
  c = await mustCall(
    core,
    'party.recordRightsNotice',
    { ...ref(c), partyIds: c.parties.map((p) => p.id), givenOn: '2026-11-22', form: 'written' },
    admin,
  );
  const timeline = await mustCall(core, 'case.timeline', { caseId: c.id }, admin);
  expect(timeline.map((e) => [e.action, e.backfill])).toEqual([
    ['register', true],
    ['accept', true],
    ['edit_details', true],
    ['give_rights_notice', false],
  ]);
  const again = await callApi(core, 'case.finishBackfill', ref(c), admin);
  expect(again.ok || again.error.code).toBe('INVALID_STATE');
});

test('services refuse dates out of order, naming the field and the conflicting date', async () => {
  let c = await mustCall(core, 'case.create', { ...paperCase, registeredOn: '2026-03-03' }, admin);
  const tooEarly = await callApi(
    core,
    'case.accept',
    { ...ref(c), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented' },
    admin,
  );
  expect(tooEarly.ok || tooEarly.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '受理日期（2026-03-02）不能早于登记日期（2026-03-03）。',
    details: { fields: { acceptedOn: '受理日期（2026-03-02）不能早于登记日期（2026-03-03）。' } },
  });
  c = await mustCall(
    core,
    'case.accept',
    { ...ref(c), acceptedOn: '2026-05-02', consentMode: 'all_parties_consented' },
    admin,
  );
  const mediator = await mustCall(
    core,
    'mediator.create',
    { name: '孙调解', employment: 'full_time' },
    admin,
  );
  c = await mustCall(
    core,
    'case.assign',
    { ...ref(c), mediatorId: mediator.id, assignedOn: '2026-05-02' },
    admin,
  );

  // An investigation long before registration.
  const investigation = await callApi(
    core,
    'session.record',
    {
      ...ref(c),
      kind: 'investigation',
      startAt: '2026-02-01T09:00',
      place: '现场',
      mediatorIds: [mediator.id],
      recorder: '刘记录',
      transcript: '现场查看。',
    },
    admin,
  );
  expect(investigation.ok || investigation.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '调查/调解日期（2026-02-01）不能早于受理日期（2026-05-02）。',
    details: { fields: { startAt: expect.any(String) } },
  });
  c = await mustCall(
    core,
    'session.record',
    {
      ...ref(c),
      kind: 'mediation',
      startAt: '2026-05-06T09:00',
      place: '调解室',
      mediatorIds: [mediator.id],
      recorder: '刘记录',
      partyIdsPresent: c.parties.map((p) => p.id),
      rightsNoticeGivenAtStart: true,
      transcript: '调解。',
    },
    admin,
  );
  // An agreement months before acceptance.
  const agreement = await callApi(
    core,
    'agreement.record',
    { ...ref(c), form: 'oral', concludedOn: '2026-03-01', oralContent: '退还押金五千元' },
    admin,
  );
  expect(agreement.ok || agreement.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '协议日期（2026-03-01）不能早于调查/调解日期（2026-05-06）。',
    details: { fields: { concludedOn: expect.any(String) } },
  });
  c = await mustCall(
    core,
    'agreement.record',
    { ...ref(c), form: 'oral', concludedOn: '2026-05-06', oralContent: '退还押金五千元' },
    admin,
  );
  // A 回访 before the agreement.
  const followUp = await callApi(
    core,
    'followUp.record',
    {
      ...ref(c),
      visitedOn: '2026-05-01',
      method: 'phone',
      visitor: '孙调解',
      partyIds: [c.parties[0]!.id],
      situation: '回访。',
    },
    admin,
  );
  expect(followUp.ok || followUp.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '回访日期（2026-05-01）不能早于生效日期（2026-05-06）。',
    details: { fields: { visitedOn: expect.any(String) } },
  });
  // A 结案 before the 回访 already recorded.
  c = await mustCall(
    core,
    'followUp.record',
    {
      ...ref(c),
      visitedOn: '2026-05-20',
      method: 'phone',
      visitor: '孙调解',
      partyIds: [c.parties[0]!.id],
      situation: '回访。',
    },
    admin,
  );
  const close = await callApi(core, 'case.close', { ...ref(c), closedOn: '2026-05-10' }, admin);
  expect(close.ok || close.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '结案日期（2026-05-10）不能早于回访日期（2026-05-20）。',
    details: { fields: { closedOn: expect.any(String) } },
  });
  const after = await mustCall(core, 'case.get', { id: c.id }, admin);
  expect(after.version).toBe(c.version);
});

test('birth dates and 纠纷发生日期 may not lie in the future', async () => {
  const birth = await callApi(
    core,
    'case.create',
    {
      ...paperCase,
      parties: [{ role: 'applicant', name: '赵明', birthDate: '2027-01-01' }, paperCase.parties[1]!],
    },
    admin,
  );
  expect(birth.ok || birth.error).toMatchObject({
    code: 'INVALID_INPUT',
    details: { fields: { 'parties.0.birthDate': '出生日期（2027-01-01）不能晚于今天（2026-11-22）。' } },
  });
  const accepted = await acceptLive(await registerLive('已受理的案件'));
  const edited = await callApi(
    core,
    'case.update',
    { ...ref(accepted), fields: { appliedOn: '2026-11-23', occurredOn: '2026-11-01' } },
    admin,
  );
  expect(edited.ok || edited.error).toMatchObject({
    code: 'INVALID_INPUT',
    details: { fields: { 'fields.appliedOn': '申请日期（2026-11-23）不能晚于今天（2026-11-22）。' } },
  });
  const future = await callApi(
    core,
    'case.update',
    { ...ref(accepted), fields: { occurredOn: '2026-11-30' } },
    admin,
  );
  expect(future.ok || future.error).toMatchObject({
    code: 'INVALID_INPUT',
    details: { fields: { 'fields.occurredOn': '纠纷发生日期（2026-11-30）不能晚于今天（2026-11-22）。' } },
  });
  const occurred = await callApi(core, 'case.create', { ...paperCase, occurredOn: '2026-12-01' }, admin);
  expect(occurred.ok || occurred.error).toMatchObject({
    code: 'INVALID_INPUT',
    details: { fields: { occurredOn: '纠纷发生日期（2026-12-01）不能晚于今天（2026-11-22）。' } },
  });
});

test.each([
  ['admin', true],
  ['reviewer', true],
  ['intake', false],
  ['mediator', false],
  ['statistician', false],
  ['leader', false],
] as const)('%s → case.backfill: %s', (role, allowed) => {
  expect(roleHasPermission(role, 'case.backfill')).toBe(allowed);
});
