/**
 * The month a clerk most likely wants when opening 统计: during the first days of a month they prepare
 * the report for the month just ended; after that they follow the month in progress. domain.md does
 * not fix a reporting deadline, so the first 5 days count as reporting days.
 */
export const REPORTING_DAYS = 5;

/** `today` is the calendar date in China (`YYYY-MM-DD`). */
export function defaultReportMonth(today: string): { year: number; month: number } {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (day > REPORTING_DAYS) return { year, month };
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
