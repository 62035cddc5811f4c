import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, ID_WOMAN, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import { caseArchiveInput } from '../../../src/shared/schemas/triage.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import {
  agreementRecordInput,
  followUpRecordInput,
  sessionRecordInput,
} from '../../../src/shared/schemas/handling.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { AppError } from '../../../src/shared/errors.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

async function rejects(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (pattern) expect((error as AppError).message).toMatch(pattern);
  return error as AppError;
}

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

async function mediator(name = '陈调解') {
  return kit.s.mediators.create(
    mediatorCreateInput.parse({ name, employment: 'full_time', specialties: ['neighbourhood'] }),
  );
}

async function acceptedAndAssigned() {
  const c = await registerCase(kit);
  const accepted = await kit.s.triage.accept(
    { ...ref(c), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const m = await mediator();
  const assigned = await kit.s.mediators.assign(
    { ...ref(accepted), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  return { c: assigned, m };
}

function mediationSession(c: CaseDetail, mediatorId: string, extra: Record<string, unknown> = {}) {
  return sessionRecordInput.parse({
    ...ref(c),
    kind: 'mediation',
    startAt: '2026-03-02T09:00',
    endAt: '2026-03-02T10:30',
    place: '尧化街道人民调解室',
    mediatorIds: [mediatorId],
    recorder: '刘记录',
    partyIdsPresent: c.parties.map((p) => p.id),
    transcript: '双方陈述事实……经调解达成一致。',
    result: '达成协议',
    ...extra,
  });
}

test('front desk to archive: accept, assign, notice, session, written agreement, follow-up, close, archive', async () => {
  const { c, m } = await acceptedAndAssigned();
  expect(c.caseNo).toBe('（2026）栖尧人调字第1号');
  expect(c.assignments[0]).toMatchObject({ mediatorName: '陈调解', role: 'lead', endedAt: null });

  // No 调解 before the 权利义务告知.
  await rejects(
    kit.s.sessions.record(mediationSession(c, m.id), ACTOR),
    'INVALID_STATE',
    /尚未告知：张建国、李卫东/,
  );
  const notified = await kit.s.parties.recordRightsNotice(
    {
      ...ref(c),
      partyIds: c.parties.map((p) => p.id),
      givenOn: '2026-03-02',
      form: 'written',
      givenBy: '陈调解',
      note: null,
    },
    ACTOR,
  );
  const mediated = await kit.s.sessions.record(mediationSession(notified, m.id), ACTOR);
  expect(mediated.status).toBe('in_mediation');
  expect(mediated.sessions).toHaveLength(1);

  const [applicant, respondent] = mediated.parties;
  const agreed = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(mediated),
      form: 'written',
      concludedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      obligations: [
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: '支付房屋漏水损失赔偿款',
          amountFen: 3_560_000,
          dueDate: '2026-03-10',
          manner: '银行转账',
        },
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: '修复卫生间防水层',
          dueDate: '2026-03-20',
        },
      ],
    }),
    ACTOR,
  );
  expect(agreed.status).toBe('agreed');
  expect(agreed.agreement).toMatchObject({
    totalAmountFen: 3_560_000,
    totalAmountText: '人民币叁万伍仟陆佰元整（¥35,600.00）',
    confirmable: true,
    // 2026-03-02 + 30 days = 2026-04-01, a Wednesday.
    confirmationDeadline: '2026-04-01',
  });
  // 回访 tasks: the day after each obligation's due date, and 15 days after the effective date.
  expect(agreed.followUps.map((f) => [f.reason, f.dueOn])).toEqual([
    ['obligation_due', '2026-03-11'],
    ['agreement_effective', '2026-03-17'],
    ['obligation_due', '2026-03-21'],
  ]);

  // Recording a follow-up updates performance and the case status.
  kit.clock.set('2026-03-11T02:00:00.000Z');
  const task = agreed.followUps[0]!;
  const visited = await kit.s.followUps.record(
    followUpRecordInput.parse({
      ...ref(agreed),
      followUpId: task.id,
      visitedOn: '2026-03-11',
      method: 'phone',
      visitor: '陈调解',
      partyIds: [applicant!.id],
      satisfaction: 'satisfied',
      situation: '赔偿款已收到。',
      performance: [
        {
          obligationId: agreed.agreement!.obligations[0]!.id,
          status: 'performed',
          performedAmountFen: 3_560_000,
          performedOn: '2026-03-09',
        },
      ],
    }),
    ACTOR,
  );
  expect(visited.status).toBe('performing');
  expect(visited.followUps.find((f) => f.id === task.id)).toMatchObject({
    status: 'done',
    performanceFound: 'partially_performed',
    satisfaction: 'satisfied',
  });

  kit.clock.set('2026-03-21T02:00:00.000Z');
  const done = await kit.s.agreements.updatePerformance(
    {
      ...ref(visited),
      updates: [
        {
          obligationId: visited.agreement!.obligations[1]!.id,
          status: 'performed',
          performedOn: '2026-03-19',
          note: null,
        },
      ],
    },
    ACTOR,
  );
  expect(done.status).toBe('performed');

  const closed = await kit.s.triage.close({ ...ref(done), closedOn: '2026-03-21', note: null }, ACTOR);
  expect(closed.status).toBe('closed');

  // One principal has no ID number or ID copy: archiving is refused until explained.
  const check = await kit.s.triage.dossierCheck(closed.id);
  expect(check.items.filter((i) => i.state === 'missing').map((i) => i.item)).toEqual(['party_identity']);
  const archiveInput = {
    ...ref(closed),
    archivedOn: '2026-03-21',
    filer: '刘记录',
    checker: '王秀兰',
    checkedOn: '2026-03-21',
    retention: '10_years' as const,
  };
  await rejects(
    kit.s.triage.archive(caseArchiveInput.parse(archiveInput), ACTOR),
    'INVALID_STATE',
    /当事人身份证明（当事人李卫东没有证件号码或身份证明材料）/,
  );
  const explained = {
    ...archiveInput,
    explanations: { party_identity: '被申请人拒绝提供身份证复印件，已核验原件。' },
  };
  // Planned 回访 still open: archiving asks why they will not take place, and changes nothing.
  await rejects(
    kit.s.triage.archive(caseArchiveInput.parse(explained), ACTOR),
    'INVALID_INPUT',
    /还有2次计划回访未进行/,
  );
  const archived = await kit.s.triage.archive(
    caseArchiveInput.parse({ ...explained, openFollowUpReason: '协议已全部履行，电话确认无需再回访' }),
    ACTOR,
  );
  expect(archived.followUps.filter((f) => f.status === 'planned')).toEqual([]);
  expect(archived.followUps.filter((f) => f.status === 'cancelled')).toHaveLength(2);
  expect(archived.status).toBe('archived');
  // 检查人/检查日期 asked at 归档 print on the 卷内备考表.
  expect(archived).toMatchObject({ archiveChecker: '王秀兰', archiveCheckedOn: '2026-03-21' });
  expect((await kit.s.cases.documentData(archived.id)).dossier).toMatchObject({
    checker: '王秀兰',
    checkedAt: '2026-03-21',
  });
  expect(archived.dossierExplanations).toEqual([
    { item: 'party_identity', text: '被申请人拒绝提供身份证复印件，已核验原件。' },
  ]);

  // Archived cases are read-only.
  await rejects(
    kit.s.cases.update({ ...ref(archived), fields: { summary: '改动' } }, ACTOR),
    'INVALID_STATE',
    /已归档的案件只能查看/,
  );

  const timeline = await kit.s.cases.timeline(archived.id);
  expect(timeline.map((e) => e.action)).toEqual([
    'register',
    'accept',
    'assign_mediator',
    'give_rights_notice',
    'record_session',
    'start_mediation',
    'record_agreement',
    'record_follow_up',
    'begin_performance',
    'manage_agreement',
    'complete_performance',
    'close',
    'archive',
  ]);
  expect(timeline.every((e) => e.actor === ACTOR)).toBe(true);
  // The timeline cannot be rewritten.
  expect(() => kit.opened.sqlite.prepare('DELETE FROM case_event').run()).toThrow(/append-only/);
  expect(() => kit.opened.sqlite.prepare('DELETE FROM dispute_case').run()).toThrow(/never deleted/);
});

