/**
 * What the case page offers, decided from the case itself: the state machine's allowed actions
 * (`detail.allowedActions`, from CASE_ACTIONS) and its guards evaluated on the facts the page can see.
 * The core checks everything again on write.
 */
import {
  evaluateCaseAction,
  type CaseAction,
  type CaseFacts,
} from '../../../../shared/cases/caseStateMachine.ts';
import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import type { Party } from '../../../../shared/types/party.ts';
import { isAgentRole, PARTY_ROLE_LABELS } from '../../../../shared/types/partyTaxonomy.ts';

export function caseFacts(detail: CaseDetail): CaseFacts {
  const held = detail.sessions.filter((s) => s.status === 'held');
  return {
    principalPartyCount: detail.parties.filter((p) => !isAgentRole(p.role)).length,
    refusedPartyNames: detail.parties.filter((p) => p.refusedOn !== null).map((p) => p.name),
    activeMediatorCount: activeAssignments(detail).length,
    heldMediationSessionCount: held.filter((s) => s.kind === 'mediation').length,
    heldSessionCount: held.length,
  };
}

export function activeAssignments(detail: CaseDetail) {
  return detail.assignments.filter((a) => a.endedAt === null);
}

/** null when the action may be offered and run; otherwise why not (from the state machine). */
export type Availability =
  { readonly offered: false } | { readonly offered: true; readonly blockedBy: string | null };

export function availability(detail: CaseDetail, action: CaseAction): Availability {
  if (!detail.allowedActions.includes(action)) return { offered: false };
  const check = evaluateCaseAction(detail.status, action, caseFacts(detail));
  if (check.allowed) return { offered: true, blockedBy: null };
  // Drop the "当前状态为…，不能…：" prefix: the button already says what it does.
  return { offered: true, blockedBy: check.message.replace(/^当前状态为“[^”]+”，不能[^：]+：/, '') };
}

export function principals(detail: CaseDetail): Party[] {
  return detail.parties.filter((p) => !isAgentRole(p.role));
}

/** 申请人 and 被申请人: the "both parties" whose consent an extension needs. */
export function mainParties(detail: CaseDetail): Party[] {
  return detail.parties.filter((p) => p.role === 'applicant' || p.role === 'respondent');
}

export function partyLabel(party: Party): string {
  return `${PARTY_ROLE_LABELS[party.role]} ${party.name}`;
}

export function partyOptions(parties: readonly Party[]) {
  return parties.map((p) => ({ value: p.id, label: partyLabel(p) }));
}

export function partyName(detail: CaseDetail, id: string | null): string {
  if (id === null) return '—';
  return detail.parties.find((p) => p.id === id)?.name ?? '（已删除）';
}

/** Parties not yet given the 权利义务告知 (agents count through their principal). */
export function unnotifiedParties(detail: CaseDetail): Party[] {
  const notified = new Set(detail.rightsNotices.map((n) => n.partyId));
  return principals(detail).filter((p) => !notified.has(p.id));
}
