/**
 * Handling periods (domain §2.2 art. 33, §2.5): 30 days in general; a court 委派 case 30 days, a court
 * 委托 case 15 days (普通程序) or 7 days (简易程序). Periods run from the acceptance date by the legal
 * day count (next day is day 1; a last day on a holiday moves to the next working day).
 */
import { addLegalDays, type HolidayCalendar } from '../deadlines/dayCount.ts';
import type { CaseSource, CourtProcedure } from '../types/disputeTaxonomy.ts';

export const DEFAULT_TIME_LIMIT_DAYS = 30;
export const COURT_ASSIGNED_DAYS = 30;
export const COURT_ENTRUSTED_ORDINARY_DAYS = 15;
export const COURT_ENTRUSTED_SIMPLE_DAYS = 7;

export function handlingPeriodDays(source: CaseSource, procedure: CourtProcedure | null): number {
  if (source === 'court_entrusted')
    return procedure === 'simple' ? COURT_ENTRUSTED_SIMPLE_DAYS : COURT_ENTRUSTED_ORDINARY_DAYS;
  if (source === 'court_assigned') return COURT_ASSIGNED_DAYS;
  return DEFAULT_TIME_LIMIT_DAYS;
}

export function handlingDueDate(acceptedOn: string, days: number, calendar: HolidayCalendar): string {
  return addLegalDays(acceptedOn, days, calendar);
}
