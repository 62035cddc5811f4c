/**
 * Day counting for legal and procedural deadlines.
 *
 * The rule implemented (domain §2.4, "count from the next day; roll over if the last day is a public
 * holiday — CPL period rules"; 民事诉讼法 2021 修正 第八十五条, 民法典 第二百零一条、第二百零三条):
 *
 * 1. The day on which the period starts (e.g. the agreement's effective date) is not counted; day 1 is the
 *    next calendar day, so a 30-day period starting 2025-09-11 ends on 2025-10-11.
 * 2. Holidays and weekends inside the period are counted like any other day.
 * 3. If the last day is not a working day, the period ends on the first working day after it.
 *
 * "Working day" follows the State Council holiday notice for the year: Monday–Friday, minus the listed public
 * holidays, plus the listed 调休 days (weekend days that are worked to make up for a long holiday). So a
 * deadline falling on a 调休 Saturday stays there, and one falling on a weekday inside 国庆 moves past it.
 * Weekends count as rest days for rule 3: the Supreme People's Court's 2014 answer on computing 审限 under
 * the same article names 星期六、星期日 alongside 五一、十一、元旦、春节 as days that move a deadline.
 *
 * The holiday table is an argument because it is published one year at a time; dates are ISO calendar
 * dates (`YYYY-MM-DD`) and are handled as day numbers, never as `Date` objects, so no time zone applies.
 */
import { requireIsoDate, toIsoDate } from '../format/chineseDate.ts';

export interface HolidayCalendar {
  /** Public holidays (法定节假日 and the rest days around them), weekends included or not. */
  readonly holidays: readonly string[];
  /** 调休 working days: weekend days that are official working days. */
  readonly workdays: readonly string[];
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`. */
export function dayNumber(isoDate: string): number {
  const { year, month, day } = requireIsoDate(isoDate);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `dayNumber`. */
export function fromDayNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`日序号应为整数，收到：${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const leapDaysSoFar =
    Math.floor(dayOfEra / 1460) - Math.floor(dayOfEra / 36524) + Math.floor(dayOfEra / 146096);
  const yearOfEra = Math.floor((dayOfEra - leapDaysSoFar) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`日期超出可处理范围（公元1–9999年）：${n}`);
  return toIsoDate({ year, month, day });
}

/** Plain calendar arithmetic (negative `days` go back), with no holiday rule. */
export function addCalendarDays(isoDate: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`天数应为整数，收到：${days}`);
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Calendar days from `today` until `deadline`: 0 when due today, negative when overdue. */
export function daysRemaining(today: string, deadline: string): number {
  return dayNumber(deadline) - dayNumber(today);
}

interface CalendarSets {
  readonly holidays: ReadonlySet<number>;
  readonly workdays: ReadonlySet<number>;
}

// Holiday tables are long-lived constants, so their parsed form is cached per table object.
const parsedCalendars = new WeakMap<HolidayCalendar, CalendarSets>();

function calendarSets(calendar: HolidayCalendar): CalendarSets {
  const cached = parsedCalendars.get(calendar);
  if (cached !== undefined) return cached;
  const holidays = new Set(calendar.holidays.map((d) => dayNumber(d)));
  const workdays = new Set(calendar.workdays.map((d) => dayNumber(d)));
  for (const d of workdays) {
    if (holidays.has(d)) {
      throw new RangeError(`节假日表有误：${fromDayNumber(d)} 同时列为节假日和调休工作日。`);
    }
  }
  const sets = { holidays, workdays };
  parsedCalendars.set(calendar, sets);
  return sets;
}

function isWorkingDayNumber(n: number, sets: CalendarSets): boolean {
  if (sets.workdays.has(n)) return true;
  if (sets.holidays.has(n)) return false;
  const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(isoDate: string, calendar: HolidayCalendar): boolean {
  return isWorkingDayNumber(dayNumber(isoDate), calendarSets(calendar));
}

// No real holiday table has a month of consecutive rest days; running past this means a broken table.
const MAX_ROLL_OVER = 60;

function rollToWorkingDay(n: number, sets: CalendarSets): number {
  for (let i = 0; i <= MAX_ROLL_OVER; i++) {
    if (isWorkingDayNumber(n + i, sets)) return n + i;
  }
  throw new RangeError(`节假日表有误：${fromDayNumber(n)} 之后连续 ${MAX_ROLL_OVER} 天都不是工作日。`);
}

/** `isoDate` itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(isoDate: string, calendar: HolidayCalendar): string {
  return fromDayNumber(rollToWorkingDay(dayNumber(isoDate), calendarSets(calendar)));
}

function requirePositiveDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`期间天数应为正整数，收到：${days}`);
}

/**
 * Last day of a period of `days` calendar days starting on `start`, by the rule in the module comment;
 * e.g. the 司法确认 deadline is `addLegalDays(effectiveDate, 30, calendar)`. The deadline is met by acting
 * on or before the returned day.
 */
export function addLegalDays(start: string, days: number, calendar: HolidayCalendar): string {
  requirePositiveDays(days);
  return fromDayNumber(rollToWorkingDay(dayNumber(start) + days, calendarSets(calendar)));
}

/**
 * The `days`-th working day after `start` (the start day itself is not counted, even if it is a working
 * day), for limits set in working days (工作日).
 */
export function addWorkingDays(start: string, days: number, calendar: HolidayCalendar): string {
  requirePositiveDays(days);
  const sets = calendarSets(calendar);
  let n = dayNumber(start);
  for (let i = 0; i < days; i++) n = rollToWorkingDay(n + 1, sets);
  return fromDayNumber(n);
}
