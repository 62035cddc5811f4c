/**
 * When the reply to a referrer is due (issue 15 item 4): from the day the referral arrived (or the
 * case was registered), the source's period in working days or calendar days, by the same legal day
 * count as every other deadline (`dayCount.ts`: a calendar period ending on a rest day moves to the
 * next working day).
 */
import { addLegalDays, addWorkingDays, type HolidayCalendar } from '../deadlines/dayCount.ts';
import type { CaseSource } from '../types/disputeTaxonomy.ts';
import { DEFAULT_REPLY_RULES, type ReplyRule, type ReplyRules } from '../types/replies.ts';

/** The rule for `source`: the administrator's when set (null = none), else the default. */
export function replyRuleFor(source: CaseSource, rules: ReplyRules): ReplyRule | null {
  if (Object.hasOwn(rules, source)) return rules[source] ?? null;
  return DEFAULT_REPLY_RULES[source] ?? null;
}

export function replyDueDate(
  source: CaseSource,
  receivedOn: string,
  rules: ReplyRules,
  calendar: HolidayCalendar,
): string | null {
  const rule = replyRuleFor(source, rules);
  if (rule === null) return null;
  return rule.unit === 'working'
    ? addWorkingDays(receivedOn, rule.days, calendar)
    : addLegalDays(receivedOn, rule.days, calendar);
}
