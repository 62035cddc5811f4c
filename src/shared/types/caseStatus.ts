/** Case statuses of the state machine in domain §2.3 (see src/shared/cases/caseStateMachine.ts). */
export const CASE_STATUSES = [
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
  'archived',
  'voided',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '待受理',
  accepted: '已受理',
  in_mediation: '调解中',
  agreed: '达成协议',
  performing: '履行中',
  performed: '履行完毕',
  terminated: '终止调解',
  transferred: '已移交',
  rejected: '不予受理',
  closed: '已结案',
  archived: '已归档',
  voided: '已作废',
};

/** Statuses in which work on the case is still expected (lists of open cases, caseload). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['registered', 'accepted', 'in_mediation'];

/** Statuses whose 30-day handling clock runs (domain §2.2 art. 33). */
export const CLOCK_RUNNING_STATUSES: readonly CaseStatus[] = ['accepted', 'in_mediation'];
