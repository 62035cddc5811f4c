import type { CaseStatus } from './caseStatus.ts';
import type { DeadlineItem } from './deadlines.ts';

/** A case waiting for 派单. */
export interface UnassignedCase {
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly acceptedOn: string | null;
  readonly dueDate: string | null;
}

/** The ticket-cycle sections of the 工作台: counts are complete, lists hold the first items only. */
export interface WorkQueue {
  readonly today: string;
  /** A 调解员 account not linked to any roster entry sees no assigned case. */
  readonly accountNotLinked: boolean;
  /** null for roles that may not assign. */
  readonly unassigned: { readonly count: number; readonly items: readonly UnassignedCase[] } | null;
  readonly replies: {
    readonly overdueCount: number;
    readonly dueSoonCount: number;
    readonly items: readonly DeadlineItem[];
  };
  readonly holidayWarning: string | null;
}
