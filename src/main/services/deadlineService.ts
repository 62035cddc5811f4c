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
import { OPEN_CASE_STATUSES } from '../../shared/types/caseStatus.ts';
import { FOLLOW_UP_REASON_LABELS, type FollowUpReason } from '../../shared/types/outcomeTaxonomy.ts';
import { addCalendarDays, daysRemaining } from '../../shared/deadlines/dayCount.ts';
import { confirmationDeadline, CONFIRMATION_PERIOD_DAYS } from '../../shared/cases/agreementRules.ts';
import { AppError } from '../../shared/errors.ts';
import {
  agreementsAwaitingConfirmation,
  countDue,
  firstDue,
  type DeadlineScope,
  type DueRange,
  type SqlDeadlineKind,
} from '../db/queries/deadlines.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { listHolidays, loadHolidayCalendar, replaceHolidayYear } from '../db/queries/holidays.ts';
import { getMediatorRow } from '../db/queries/mediators.ts';
import { listCases } from '../db/queries/cases.ts';
import { listCalendar } from '../db/queries/mediationSessions.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';

const SQL_KINDS: readonly SqlDeadlineKind[] = ['case', 'obligation', 'follow_up'];

/** Earliest due first; on the same day by kind, then by row, so pages never overlap. */
type Sortable = DeadlineItem & { readonly rowId: number };
const byUrgency = (a: Sortable, b: Sortable) =>
  a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind) || a.rowId - b.rowId;

export function createDeadlineService(deps: ServiceDeps) {
  const { db, clock, inTransaction } = deps;

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

  /** 司法确认 deadlines: few (agreements of the last two months without an application). */
  async function confirmations(today: string, scope: DeadlineScope): Promise<Sortable[]> {
    const [calendar, agreements] = await Promise.all([
      loadHolidayCalendar(db),
      // An agreement that took effect more than the period (plus a margin for holidays) ago is past its deadline.
      agreementsAwaitingConfirmation(db, addCalendarDays(today, -(CONFIRMATION_PERIOD_DAYS + 30)), scope),
    ]);
    return agreements.flatMap((a) => {
      const deadline = confirmationDeadline(
        a.effective_on,
        {
          involvesStatusRelation: a.involves_status_relation === 1,
          involvesOwnershipConfirmation: a.involves_ownership_confirmation === 1,
        },
        calendar,
      );
      if (deadline === null) return [];
      return [
        {
          kind: 'confirmation' as const,
          rowId: a.id,
          caseId: a.case_uuid,
          caseNo: a.case_no,
          caseTitle: a.title,
          dueDate: deadline,
          daysLeft: daysRemaining(today, deadline),
          description: `协议 ${a.effective_on} 生效，司法确认申请截止`,
          refId: a.uuid,
        },
      ];
    });
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
      /** The 司法确认 deadlines, when the caller has them already (the 工作台 reads them once). */
      readonly confirmations?: Promise<Sortable[]>;
    },
  ): Promise<DeadlineSection> {
    const { today, scope, page, pageSize } = options;
    const wanted = name === 'followUpsDue' ? ['follow_up' as const] : (options.kinds ?? DEADLINE_KINDS);
    const kinds = wanted.filter((k) => name !== 'followUpsDue' || k === 'follow_up');
    const sqlKinds = SQL_KINDS.filter((k) => kinds.includes(k));
    const range = rangeOf(name, today, options.withinDays);
    const limit = page * pageSize;
    const [counts, first, allConfirmations] = await Promise.all([
      countDue(db, range, scope, sqlKinds),
      firstDue(db, range, scope, sqlKinds, limit),
      kinds.includes('confirmation')
        ? (options.confirmations ?? confirmations(today, scope))
        : Promise.resolve([]),
    ]);
    const inRange = allConfirmations.filter(
      (c) => c.dueDate <= range.to && (range.from === undefined || c.dueDate >= range.from),
    );
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
      ...inRange,
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
    ];
    const byKind = { ...counts, confirmation: inRange.length };
    const pageItems = items
      .sort(byUrgency)
      .slice((page - 1) * pageSize, limit)
      .map(({ rowId: _rowId, ...item }) => item);
    return {
      total: byKind.case + byKind.obligation + byKind.confirmation + byKind.follow_up,
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
        confirmations: confirmations(today, scope),
      };
      const [overdue, dueSoon, followUpsDue, open, sessions] = await Promise.all([
        section('overdue', paging),
        section('dueSoon', paging),
        section('followUpsDue', paging),
        listCases(db, {
          page: 1,
          pageSize: input.pageSize,
          statuses: OPEN_CASE_STATUSES,
          mediatorRowId: mediator,
          visibleTo,
          sort: 'dueDate',
          direction: 'asc',
        }),
        listCalendar(db, {
          from: `${today}T00:00`,
          to: `${addCalendarDays(today, 1)}T00:00`,
          mediatorRowId: mediator,
          visibleTo,
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

    /** Replaces one year's table (the State Council notice comes out each November). */
    async setHolidayYear(input: ParsedInputOf<'holiday.setYear'>): Promise<HolidayDay[]> {
      await inTransaction((trx) =>
        replaceHolidayYear(trx, input.year, [
          ...input.holidays.map((h) => ({ ...h, kind: 'holiday' as const })),
          ...input.workdays.map((w) => ({ ...w, kind: 'workday' as const })),
        ]),
      );
      return listHolidays(db, input.year);
    },
  };
}
