/**
 * Calendar dates as printed on mediation documents.
 *
 * Dates travel through the app as ISO calendar dates (`YYYY-MM-DD`, domain §6.5). They are parsed by hand,
 * never through `new Date(...)`, because `new Date('2026-11-22')` is UTC midnight and prints as the 21st
 * in any time zone west of Greenwich, and a timestamp such as `2026-11-21T16:30:00Z` is already the 22nd
 * in Beijing: only the caller knows which calendar day it meant, so anything but `YYYY-MM-DD` is refused.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the numbers name a day that exists in the Gregorian calendar (year 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses `YYYY-MM-DD` into its parts; `null` for any other shape or for a day that does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Like `parseIsoDate`, but a malformed date is a programming error here, not user input. */
export function requireIsoDate(text: string, what = '日期'): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) {
    throw new RangeError(`${what}应为 YYYY-MM-DD 格式的有效日期，收到：${JSON.stringify(text)}`);
  }
  return parsed;
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** `2026-03-05` → `2026年3月5日` (no leading zeros, as on the forms in domain §6.5). */
export function formatChineseDate(isoDate: string): string {
  const { year, month, day } = requireIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}

const DIGIT_CHARS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * 1–99 in lower-case Chinese numerals as used for months, days and counts: 十, 十一, 二十, 二十二.
 * A standalone 2 is 二 here; counting words (两份) are the caller's business.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`只支持 1–99 的整数，收到：${n}`);
  if (n < 10) return DIGIT_CHARS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGIT_CHARS[tens]!}十${ones === 0 ? '' : DIGIT_CHARS[ones]!}`;
}

/**
 * `2026-11-22` → `二〇二六年十一月二十二日`: the all-character style still used on court papers and seals
 * (year read digit by digit with 〇, month and day as numbers).
 */
export function formatChineseDateUpper(isoDate: string): string {
  const { year, month, day } = requireIsoDate(isoDate);
  const yearText = String(year)
    .split('')
    .map((d) => DIGIT_CHARS[Number(d)]!)
    .join('');
  return `${yearText}年${chineseNumeral(month)}月${chineseNumeral(day)}日`;
}
