/**
 * Who acts next on a case (issue 15 item 2): one sentence per status, naming the step of the ticket
 * cycle (接单—核单—派单—办单—交单—评单) and the roles whose permissions allow it. The roles come from
 * `roles.ts`, so a change of permissions changes the sentence too; nothing ends in a dead end
 * without saying who acts.
 */
import type { Permission } from '../api/permissions.ts';
import { ROLE_LABELS, ROLES, roleHasPermission } from '../api/roles.ts';
import type { CaseStatus } from '../types/caseStatus.ts';

/** 调解员、审核员（司法所）或管理员: the roles holding `permission`, administrator last. */
export function whoMay(permission: Permission): string {
  const roles = ROLES.filter((r) => r !== 'admin' && roleHasPermission(r, permission));
  const labels = [...roles.map((r) => ROLE_LABELS[r]), ROLE_LABELS.admin];
  if (labels.length === 1) return labels[0]!;
  return `${labels.slice(0, -1).join('、')}或${labels.at(-1)!}`;
}

export interface NextStepFacts {
  readonly status: CaseStatus;
  readonly activeMediatorCount: number;
  /** A reply to the referrer is due and the final one has not gone out. */
  readonly replyDueOn?: string | null;
}

export interface NextStep {
  /** The step of the ticket cycle: 核单, 派单, 办单, 交单, 评单, 归档. */
  readonly step: string;
  /** What is to be done and by whom, in one sentence. */
  readonly text: string;
  /** The permission the step needs (the 工作台 lists use it too). */
  readonly permission: Permission | null;
}

export function nextStep(facts: NextStepFacts): NextStep {
  const reply = facts.replyDueOn ? `；另须在 ${facts.replyDueOn} 前答复转办单位` : '';
  switch (facts.status) {
    case 'registered':
      return {
        step: '核单',
        text: `由${whoMay('case.triage')}核实后受理或不予受理${reply}。`,
        permission: 'case.triage',
      };
    case 'accepted':
      return facts.activeMediatorCount === 0
        ? {
            step: '派单',
            text: `由${whoMay('case.assign')}指派调解员（见工作台“待指派”）${reply}。`,
            permission: 'case.assign',
          }
        : {
            step: '办单',
            text: `由承办调解员告知权利义务、安排调查或调解${reply}。`,
            permission: 'case.write',
          };
    case 'in_mediation':
      return {
        step: '办单',
        text: `由承办调解员继续调解，达成协议或终止调解${reply}。`,
        permission: 'case.write',
      };
    case 'agreed':
    case 'performing':
      return {
        step: '评单',
        text: `由承办调解员跟踪协议履行并回访，履行后由${whoMay('case.close')}结案${reply}。`,
        permission: 'case.write',
      };
    case 'performed':
    case 'terminated':
      return { step: '交单', text: `由${whoMay('case.close')}结案${reply}。`, permission: 'case.close' };
    case 'transferred':
      return {
        step: '交单',
        text: `已移交，等待接收方反馈；接收方退回时登记“退回本组织”，案件回到本组织重新受理或派单${reply}。`,
        permission: 'case.write',
      };
    case 'rejected':
      return { step: '核单', text: `已不予受理，无需继续办理${reply}。`, permission: null };
    case 'closed':
      return {
        step: '归档',
        text: `由${whoMay('case.archive')}检查卷宗后归档${reply}。`,
        permission: 'case.archive',
      };
    case 'archived':
    case 'voided':
      return { step: '', text: '', permission: null };
  }
}
