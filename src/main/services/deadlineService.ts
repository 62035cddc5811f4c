import type { ParsedInputOf } from '../../shared/api/contract.ts';
import {
  DEADLINE_KINDS,
  type Dashboard,
  type DeadlineItem,
  type DeadlineKind,
  type DeadlineLists,
  type DeadlineSection,
  type DeadlineSectionName,
  type HolidayDay,
} from '../../shared/types/deadlines.ts';
import { FOLLOW_UP_REASON_LABELS, type FollowUpReason } from '../../shared/types/outcomeTaxonomy.ts';
import { addCalendarDays, daysRemaining } from '../../shared/deadlines/dayCount.ts';
import { confirmationDeadline, CONFIRMATION_PERIOD_DAYS } from '../../shared/cases/agreementRules.ts';
import { AppError } from '../../shared/errors.ts';
import type { HolidayCalendar } from '../../shared/deadlines/dayCount.ts';
import {
  countConfirmationsDue,
  countDue,
  firstConfirmationsDue,
  firstDue,
  openCasesPage,
  type DeadlineScope,
  type DueRange,
  type SqlDeadlineKind,
} from '../db/queries/deadlines.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { listHolidays, loadHolidayCalendar } from '../db/queries/holidays.ts';
import { replyDescription } from './workQueueService.ts';
import { getMediatorRow } from '../db/queries/mediators.ts';
import { listCalendar } from '../db/queries/mediationSessions.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';

const SQL_KINDS: readonly SqlDeadlineKind[] = ['case', 'obligation', 'follow_up', 'reply'];

/**
 * Earliest due first; on the same day by kind, then in the order each kind is read from its index
 * (`tie`: a 司法确认 by effective date), then by row, so pages never overlap or skip.
 */
type Sortable = DeadlineItem & { readonly rowId: number; readonly tie?: string };
const byUrgency = (a: Sortable, b: Sortable) =>
  a.dueDate.localeCompare(b.dueDate) ||
  a.kind.localeCompare(b.kind) ||
  (a.tie ?? '').localeCompare(b.tie ?? '') ||
  a.rowId - b.rowId;

const CONFIRMABLE = { involvesStatusRelation: false, involvesOwnershipConfirmation: false };
/** More rest days in a row than any holiday table holds (dayCount's own limit is 60). */
const ROLL_OVER_DAYS = 61;

