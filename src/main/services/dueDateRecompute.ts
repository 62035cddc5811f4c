/**
 * Stored due dates follow the rules they were computed from (issue 15 item 8): when the holiday table
 * or the reply rules change, the handling period (受理 + 30/15/7 days, unless extended with consent)
 * and the reply due date of every open case are computed again. Each case that changes gets a
 * timeline entry and a new version; the caller puts the list into its audit entry.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { casesWithComputedDueDates } from '../db/queries/dueDates.ts';
import { updateCaseRow } from '../db/queries/caseRows.ts';
import { appendCaseEvent } from '../db/queries/caseEvents.ts';
import { loadHolidayCalendar } from '../db/queries/holidays.ts';
import { getSetting } from '../db/queries/settings.ts';
import { handlingDueDate } from '../../shared/cases/caseDeadlines.ts';
import { replyDueDate } from '../../shared/cases/replyRules.ts';
import type { CaseSource } from '../../shared/types/disputeTaxonomy.ts';
import type { ReplyRules } from '../../shared/types/replies.ts';
import { localDateOf } from './localDate.ts';

export const REPLY_RULES_SETTING = 'reply.rules';

export async function readReplyRules(db: Kysely<Database>): Promise<ReplyRules> {
  const stored = await getSetting(db, REPLY_RULES_SETTING);
  return stored ? (JSON.parse(stored) as ReplyRules) : {};
}

/** The day a referred case's reply is due, or null when its source needs none. */
export async function replyDueFor(
  db: Kysely<Database>,
  c: { source: string; referral_received_on: string | null; registered_at: string },
): Promise<string | null> {
  const start = c.referral_received_on ?? localDateOf(c.registered_at);
  return replyDueDate(c.source as CaseSource, start, await readReplyRules(db), await loadHolidayCalendar(db));
}

export interface DueDateChange {
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly title: string;
  readonly dueDate?: readonly [string | null, string];
  readonly replyDueOn?: readonly [string | null, string | null];
}

export async function recomputeDueDates(
  trx: Kysely<Database>,
  change: { readonly reason: string; readonly actor: string; readonly now: string },
): Promise<DueDateChange[]> {
  const calendar = await loadHolidayCalendar(trx);
  const rules = await readReplyRules(trx);
  const changes: DueDateChange[] = [];
  for (const c of await casesWithComputedDueDates(trx)) {
    const running = c.accepted_on !== null && c.time_limit_days !== null && !c.extended;
    const due = running ? handlingDueDate(c.accepted_on!, c.time_limit_days!, calendar) : c.due_date;
    const reply =
      c.reply_final_on !== null
        ? c.reply_due_on
        : replyDueDate(
            c.source as CaseSource,
            c.referral_received_on ?? localDateOf(c.registered_at),
            rules,
            calendar,
          );
    const dueChanged = running && due !== c.due_date;
    const replyChanged = reply !== c.reply_due_on;
    if (!dueChanged && !replyChanged) continue;
    await updateCaseRow(
      trx,
      c.id,
      c.version,
      { ...(dueChanged && { due_date: due }), ...(replyChanged && { reply_due_on: reply }) },
      change.now,
    );
    const parts = [
      ...(dueChanged ? [`调解期限由 ${c.due_date ?? '无'} 改为 ${due}`] : []),
      ...(replyChanged ? [`答复期限由 ${c.reply_due_on ?? '无'} 改为 ${reply ?? '无需答复'}`] : []),
    ];
    await appendCaseEvent(trx, {
      caseId: c.id,
      occurredAt: change.now,
      actor: change.actor,
      action: 'recompute_deadlines',
      fromStatus: null,
      toStatus: null,
      summary: `${change.reason}：${parts.join('；')}`,
      changes: {
        ...(dueChanged && { dueDate: { from: c.due_date, to: due } }),
        ...(replyChanged && { replyDueOn: { from: c.reply_due_on, to: reply } }),
      },
    });
    changes.push({
      caseId: c.uuid,
      caseNo: c.case_no,
      title: c.title,
      ...(dueChanged && { dueDate: [c.due_date, due!] as const }),
      ...(replyChanged && { replyDueOn: [c.reply_due_on, reply] as const }),
    });
  }
  return changes;
}

/** The list as an audit note: case → [before, after] of each date that moved. */
export function dueDateChangeNote(year: string, changes: readonly DueDateChange[]) {
  const entry = (c: DueDateChange, pick: 0 | 1) => ({
    ...(c.dueDate && { dueDate: c.dueDate[pick] }),
    ...(c.replyDueOn && { replyDueOn: c.replyDueOn[pick] }),
  });
  return {
    entity: 'case_due_dates',
    id: year,
    before: Object.fromEntries(changes.map((c) => [c.caseNo ?? c.caseId, entry(c, 0)])),
    after: Object.fromEntries(changes.map((c) => [c.caseNo ?? c.caseId, entry(c, 1)])),
  };
}
