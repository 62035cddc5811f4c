/**
 * Report periods (domain §3.5): 月报, 季报, 年报 or a custom range, and the periods they are compared
 * with — 本年累计 (1 January to the end of the period), 同比 (the same period a year earlier) and
 * 环比 (the period just before). Dates are calendar dates `YYYY-MM-DD`, both ends inclusive.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface PeriodSpec {
  readonly period: PeriodKind;
  readonly year: number;
  readonly month?: number | undefined;
  readonly quarter?: number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface ResolvedPeriod {
  readonly current: DateRange;
  readonly yearToDate: DateRange;
  readonly lastYear: DateRange;
  readonly previous: DateRange;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const DAY = 86_400_000;
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function monthRange(year: number, first: number, last: number, label: string): DateRange {
  return { from: ymd(year, first, 1), to: ymd(year, last, lastDayOf(year, last)), label };
}

/**
 * The same dates a year earlier (29 February becomes 28 February). A month's last day stays its last
 * day, so the 同比 of February 2025 is all of February 2024, 29th included.
 */
function shiftYear(range: DateRange, label: string): DateRange {
  const shift = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return ymd(y - 1, m, d === lastDayOf(y, m) ? lastDayOf(y - 1, m) : Math.min(d, lastDayOf(y - 1, m)));
  };
  return { from: shift(range.from), to: shift(range.to), label };
}

export function resolvePeriod(spec: PeriodSpec): ResolvedPeriod {
  const { year } = spec;
  let current: DateRange;
  let previous: DateRange;
  if (spec.period === 'month') {
    const month = spec.month ?? 1;
    current = monthRange(year, month, month, `${year}年${month}月`);
    previous =
      month === 1
        ? monthRange(year - 1, 12, 12, `${year - 1}年12月`)
        : monthRange(year, month - 1, month - 1, `${year}年${month - 1}月`);
  } else if (spec.period === 'quarter') {
    const quarter = spec.quarter ?? 1;
    current = monthRange(year, quarter * 3 - 2, quarter * 3, `${year}年第${quarter}季度`);
    previous =
      quarter === 1
        ? monthRange(year - 1, 10, 12, `${year - 1}年第4季度`)
        : monthRange(year, quarter * 3 - 5, quarter * 3 - 3, `${year}年第${quarter - 1}季度`);
  } else if (spec.period === 'year') {
    current = monthRange(year, 1, 12, `${year}年`);
    previous = monthRange(year - 1, 1, 12, `${year - 1}年`);
  } else {
    const from = spec.from ?? ymd(year, 1, 1);
    const to = spec.to ?? from;
    current = { from, to, label: `${from} 至 ${to}` };
    const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
    const prevTo = addDays(from, -1);
    const prevFrom = addDays(prevTo, -(days - 1));
    previous = { from: prevFrom, to: prevTo, label: `${prevFrom} 至 ${prevTo}` };
  }
  const endYear = Number(current.to.slice(0, 4));
  const yearToDate = {
    from: ymd(endYear, 1, 1),
    to: current.to,
    label: `${endYear}年1月1日至${current.to.slice(5, 7).replace(/^0/, '')}月${current.to.slice(8).replace(/^0/, '')}日`,
  };
  return { current, yearToDate, lastYear: shiftYear(current, `上年同期`), previous };
}

/** Change in percent from `before` to `now`, one decimal; null when there is nothing to compare with. */
export function changePercent(now: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}