export function createDeadlineService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function mediatorRowId(uuid: string | undefined): Promise<number | undefined> {
    if (!uuid) return undefined;
    const row = await getMediatorRow(db, uuid);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这位调解员。');
    return row.id;
  }

  /** The due ranges of each section (due dates are calendar days, inclusive). */
  function rangeOf(section: DeadlineSectionName, today: string, withinDays: number): DueRange {
    if (section === 'overdue') return { to: addCalendarDays(today, -1) };
    if (section === 'followUpsDue') return { to: today };
    return { from: today, to: addCalendarDays(today, withinDays) };
  }

  /**
   * The effective dates whose 司法确认 deadline falls in the range, within the window the lists have
   * always looked back over (agreements effective in the last 60 days). The deadline (effective date
   * + 30 days, moved past holidays) never decreases as the effective date grows, so they form one range.
   */
  function effectiveRange(calendar: HolidayCalendar, today: string, range: DueRange) {
    const deadline = (effective: string) => confirmationDeadline(effective, CONFIRMABLE, calendar)!;
    const windowStart = addCalendarDays(today, -(CONFIRMATION_PERIOD_DAYS + 30));
    let to = addCalendarDays(range.to, -CONFIRMATION_PERIOD_DAYS);
    while (deadline(to) > range.to) to = addCalendarDays(to, -1);
    let from = windowStart;
    if (range.from !== undefined) {
      from = addCalendarDays(range.from, -(CONFIRMATION_PERIOD_DAYS + ROLL_OVER_DAYS));
      while (deadline(from) < range.from) from = addCalendarDays(from, 1);
      if (from < windowStart) from = windowStart;
    }
    return { from, to, deadline };
  }

  /**
   * One page of a section: counts per kind from the open-work indexes, and the page merged from the
   * first `page × pageSize` items of each kind (each read in due order from its index).
   */
  async function section(
    name: DeadlineSectionName,
    options: {
      readonly today: string;
      readonly withinDays: number;
      readonly scope: DeadlineScope;
      readonly kinds?: readonly DeadlineKind[] | undefined;
      readonly page: number;
      readonly pageSize: number;
      /** The holiday table, when the caller has it already (the 工作台 reads it once). */
      readonly calendar?: Promise<HolidayCalendar>;
    },
  ): Promise<DeadlineSection> {
    const { today, scope, page, pageSize } = options;
    const wanted = name === 'followUpsDue' ? ['follow_up' as const] : (options.kinds ?? DEADLINE_KINDS);
    const kinds = wanted.filter((k) => name !== 'followUpsDue' || k === 'follow_up');
    const sqlKinds = SQL_KINDS.filter((k) => kinds.includes(k));
    const range = rangeOf(name, today, options.withinDays);
    const limit = page * pageSize;
    const withConfirmations = kinds.includes('confirmation');
    const effective = withConfirmations
      ? effectiveRange(await (options.calendar ?? loadHolidayCalendar(db)), today, range)
      : null;
    const [counts, first, confirmationCount, confirmations] = await Promise.all([
      countDue(db, range, scope, sqlKinds),
      firstDue(db, range, scope, sqlKinds, limit),
      effective ? countConfirmationsDue(db, effective, scope) : 0,
      effective ? firstConfirmationsDue(db, effective, scope, limit) : [],
    ]);
    const items: Sortable[] = [
      ...first.cases.map((c) => ({
        kind: 'case' as const,
        rowId: c.id,
        caseId: c.uuid,
        caseNo: c.case_no,
        caseTitle: c.title,
        dueDate: c.due_date!,
        daysLeft: daysRemaining(today, c.due_date!),
        description: `${c.time_limit_days ?? 30} 日调解期限届满`,
        refId: null,
      })),
      ...first.obligations.map((o) => ({
        kind: 'obligation' as const,
        rowId: o.id,
        caseId: o.case_uuid,
        caseNo: o.case_no,
        caseTitle: o.title,
        dueDate: o.due_date!,
        daysLeft: daysRemaining(today, o.due_date!),
        description: `协议第${o.seq}条：${o.obligor_name}${o.content}`,
        refId: o.uuid,
      })),
      ...confirmations.map((a) => {
        const dueDate = effective!.deadline(a.effective_on!);
        return {
          kind: 'confirmation' as const,
          rowId: a.id,
          tie: a.effective_on!,
          caseId: a.case_uuid,
          caseNo: a.case_no,
          caseTitle: a.title,
          dueDate,
          daysLeft: daysRemaining(today, dueDate),
          description: `协议 ${a.effective_on} 生效，司法确认申请截止`,
          refId: a.uuid,
        };
      }),
      ...first.followUps.map((f) => ({
        kind: 'follow_up' as const,
        rowId: f.id,
        caseId: f.case_uuid,
        caseNo: f.case_no,
        caseTitle: f.title,
        dueDate: f.due_on,
        daysLeft: daysRemaining(today, f.due_on),
        description: FOLLOW_UP_REASON_LABELS[f.reason as FollowUpReason],
        refId: f.uuid,
      })),
      // 交单: the reply owed to whoever referred the case (issue 15).
      ...first.replies.map((r) => ({
        kind: 'reply' as const,
        rowId: r.id,
        caseId: r.uuid,
        caseNo: r.case_no,
        caseTitle: r.title,
        dueDate: r.reply_due_on,
        daysLeft: daysRemaining(today, r.reply_due_on),
        description: replyDescription(r.source),
        refId: null,
      })),
    ];
    const byKind = { ...counts, confirmation: confirmationCount };
    const pageItems = items
      .sort(byUrgency)
      .slice((page - 1) * pageSize, limit)
      .map(({ rowId: _rowId, tie: _tie, ...item }) => item);
    return {
      total: byKind.case + byKind.obligation + byKind.confirmation + byKind.follow_up + byKind.reply,
      byKind,
      page,
      pageSize,
      items: pageItems,
    };
  }

  return {
    /** One section of the deadline lists, paged, in the caller's data scope. */
    async list(
      input: ParsedInputOf<'deadline.list'>,
      visibleTo: CaseScope | null = null,
    ): Promise<DeadlineLists> {
      const today = todayIn(clock);
      const scope = { mediatorRowId: await mediatorRowId(input.mediatorId), visibleTo };
      const result = await section(input.section, {
        today,
        withinDays: input.withinDays,
        scope,
        kinds: input.kinds,
        page: input.page,
        pageSize: input.pageSize,
      });
      return { ...result, today, section: input.section };
    },

    /** 工作台: counts and the first page of each list, in the caller's data scope. */
    async dashboard(
      input: ParsedInputOf<'dashboard.get'>,
      visibleTo: CaseScope | null = null,
    ): Promise<Dashboard> {
      const mediator = await mediatorRowId(input.mediatorId);
      const scope = { mediatorRowId: mediator, visibleTo };
      const today = todayIn(clock);
      const paging = {
        today,
        withinDays: input.withinDays,
        scope,
        page: 1,
        pageSize: input.pageSize,
        calendar: loadHolidayCalendar(db),
      };
      const [overdue, dueSoon, followUpsDue, open, sessions] = await Promise.all([
        section('overdue', paging),
        section('dueSoon', paging),
        section('followUpsDue', paging),
        openCasesPage(db, scope, input.pageSize),
        listCalendar(db, {
          from: `${today}T00:00`,
          to: `${addCalendarDays(today, 1)}T00:00`,
          mediatorRowId: mediator,
          scope: visibleTo,
        }),
      ]);
      return {
        today,
        withinDays: input.withinDays,
        overdue,
        dueSoon,
        followUpsDue,
        openCases: { total: open.total, items: open.rows },
        todaysSessions: { total: sessions.length, items: sessions },
      };
    },

    holidays: (year: number): Promise<HolidayDay[]> => listHolidays(db, year),
  };
}
