/**
 * The case state machine of domain §2.3, as one table. Every service that changes a case asks
 * `checkCaseAction` first, inside its transaction, so the rule holds whichever screen (or script) calls
 * the API. Actions either move the case (`to`) or are activities allowed in some states (`to: null`).
 *
 * Guards look only at facts about the stored case; checks on the request itself (dates, amounts, who
 * consented) stay in the service, because they are input errors rather than a wrong state.
 */
import { AppError } from '../errors.ts';
import { CASE_STATUS_LABELS, type CaseStatus } from '../types/caseStatus.ts';
import { whoMay } from './nextStep.ts';

/** What the guards may need to know about a case; services fill in what the action asks for. */
export interface CaseFacts {
  /** Applicants, respondents and third parties (not agents). */
  readonly principalPartyCount?: number;
  /** Names of parties who explicitly refused mediation (人民调解法 art. 17). */
  readonly refusedPartyNames?: readonly string[];
  readonly activeMediatorCount?: number;
  readonly heldMediationSessionCount?: number;
  readonly heldSessionCount?: number;
  /** Labels of mandatory dossier items neither present nor explained. */
  readonly dossierGaps?: readonly string[];
}

type Guard = (facts: CaseFacts, status: CaseStatus) => string | null;

const hasParties: Guard = (f) => ((f.principalPartyCount ?? 0) > 0 ? null : '需要先登记至少一名当事人');
// What is still possible depends on the status: 不予受理 only before 受理, 终止调解 after it.
const noRefusal: Guard = (f, status) =>
  f.refusedPartyNames && f.refusedPartyNames.length > 0
    ? `当事人${f.refusedPartyNames.join('、')}已明确拒绝调解，依法不得调解，${status === 'registered' ? '只能不予受理' : '只能终止调解'}`
    : null;
const hasMediator: Guard = (f) =>
  (f.activeMediatorCount ?? 0) > 0 ? null : `需要先指派调解员（派单由${whoMay('case.assign')}办理）`;
const hasMediationSession: Guard = (f) =>
  (f.heldMediationSessionCount ?? 0) > 0 ? null : '需要先记录至少一次调解（调解笔录）';
const noSessionHeld: Guard = (f) =>
  (f.heldSessionCount ?? 0) === 0 ? null : '已经进行过调查或调解，不能作废，请改为终止调解';
const dossierComplete: Guard = (f) =>
  f.dossierGaps && f.dossierGaps.length > 0
    ? `卷宗缺少必备材料：${f.dossierGaps.join('、')}；请补齐，或填写卷宗情况说明`
    : null;

export interface CaseActionSpec {
  /** Chinese verb phrase used in messages: 不能“受理”. */
  readonly label: string;
  readonly from: readonly CaseStatus[];
  /** The new status, or null for an activity that leaves the status unchanged. */
  readonly to: CaseStatus | null;
  /** Said when the status is wrong: what has to happen first. */
  readonly needs: string;
  readonly guards: readonly Guard[];
}

const HANDLING: readonly CaseStatus[] = ['accepted', 'in_mediation'];
const BEFORE_OUTCOME: readonly CaseStatus[] = ['registered', 'accepted', 'in_mediation'];
const AFTER_AGREEMENT: readonly CaseStatus[] = ['agreed', 'performing', 'performed', 'closed'];
const NOT_FINAL: readonly CaseStatus[] = [
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
];

