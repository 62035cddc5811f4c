import { describe, expect, test } from 'vitest';
import {
  CASE_ACTIONS,
  CASE_ACTION_NAMES,
  checkCaseAction,
  evaluateCaseAction,
  type CaseAction,
  type CaseFacts,
} from '../../../src/shared/cases/caseStateMachine.ts';
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../../../src/shared/types/caseStatus.ts';
import { AppError } from '../../../src/shared/errors.ts';

/** Facts under which every guard passes, so only the status decides. */
const ALL_GOOD: CaseFacts = {
  principalPartyCount: 2,
  refusedPartyNames: [],
  activeMediatorCount: 1,
  heldMediationSessionCount: 1,
  heldSessionCount: 0,
  dossierGaps: [],
};

/** The expected table, written out independently of the implementation: action → allowed from → to. */
const EXPECTED: Record<CaseAction, { from: CaseStatus[]; to: CaseStatus | null }> = {
  accept: { from: ['registered'], to: 'accepted' },
  reject: { from: ['registered'], to: 'rejected' },
  void: { from: ['registered', 'accepted'], to: 'voided' },
  start_mediation: { from: ['accepted'], to: 'in_mediation' },
  record_agreement: { from: ['in_mediation'], to: 'agreed' },
  begin_performance: { from: ['agreed'], to: 'performing' },
  complete_performance: { from: ['agreed', 'performing'], to: 'performed' },
  terminate: { from: ['accepted', 'in_mediation'], to: 'terminated' },
  transfer: { from: ['registered', 'accepted', 'in_mediation'], to: 'transferred' },
  close: { from: ['agreed', 'performing', 'performed', 'terminated', 'transferred'], to: 'closed' },
  archive: { from: ['closed'], to: 'archived' },
  edit_details: {
    from: [
      'registered',
      'accepted',
      'in_mediation',
      'agreed',
      'performing',
      'performed',
      'terminated',
      'transferred',
      'rejected',
      'closed',
    ],
    to: null,
  },
  manage_parties: { from: ['registered', 'accepted', 'in_mediation'], to: null },
  record_refusal: { from: ['registered', 'accepted', 'in_mediation'], to: null },
  give_rights_notice: { from: ['registered', 'accepted', 'in_mediation'], to: null },
  assign_mediator: { from: ['accepted', 'in_mediation'], to: null },
  recuse_mediator: { from: ['accepted', 'in_mediation'], to: null },
  schedule_session: { from: ['accepted', 'in_mediation'], to: null },
  record_session: { from: ['accepted', 'in_mediation'], to: null },
  extend_deadline: { from: ['accepted', 'in_mediation'], to: null },
  manage_agreement: { from: ['agreed', 'performing', 'performed', 'closed'], to: null },
  record_follow_up: { from: ['agreed', 'performing', 'performed', 'closed'], to: null },
  judicial_confirmation: { from: ['agreed', 'performing', 'performed', 'closed'], to: null },
  transfer_feedback: { from: ['transferred', 'closed'], to: null },
  take_back: { from: ['transferred', 'closed'], to: 'accepted' },
  take_back_unaccepted: { from: ['transferred', 'closed'], to: 'registered' },
  add_attachment: {
    from: [
      'registered',
      'accepted',
      'in_mediation',
      'agreed',
      'performing',
      'performed',
      'terminated',
      'transferred',
      'rejected',
      'closed',
    ],
    to: null,
  },
  record_reply: {
    from: [
      'registered',
      'accepted',
      'in_mediation',
      'agreed',
      'performing',
      'performed',
      'terminated',
      'transferred',
      'rejected',
      'closed',
    ],
    to: null,
  },
};

test('the expected table covers exactly the actions of the state machine', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...CASE_ACTION_NAMES].sort());
});

describe.each(CASE_ACTION_NAMES)('%s', (action) => {
  const expected = EXPECTED[action];
  test.each(CASE_STATUSES)(`from %s`, (status) => {
    const result = evaluateCaseAction(status, action, ALL_GOOD);
    if (expected.from.includes(status)) {
      expect(result).toEqual({ allowed: true, to: expected.to ?? status });
    } else {
      expect(result.allowed).toBe(false);
      if (!result.allowed) {
        // The message names the current state and the action refused.
        expect(result.message).toContain(`当前状态为“${CASE_STATUS_LABELS[status]}”`);
        expect(result.message).toContain(CASE_ACTIONS[action].label);
      }
    }
  });
});

test('archived and voided cases refuse every action as read-only', () => {
  for (const status of ['archived', 'voided'] as const) {
    for (const action of CASE_ACTION_NAMES) {
      const result = evaluateCaseAction(status, action, ALL_GOOD);
      expect(result.allowed).toBe(false);
      if (!result.allowed) expect(result.message).toMatch(/只能查看，不能修改/);
    }
  }
});

test('guards name what is missing', () => {
  expect(evaluateCaseAction('registered', 'accept', { ...ALL_GOOD, principalPartyCount: 0 })).toEqual({
    allowed: false,
    message: '当前状态为“待受理”，不能受理：需要先登记至少一名当事人。',
  });
  const refused = evaluateCaseAction('registered', 'accept', { ...ALL_GOOD, refusedPartyNames: ['李卫东'] });
  expect(refused.allowed).toBe(false);
  if (!refused.allowed) expect(refused.message).toContain('李卫东已明确拒绝调解');
  const noMediator = evaluateCaseAction('accepted', 'record_session', {
    ...ALL_GOOD,
    activeMediatorCount: 0,
  });
  expect(noMediator.allowed || noMediator.message).toContain('需要先指派调解员');
  const noSession = evaluateCaseAction('in_mediation', 'record_agreement', {
    ...ALL_GOOD,
    heldMediationSessionCount: 0,
  });
  expect(noSession.allowed || noSession.message).toContain('调解笔录');
  const gaps = evaluateCaseAction('closed', 'archive', {
    ...ALL_GOOD,
    dossierGaps: ['当事人权利义务告知书'],
  });
  expect(gaps.allowed || gaps.message).toContain('卷宗缺少必备材料：当事人权利义务告知书');
  const held = evaluateCaseAction('accepted', 'void', { ...ALL_GOOD, heldSessionCount: 1 });
  expect(held.allowed || held.message).toContain('请改为终止调解');
});

test('closing without an outcome says what is needed', () => {
  const result = evaluateCaseAction('in_mediation', 'close', ALL_GOOD);
  expect(result).toEqual({
    allowed: false,
    message: '当前状态为“调解中”，不能结案：结案前需先有调解结果：达成协议、终止调解或移交。',
  });
});

test('checkCaseAction throws INVALID_STATE with the status and action in details', () => {
  try {
    checkCaseAction('closed', 'accept');
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_STATE');
    expect((error as AppError).details).toEqual({ status: 'closed', action: 'accept' });
  }
});
