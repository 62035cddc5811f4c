import type { CaseSummary } from './dispute.ts';
import type { CalendarEntry } from './mediator.ts';

export const DEADLINE_KINDS = ['case', 'obligation', 'confirmation', 'follow_up', 'reply'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  case: '调解期限',
  obligation: '协议履行期限',
  confirmation: '司法确认申请期限',
  follow_up: '回访',
  reply: '答复转办单位',
};

export interface DeadlineItem {
  readonly kind: DeadlineKind;
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly caseTitle: string;
  readonly dueDate: string;
  /** 0 = due today; negative = overdue by that many days. */
  readonly daysLeft: number;
  /** What is due, in Chinese: 调解期限届满, 张某支付赔偿款…, 司法确认申请截止. */
  readonly description: string;
  /** The obligation or follow-up task concerned, if any. */
  readonly refId: string | null;
}

export interface DeadlineLists {
  readonly today: string;
  readonly dueSoon: readonly DeadlineItem[];
  readonly overdue: readonly DeadlineItem[];
}

export interface Dashboard extends DeadlineLists {
  readonly openCases: readonly CaseSummary[];
  readonly openCaseCount: number;
  readonly todaysSessions: readonly CalendarEntry[];
  /** Planned 回访 due today or earlier. */
  readonly followUpsDue: readonly DeadlineItem[];
}

export interface HolidayDay {
  readonly date: string;
  readonly kind: 'holiday' | 'workday';
  readonly name: string;
}