test('a stale edit is refused with CONFLICT instead of overwriting', async () => {
  const c = await registerCase(kit);
  await kit.s.cases.update({ ...ref(c), fields: { summary: '第一个窗口的修改' } }, ACTOR);
  const error = await rejects(
    kit.s.cases.update({ ...ref(c), fields: { summary: '第二个窗口的修改' } }, ACTOR),
    'CONFLICT',
    /已被其他人或其他窗口修改/,
  );
  expect(error.details).toEqual({ expectedVersion: c.version });
  expect((await kit.s.cases.get(c.id)).summary).toBe('第一个窗口的修改');
});

test('不予受理 records the reason and channels; the case cannot then be accepted', async () => {
  const c = await registerCase(kit);
  const rejected = await kit.s.triage.reject(
    {
      ...ref(c),
      rejectedOn: '2026-03-02',
      reasonCode: 'already_handled',
      reason: null,
      channels: ['litigation'],
      advice: '已告知可向栖霞区人民法院起诉',
    },
    ACTOR,
  );
  expect(rejected.status).toBe('rejected');
  expect(rejected.caseNo).toBeNull();
  expect(rejected.disposal).toMatchObject({
    reasonCode: 'already_handled',
    channels: ['litigation'],
    reason: '已由人民法院、公安机关或其他行政机关受理或解决',
  });
  await rejects(
    kit.s.triage.accept(
      { ...ref(rejected), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
      ACTOR,
    ),
    'INVALID_STATE',
    /当前状态为“不予受理”，不能受理/,
  );
});

test("a party's explicit refusal blocks acceptance and mediation; termination advises other channels", async () => {
  const { c, m } = await acceptedAndAssigned();
  const refused = await kit.s.parties.recordRefusal(
    { ...ref(c), partyId: c.parties[1]!.id, refusedOn: '2026-03-02', note: '不愿调解' },
    ACTOR,
  );
  await rejects(
    kit.s.sessions.record(mediationSession(refused, m.id, { rightsNoticeGivenAtStart: true }), ACTOR),
    'INVALID_STATE',
    /李卫东已明确拒绝调解/,
  );
  const terminated = await kit.s.triage.terminate(
    {
      ...ref(refused),
      terminatedOn: '2026-03-02',
      reasonCode: 'party_refused',
      reason: null,
      channels: ['litigation', 'administrative'],
      advice: null,
    },
    ACTOR,
  );
  expect(terminated.status).toBe('terminated');
  const closed = await kit.s.triage.close({ ...ref(terminated), closedOn: '2026-03-02', note: null }, ACTOR);
  expect(closed.status).toBe('closed');
  const check = await kit.s.triage.dossierCheck(closed.id);
  expect(check.items.find((i) => i.item === 'outcome_document')?.state).toBe('present');
  expect(check.items.find((i) => i.item === 'mediation_record')?.state).toBe('missing');
  expect(check.items.find((i) => i.item === 'follow_up')?.state).toBe('not_required');
});

test('void: a case registered in error is kept, marked and read-only', async () => {
  const c = await registerCase(kit);
  const voided = await kit.s.triage.void({ ...ref(c), reason: '重复登记，与另一案为同一纠纷' }, ACTOR);
  expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记，与另一案为同一纠纷' });
  expect(voided.voidedAt).not.toBeNull();
  await rejects(
    kit.s.parties.add(
      {
        ...ref(voided),
        party: { role: 'third_party', kind: 'natural', name: '王五', contacts: [], flags: [] } as never,
      },
      ACTOR,
    ),
    'INVALID_STATE',
    /已作废/,
  );
  // A case in mediation cannot be voided, only terminated.
  const { c: active, m } = await acceptedAndAssigned();
  const held = await kit.s.sessions.record(
    mediationSession(active, m.id, { rightsNoticeGivenAtStart: true }),
    ACTOR,
  );
  await rejects(
    kit.s.triage.void({ ...ref(held), reason: '误登记的案件' }, ACTOR),
    'INVALID_STATE',
    /当前状态为“调解中”，不能作废/,
  );
});

test('extension only with both parties recorded consent', async () => {
  const { c } = await acceptedAndAssigned();
  const [applicant, respondent] = c.parties;
  await rejects(
    kit.s.triage.extendDeadline(
      {
        ...ref(c),
        newDueDate: '2026-05-01',
        reason: '需要鉴定',
        consents: [{ partyId: applicant!.id, consentedOn: '2026-03-02', form: 'signed' }],
      },
      ACTOR,
    ),
    'INVALID_INPUT',
    /尚缺：李卫东/,
  );
  const extended = await kit.s.triage.extendDeadline(
    {
      ...ref(c),
      newDueDate: '2026-05-01',
      reason: '需要鉴定',
      consents: [
        { partyId: applicant!.id, consentedOn: '2026-03-02', form: 'signed' },
        { partyId: respondent!.id, consentedOn: '2026-03-02', form: 'phone_recorded' },
      ],
    },
    ACTOR,
  );
  expect(extended.dueDate).toBe('2026-05-01');
  expect(extended.extensions[0]).toMatchObject({ previousDueDate: '2026-04-01', newDueDate: '2026-05-01' });
  expect(extended.extensions[0]!.consents).toHaveLength(2);
});

test('transfer up the ladder with feedback from the receiving body', async () => {
  const c = await registerCase(kit);
  const transferred = await kit.s.triage.transfer(
    {
      ...ref(c),
      targetKind: 'police',
      targetOrganisationId: null,
      targetName: '尧化派出所',
      reason: '涉嫌殴打他人，属治安案件',
      transferredOn: '2026-03-02',
    },
    ACTOR,
  );
  expect(transferred.status).toBe('transferred');
  const fed = await kit.s.triage.recordTransferFeedback(
    {
      ...ref(transferred),
      transferId: transferred.transfers[0]!.id,
      feedbackOn: '2026-03-02',
      result: 'resolved',
      note: '已作治安调解',
    },
    ACTOR,
  );
  expect(fed.transfers[0]).toMatchObject({
    targetName: '尧化派出所',
    feedbackResult: 'resolved',
    isEscalation: false,
  });
});

test('oral agreement on a status relation: effective at once, flagged not confirmable', async () => {
  const { c, m } = await acceptedAndAssigned();
  const held = await kit.s.sessions.record(
    mediationSession(c, m.id, { rightsNoticeGivenAtStart: true }),
    ACTOR,
  );
  const agreed = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(held),
      form: 'oral',
      concludedOn: '2026-03-02',
      oralContent: '双方同意解除收养关系',
      involvesStatusRelation: true,
    }),
    ACTOR,
  );
  expect(agreed.agreement).toMatchObject({
    effectiveOn: '2026-03-02',
    confirmable: false,
    confirmationDeadline: null,
  });
  expect(agreed.agreement!.notConfirmableReason).toMatch(/身份关系/);
  await rejects(
    kit.s.agreements.recordJudicialConfirmation(
      {
        ...ref(agreed),
        court: '南京市栖霞区人民法院',
        appliedOn: '2026-03-03',
        courtCaseNo: null,
        decidedOn: null,
        result: null,
        note: null,
      },
      ACTOR,
    ),
    'INVALID_STATE',
    /不能登记司法确认/,
  );
});

test('the case detail keeps agents under their principal', async () => {
  const c = await registerCase(kit, {
    parties: [
      { role: 'applicant', name: '张建国', contacts: [{ value: '13812345678' }] },
      {
        role: 'entrusted_agent',
        name: '周律师',
        principalIndex: 0,
        agentAuthority: 'special',
        agentRelation: '律师',
      },
      { role: 'respondent', name: '李卫东', idNumber: ID_WOMAN, sex: '女' },
    ],
  });
  const agent = c.parties.find((p) => p.role === 'entrusted_agent')!;
  expect(agent.principalId).toBe(c.parties.find((p) => p.name === '张建国')!.id);
  expect(c.parties.map((p) => p.name)).toEqual(['张建国', '周律师', '李卫东']);
});
