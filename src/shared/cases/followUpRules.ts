/**
 * When 回访 tasks fall due (若干规定 art. 36 "适时回访"): the day after each obligation's due date, to
 * see whether it was performed, and a while after the agreement takes effect.
 */
import { addCalendarDays } from '../deadlines/dayCount.ts';
import type { PerformanceStatus } from '../types/outcomeTaxonomy.ts';

export const FOLLOW_UP_DAYS_AFTER_DUE = 1;
export const FOLLOW_UP_DAYS_AFTER_EFFECTIVE = 15;

export const followUpForObligation = (dueDate: string): string =>
  addCalendarDays(dueDate, FOLLOW_UP_DAYS_AFTER_DUE);
export const followUpForAgreement = (effectiveOn: string): string =>
  addCalendarDays(effectiveOn, FOLLOW_UP_DAYS_AFTER_EFFECTIVE);

/** The case-level performance picture from its obligations. */
export function overallPerformance(statuses: readonly PerformanceStatus[]): 'none' | 'started' | 'complete' {
  if (statuses.length === 0) return 'none';
  if (statuses.every((s) => s === 'performed')) return 'complete';
  return statuses.some((s) => s !== 'pending' && s !== 'not_performed') ? 'started' : 'none';
}
