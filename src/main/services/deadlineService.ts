import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { Dashboard, DeadlineItem, DeadlineLists, HolidayDay } from '../../shared/types/deadlines.ts';
import { OPEN_CASE_STATUSES } from '../../shared/types/caseStatus.ts';
import { FOLLOW_UP_REASON_LABELS, type FollowUpReason } from '../../shared/types/outcomeTaxonomy.ts';
import { addCalendarDays, daysRemaining } from '../../shared/deadlines/dayCount.ts';
import { confirmationDeadline, CONFIRMATION_PERIOD_DAYS } from '../../shared/cases/agreementRules.ts';
import { AppError } from '../../shared/errors.ts';
import {
  agreementsAwaitingConfirmation,
  casesDueBy,
  followUpsDueBy,
  obligationsDueBy,
} from '../db/queries/deadlines.ts';
import { listHolidays, loadHolidayCalendar } from '../db/queries/holidays.ts';
import { getMediatorRow } from '../db/queries/mediators.ts';
import { listCases } from '../db/queries/cases.ts';
import { listCalendar } from '../db/queries/mediationSessions.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';
import { replyDeadlineItems } from './workQueueService.ts';

const REPLY_ITEMS_LIMIT = 200;

export function createDeadlineService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function mediatorRowId(uuid: string | undefined): Promise<number | undefined> {
    if (!uuid) return undefined;
    const row = await getMediatorRow(db, uuid);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这位调解员。');
    return row.id;
  }

  /** Every dated obligation of the case kinds due by `until`, sorted by date. */
  async function collect(
    today: string,
    until: string,
    mediator: number | undefined,
    scope: CaseScope | null,
  ): Promise<DeadlineItem[]> {
    const calendar = await loadHolidayCalendar(db);
    const [cases, obligations, agreements, followUps] = await Promise.all([
      casesDueBy(db, until, mediator, scope),
      obligationsDueBy(db, until, mediator, scope),
      // An agreement that took effect more than the period (plus a margin for holidays) ago is past its deadline.
      agreementsAwaitingConfirmation(
        db,
        addCalendarDays(today, -(CONFIRMATION_PERIOD_DAYS + 30)),
        mediator,
        scope,
      ),
      followUpsDueBy(db, until, mediator, scope),
    ]);
    const items: DeadlineItem[] = [
      ...cases.map((c) => ({
        kind: 'case' as const,
        caseId: c.uuid,
        caseNo: c.case_no,
        caseTitle: c.title,
        dueDate: c.due_date!,
        daysLeft: daysRemaining(today, c.due_date!),
        description: `${c.time_limit_days ?? 30} 日调解期限届满`,
        refId: null,
      })),
      ...obligations.map((o) => ({
        kind: 'obligation' as const,
        caseId: o.case_uuid,
        caseNo: o.case_no,
        caseTitle: o.title,
        dueDate: o.due_date!,
        daysLeft: daysRemaining(today, o.due_date!),
        description: `协议第${o.seq}条：${o.obligor_name}${o.content}`,
        refId: o.uuid,
      })),
      ...agreements.flatMap((a) => {
        const deadline = confirmationDeadline(
          a.effective_on,
          {
            involvesStatusRelation: a.involves_status_relation === 1,
            involvesOwnershipConfirmation: a.involves_ownership_confirmation === 1,
          },
          calendar,
        );
        if (deadline === null || deadline > until) return [];
        return [
          {
            kind: 'confirmation' as const,
            caseId: a.case_uuid,
            caseNo: a.case_no,
            caseTitle: a.title,
            dueDate: deadline,
            daysLeft: daysRemaining(today, deadline),
            description: `协议 ${a.effective_on} 生效，司法确认申请截止`,
            refId: a.uuid,
          },
        ];
      }),
      ...followUps.map((f) => ({
        kind: 'follow_up' as const,
        caseId: f.case_uuid,
        caseNo: f.case_no,
        caseTitle: f.title,
        dueDate: f.due_on,
        daysLeft: daysRemaining(today, f.due_on),
        description: FOLLOW_UP_REASON_LABELS[f.reason as FollowUpReason],
        refId: f.uuid,
      })),
    ];
    // 交单: replies due to the referrer (issue 15), from their own bounded query.
    items.push(...(await replyDeadlineItems(deps, today, until, REPLY_ITEMS_LIMIT, null, mediator)));
    return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind));
  }

  /** `scope`: only cases a scoped 调解员 may see (null: the whole organisation). */
  async function lists(
    input: ParsedInputOf<'deadline.list'>,
    scope: CaseScope | null = null,
  ): Promise<DeadlineLists> {
    const today = todayIn(clock);
    const items = await collect(
      today,
      addCalendarDays(today, input.withinDays),
      await mediatorRowId(input.mediatorId),
      scope,
    );
    return {
      today,
      dueSoon: items.filter((i) => i.daysLeft >= 0),
      overdue: items.filter((i) => i.daysLeft < 0),
    };
  }

  return {
    list: lists,

    /** 工作台: open cases, due soon, overdue, today's sessions and 回访 due, on one screen. */
    async dashboard(
      input: ParsedInputOf<'dashboard.get'>,
      scope: CaseScope | null = null,
    ): Promise<Dashboard> {
      const mediator = await mediatorRowId(input.mediatorId);
      const today = todayIn(clock);
      const [deadlines, open, sessions] = await Promise.all([
        lists(input, scope),
        listCases(db, {
          page: 1,
          pageSize: 50,
          statuses: OPEN_CASE_STATUSES,
          mediatorRowId: mediator,
          sort: 'dueDate',
          direction: 'asc',
          visibleTo: scope,
        }),
        listCalendar(db, {
          from: `${today}T00:00`,
          to: `${addCalendarDays(today, 1)}T00:00`,
          mediatorRowId: mediator,
          scope,
        }),
      ]);
      const followUpsDue = [...deadlines.overdue, ...deadlines.dueSoon].filter(
        (i) => i.kind === 'follow_up' && i.daysLeft <= 0,
      );
      return {
        ...deadlines,
        openCases: open.rows,
        openCaseCount: open.total,
        todaysSessions: sessions,
        followUpsDue,
      };
    },

    holidays: (year: number): Promise<HolidayDay[]> => listHolidays(db, year),
  };
}