export const CASE_ACTIONS = {
  accept: {
    label: '受理',
    from: ['registered'],
    to: 'accepted',
    needs: '只有待受理的案件才能受理',
    guards: [hasParties, noRefusal],
  },
  reject: {
    label: '不予受理',
    from: ['registered'],
    to: 'rejected',
    needs: '只有待受理的案件才能决定不予受理',
    guards: [],
  },
  void: {
    label: '作废',
    from: ['registered', 'accepted'],
    to: 'voided',
    needs: '只有尚未开始调解的案件才能作废（误登记）；已开始调解的请终止调解',
    guards: [noSessionHeld],
  },
  start_mediation: {
    label: '开始调解',
    from: ['accepted'],
    to: 'in_mediation',
    needs: '案件需先受理',
    guards: [noRefusal, hasMediator],
  },
  record_agreement: {
    label: '登记调解协议',
    from: ['in_mediation'],
    to: 'agreed',
    needs: '案件需处于调解中（受理、派单并记录调解后才能登记协议）',
    guards: [hasMediationSession],
  },
  begin_performance: {
    label: '开始履行',
    from: ['agreed'],
    to: 'performing',
    needs: '案件需先达成协议',
    guards: [],
  },
  complete_performance: {
    label: '履行完毕',
    from: ['agreed', 'performing'],
    to: 'performed',
    needs: '案件需先达成协议',
    guards: [],
  },
  terminate: {
    label: '终止调解',
    from: HANDLING,
    to: 'terminated',
    needs: '只有已受理或调解中的案件才能终止调解；待受理的案件请选择不予受理',
    guards: [],
  },
  transfer: {
    label: '移交',
    from: BEFORE_OUTCOME,
    to: 'transferred',
    needs: '只有尚未得出调解结果的案件才能移交',
    guards: [],
  },
  close: {
    label: '结案',
    from: ['agreed', 'performing', 'performed', 'terminated', 'transferred'],
    to: 'closed',
    needs: '结案前需先有调解结果：达成协议、终止调解或移交',
    guards: [],
  },
  archive: {
    label: '归档',
    from: ['closed'],
    to: 'archived',
    needs: '案件需先结案',
    guards: [dossierComplete],
  },

  edit_details: { label: '修改案件信息', from: NOT_FINAL, to: null, needs: '', guards: [] },
  manage_parties: {
    label: '修改当事人',
    from: BEFORE_OUTCOME,
    to: null,
    needs: '调解结果形成后不能再修改当事人',
    guards: [],
  },
  record_refusal: {
    label: '登记拒绝调解',
    from: BEFORE_OUTCOME,
    to: null,
    needs: '调解结果形成后不能再登记拒绝调解',
    guards: [],
  },
  give_rights_notice: {
    label: '登记权利义务告知',
    from: BEFORE_OUTCOME,
    to: null,
    needs: '调解结果形成后不能再登记告知',
    guards: [],
  },
  assign_mediator: {
    label: '指派调解员',
    from: HANDLING,
    to: null,
    needs: '案件需先受理才能派单',
    guards: [noRefusal],
  },
  recuse_mediator: {
    label: '调解员回避',
    from: HANDLING,
    to: null,
    needs: '只有办理中的案件才能申请回避',
    guards: [],
  },
  schedule_session: {
    label: '安排调查/调解',
    from: HANDLING,
    to: null,
    needs: '案件需先受理',
    guards: [noRefusal, hasMediator],
  },
  record_session: {
    label: '记录调查/调解',
    from: HANDLING,
    to: null,
    needs: '案件需先受理并派单',
    guards: [noRefusal, hasMediator],
  },
  extend_deadline: {
    label: '延长调解期限',
    from: HANDLING,
    to: null,
    needs: '只有办理中的案件才能延期',
    guards: [],
  },
  manage_agreement: {
    label: '修改协议履行情况',
    from: AFTER_AGREEMENT,
    to: null,
    needs: '案件需先达成协议',
    guards: [],
  },
  record_follow_up: {
    label: '登记回访',
    from: AFTER_AGREEMENT,
    to: null,
    needs: '回访需在达成协议之后',
    guards: [],
  },
  judicial_confirmation: {
    label: '登记司法确认',
    from: AFTER_AGREEMENT,
    to: null,
    needs: '司法确认需在达成协议之后',
    guards: [],
  },
  take_back: {
    label: '收回重新办理（退单）',
    from: ['transferred', 'closed'],
    to: 'accepted',
    needs: '只有已移交的案件被退回后才能收回重新办理',
    guards: [],
  },
  take_back_unaccepted: {
    label: '收回重新受理（退单）',
    from: ['transferred', 'closed'],
    to: 'registered',
    needs: '只有已移交的案件被退回后才能收回',
    guards: [],
  },
  transfer_feedback: {
    label: '登记移交反馈',
    from: ['transferred', 'closed'],
    to: null,
    needs: '只有已移交的案件才能登记接收方反馈',
    guards: [],
  },
  add_attachment: { label: '添加附件', from: NOT_FINAL, to: null, needs: '', guards: [] },
  record_reply: { label: '登记答复（交单）', from: NOT_FINAL, to: null, needs: '', guards: [] },
} as const satisfies Record<string, CaseActionSpec>;

export type CaseAction = keyof typeof CASE_ACTIONS;
export const CASE_ACTION_NAMES = Object.keys(CASE_ACTIONS) as CaseAction[];

/** Why a status refuses every change, whatever the action. */
function finalStateReason(status: CaseStatus): string | null {
  if (status === 'archived') return '已归档的案件只能查看，不能修改';
  if (status === 'voided') return '已作废的案件只能查看，不能修改';
  return null;
}

export type ActionCheck =
  { readonly allowed: true; readonly to: CaseStatus } | { readonly allowed: false; readonly message: string };

/** Whether `action` may run on a case in `status` with these facts; the new status if it may. */
export function evaluateCaseAction(
  status: CaseStatus,
  action: CaseAction,
  facts: CaseFacts = {},
): ActionCheck {
  const spec: CaseActionSpec = CASE_ACTIONS[action];
  const prefix = `当前状态为“${CASE_STATUS_LABELS[status]}”，不能${spec.label}`;
  if (!spec.from.includes(status)) {
    const reason = finalStateReason(status) ?? spec.needs;
    return { allowed: false, message: `${prefix}：${reason}。` };
  }
  const missing = spec.guards.map((guard) => guard(facts, status)).filter((m): m is string => m !== null);
  if (missing.length > 0) return { allowed: false, message: `${prefix}：${missing.join('；')}。` };
  return { allowed: true, to: spec.to ?? status };
}

/** Like `evaluateCaseAction`, but throws INVALID_STATE naming the current state and what is missing. */
export function checkCaseAction(status: CaseStatus, action: CaseAction, facts: CaseFacts = {}): CaseStatus {
  const result = evaluateCaseAction(status, action, facts);
  if (!result.allowed) {
    throw new AppError('INVALID_STATE', result.message, { status, action });
  }
  return result.to;
}

/** Actions a screen may offer for a case in `status` (guards are checked again on the server). */
export function actionsFrom(status: CaseStatus): CaseAction[] {
  return CASE_ACTION_NAMES.filter((name) =>
    (CASE_ACTIONS[name].from as readonly CaseStatus[]).includes(status),
  );
}
