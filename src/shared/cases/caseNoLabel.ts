/**
 * What to show where a case has no 案号 yet. A number is allocated only at 受理, so a case without one
 * is 待受理 only while it is still waiting for 受理; a voided, refused or transferred case never got
 * one and must not read as waiting (issue 15 item 9).
 */
import type { CaseStatus } from '../types/caseStatus.ts';

const WITHOUT_NUMBER: Partial<Record<CaseStatus, string>> = {
  registered: '待受理',
  voided: '未编号（已作废）',
  rejected: '未编号（不予受理）',
  transferred: '未编号（受理前已移交）',
  closed: '未编号',
};

export function caseNoLabel(caseNo: string | null, status: CaseStatus): string {
  return caseNo ?? WITHOUT_NUMBER[status] ?? '未编号';
}
