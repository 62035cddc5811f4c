import type { InputOf } from '../../../shared/api/contract.ts';
import { chinaDate } from '../../../shared/format/chinaTime.ts';
import { defaultReportMonth } from '../../../shared/stats/defaultPeriod.ts';

export type ReportInput = InputOf<'stats.report'>;

/** The last complete month during the first reporting days of a month, the current month after. */
export function defaultReportInput(now: Date = new Date()): ReportInput {
  return { period: 'month', ...defaultReportMonth(chinaDate(now)), includeSubordinates: true };
}
