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

/** The parts of the deadline lists: 已超期, N 日内到期, 待回访 (回访 due today or earlier). */
export const DEADLINE_SECTIONS = ['overdue', 'dueSoon', 'followUpsDue'] as const;
export type DeadlineSectionName = (typeof DEADLINE_SECTIONS)[number];

/** A count and one page of a list; the 工作台 shows the first page of each section. */
export interface ListSection<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/** One page of a deadline list, most urgent (earliest due) first, with the count of each kind. */
export interface DeadlineSection extends ListSection<DeadlineItem> {
  readonly byKind: Readonly<Record<DeadlineKind, number>>;
  readonly page: number;
  readonly pageSize: number;
}

/** `deadline.list`: one section, paged and optionally narrowed to some kinds. */
export interface DeadlineLists extends DeadlineSection {
  readonly today: string;
  readonly section: DeadlineSectionName;
}

/**
 * 工作台: an object of named sections, each a count plus its first page, so a new section is one more
 * key (and one more bounded query), never a change to the others.
 */
export interface Dashboard {
  readonly today: string;
  readonly withinDays: number;
  readonly overdue: DeadlineSection;
  readonly dueSoon: DeadlineSection;
  /** Planned 回访 due today or earlier. */
  readonly followUpsDue: DeadlineSection;
  /** Open cases (登记/受理/调解中), nearest due date first. */
  readonly openCases: ListSection<CaseSummary>;
  readonly todaysSessions: ListSection<CalendarEntry>;
}

export interface HolidayDay {
  readonly date: string;
  readonly kind: 'holiday' | 'workday';
  readonly name: string;
}
