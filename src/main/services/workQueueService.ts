/**
 * The 工作台 lists of the ticket cycle (issue 15 items 2, 4, 8), each bounded: a complete count and
 * the first `limit` items, most urgent first. Separate from `dashboard.get` so that method can be
 * paged on its own; the page shows these as their own sections.
 */
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { addCalendarDays, daysRemaining } from '../../shared/deadlines/dayCount.ts';
import { roleHasPermission } from '../../shared/api/roles.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import type { CaseStatus } from '../../shared/types/caseStatus.ts';
import { CASE_SOURCE_LABELS, type CaseSource } from '../../shared/types/disputeTaxonomy.ts';
import type { DeadlineItem } from '../../shared/types/deadlines.ts';
import type { WorkQueue } from '../../shared/types/workQueue.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { countRepliesDue, repliesDueBy } from '../db/queries/replies.ts';
import { countUnassigned, listUnassigned } from '../db/queries/workQueue.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import type { HolidayService } from './holidays/holidayService.ts';
import { todayIn } from './localDate.ts';

/** Replies due by `until` as deadline items (deadline.list and the 工作台 use the same rows). */
/** What a reply item says: 答复12345/12348热线（交单）, 答复人民法院（交单）… */
export function replyDescription(source: string): string {
  return `答复${CASE_SOURCE_LABELS[source as CaseSource].replace(/转办|移交|移送|交办|委派|委托|上报/, '')}（交单）`;
}

export async function replyDeadlineItems(
  deps: Pick<ServiceDeps, 'db'>,
  today: string,
  until: string,
  limit: number,
  scope: CaseScope | null = null,
  mediatorRowId?: number,
): Promise<DeadlineItem[]> {
  const rows = await repliesDueBy(deps.db, until, limit, scope, mediatorRowId);
  return rows.map((r) => ({
    kind: 'reply' as const,
    caseId: r.uuid,
    caseNo: r.case_no,
    caseTitle: r.title,
    dueDate: r.reply_due_on,
    daysLeft: daysRemaining(today, r.reply_due_on),
    description: replyDescription(r.source),
    refId: null,
  }));
}

export function createWorkQueueService(deps: ServiceDeps, holidays: HolidayService) {
  return {
    async get(
      input: ParsedInputOf<'workQueue.get'>,
      user: SessionUser | null,
      scope: CaseScope | null,
    ): Promise<WorkQueue> {
      const today = todayIn(deps.clock);
      const until = addCalendarDays(today, input.withinDays);
      const mayAssign = user !== null && roleHasPermission(user.role, 'case.assign');
      const [unassignedCount, unassigned, replyCounts, replies, holidayWarning] = await Promise.all([
        mayAssign ? countUnassigned(deps.db, scope) : 0,
        mayAssign ? listUnassigned(deps.db, input.limit, scope) : [],
        countRepliesDue(deps.db, today, until, scope),
        replyDeadlineItems(deps, today, until, input.limit, scope),
        holidays.warning(),
      ]);
      return {
        today,
        accountNotLinked: user?.role === 'mediator' && user.mediatorId === null,
        unassigned: mayAssign
          ? {
              count: unassignedCount,
              items: unassigned.map((c) => ({
                caseId: c.uuid,
                caseNo: c.case_no,
                title: c.title,
                status: c.status as CaseStatus,
                acceptedOn: c.accepted_on,
                dueDate: c.due_date,
              })),
            }
          : null,
        replies: { overdueCount: replyCounts.overdue, dueSoonCount: replyCounts.dueSoon, items: replies },
        holidayWarning: holidayWarning?.message ?? null,
      };
    },
  };
}
