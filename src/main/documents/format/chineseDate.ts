import { formatChineseDate as formatCalendarDate } from '../../../shared/format/chineseDate.ts';

/**
 * Date-times on documents. Calendar dates use the shared formatter (2026年11月22日); this adds what
 * only documents need: a date-time's date, session spans (9时30分至10时40分) and ages.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /T(\d{2}):(\d{2})/;

/** '2026-11-22' or '2026-11-22T09:30' → 2026年11月22日. */
export function formatChineseDate(iso: string): string {
  return formatCalendarDate(iso.slice(0, 10));
}

/** '2026-11-22T09:30' → 2026年11月22日9时30分. */
export function formatChineseDateTime(iso: string): string {
  const time = TIME.exec(iso);
  const date = formatChineseDate(iso);
  return time ? `${date}${Number(time[1])}时${time[2]}分` : date;
}

/** A session's span: 2026年11月5日9时30分至10时40分 (the end date is omitted when it is the same day). */
export function formatChineseTimeSpan(startIso: string, endIso: string | null | undefined): string {
  const start = formatChineseDateTime(startIso);
  if (!endIso) return start;
  const end = TIME.exec(endIso);
  if (endIso.slice(0, 10) === startIso.slice(0, 10) && end) {
    return `${start}至${Number(end[1])}时${end[2]}分`;
  }
  return `${start}至${formatChineseDateTime(endIso)}`;
}

/** Full years between a birth date and a reference date, as 年龄 is printed. */
export function ageOn(birthIso: string, onIso: string): number {
  const birth = DATE.exec(birthIso);
  const on = DATE.exec(onIso);
  if (!birth || !on) throw new RangeError(`无法计算年龄：${birthIso} / ${onIso}`);
  const years = Number(on[1]) - Number(birth[1]);
  const beforeBirthday = on[2]! + on[3]! < birth[2]! + birth[3]!;
  return beforeBirthday ? years - 1 : years;
}

/** A local calendar date from a clock reading, for "today" on documents. */
export function isoDateOf(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
