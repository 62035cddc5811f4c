import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  formatChineseDate,
  formatChineseDateUpper,
  isIsoDate,
  parseIsoDate,
  toIsoDate,
} from '../../../src/shared/format/chineseDate.ts';

describe('parseIsoDate', () => {
  it('parses a calendar date into numbers', () => {
    expect(parseIsoDate('2026-11-22')).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['2026/11/22', false],
    [' 2026-11-22', false],
    ['2026-11-22T00:00:00Z', false],
    ['', false],
  ])('%j valid: %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it('round-trips through toIsoDate with zero padding', () => {
    expect(toIsoDate({ year: 2026, month: 3, day: 5 })).toBe('2026-03-05');
    expect(toIsoDate({ year: 987, month: 1, day: 1 })).toBe('0987-01-01');
  });
});

describe('formatChineseDate', () => {
  it.each([
    ['2026-11-22', '2026年11月22日'],
    ['2026-03-05', '2026年3月5日'],
    ['2000-01-01', '2000年1月1日'],
    ['2024-02-29', '2024年2月29日'],
  ])('%s → %s', (iso, text) => {
    expect(formatChineseDate(iso)).toBe(text);
  });

  it.each(['2026-02-30', '2026/11/22', '2026-11-22T10:00:00+08:00', '22.11.2026'])('refuses %j', (text) => {
    expect(() => formatChineseDate(text)).toThrow(RangeError);
  });
});

describe('formatChineseDateUpper', () => {
  it.each([
    ['2026-11-22', '二〇二六年十一月二十二日'],
    ['2010-01-01', '二〇一〇年一月一日'],
    ['2000-10-30', '二〇〇〇年十月三十日'],
    ['2024-12-31', '二〇二四年十二月三十一日'],
    ['2025-02-10', '二〇二五年二月十日'],
    ['2025-02-19', '二〇二五年二月十九日'],
  ])('%s → %s', (iso, text) => {
    expect(formatChineseDateUpper(iso)).toBe(text);
  });

  it('refuses an invalid date', () => {
    expect(() => formatChineseDateUpper('2026-02-29')).toThrow(RangeError);
  });
});

describe('time zones', () => {
  const saved = process.env['TZ'];
  beforeEach(() => {
    // West of Greenwich, `new Date('2026-11-22')` is still the 21st locally.
    process.env['TZ'] = 'Pacific/Honolulu';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  it('prints the calendar day that was given, whatever the machine time zone', () => {
    expect(formatChineseDate('2026-11-22')).toBe('2026年11月22日');
    expect(formatChineseDateUpper('2026-01-01')).toBe('二〇二六年一月一日');
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [2, '二'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [22, '二十二'],
    [31, '三十一'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it.each([0, 100, 1.5, -1, Number.NaN])('refuses %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});
