/**
 * The statutory holidays of a year as the program can know them before the State Council's notice
 * (《全国年节及纪念日放假办法》, as amended 2024-11-10, in force 2025-01-01): 元旦 1 day (1 January),
 * 春节 4 days (除夕 to 正月初三), 清明节 1 day (the solar term 清明), 劳动节 2 days (1–2 May), 端午节
 * 1 day (五月初五), 中秋节 1 day (八月十五), 国庆节 3 days (1–3 October). The lunar dates and the solar
 * term come from lunar-javascript. The notice adds the bridging rest days and the 调休 working days,
 * which cannot be computed: a year built here is 暂定 until an administrator enters the notice.
 */
import { Lunar, Solar } from 'lunar-javascript';
import type { HolidayEntry } from '../../db/queries/holidays.ts';

const iso = (s: { toYmd(): string }) => s.toYmd();

function nextDays(start: string, count: number): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(iso(Solar.fromYmd(y, m, d).next(i)));
  return out;
}

export function statutoryHolidays(year: number): HolidayEntry[] {
  const springFestival = Lunar.fromYmd(year, 1, 1).getSolar();
  const eve = iso(springFestival.next(-1));
  const days: [string, string][] = [
    [`${year}-01-01`, '元旦'],
    ...nextDays(eve, 4).map((d): [string, string] => [d, '春节']),
    [iso(Lunar.fromYmd(year, 3, 1).getJieQiTable()['清明']!), '清明节'],
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [iso(Lunar.fromYmd(year, 5, 5).getSolar()), '端午节'],
    [iso(Lunar.fromYmd(year, 8, 15).getSolar()), '中秋节'],
    [`${year}-10-01`, '国庆节'],
    [`${year}-10-02`, '国庆节'],
    [`${year}-10-03`, '国庆节'],
  ];
  // 除夕 of a Spring Festival early in the year can fall in the previous year; that day belongs there.
  const seen = new Set<string>();
  return days
    .filter(([date]) => date.startsWith(`${year}-`))
    .filter(([date]) => !seen.has(date) && seen.add(date) !== undefined)
    .map(([date, name]) => ({ date, kind: 'holiday' as const, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
