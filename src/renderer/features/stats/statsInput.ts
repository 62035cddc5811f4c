import type { InputOf } from '../../../shared/api/contract.ts';

export type ReportInput = InputOf<'stats.report'>;

/** The month before this one: the report people usually prepare early in a month. */
export function defaultReportInput(today: Date = new Date()): ReportInput {
  const month = today.getMonth() === 0 ? 12 : today.getMonth();
  const year = today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear();
  return { period: 'month', year, month, includeSubordinates: true };
}
