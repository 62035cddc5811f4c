import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addLegalDays,
  addWorkingDays,
  dayNumber,
  daysRemaining,
  fromDayNumber,
  isWorkingDay,
  nextWorkingDay,
  type HolidayCalendar,
} from '../../../src/shared/deadlines/dayCount.ts';

/**
 * 国庆节、中秋节 2025 per the State Council General Office notice on the 2025 holidays (Nov 2024):
 * 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休).
 */
const NATIONAL_DAY_2025: HolidayCalendar = {
  holidays: [
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ],
  workdays: ['2025-09-28', '2025-10-11'],
};

const NO_HOLIDAYS: HolidayCalendar = { holidays: [], workdays: [] };

/** Independent day number through the platform's UTC calendar (safe for years ≥ 100). */
function refDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const isoDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11_017);
  });

  it('agrees with the UTC calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(dayNumber(iso)).toBe(refDayNumber(iso));
        expect(fromDayNumber(dayNumber(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses malformed dates', () => {
    expect(() => dayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2025-10-01T00:00:00Z')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-09-01', 30, '2025-10-01'],
    ['2025-10-01', 0, '2025-10-01'],
  ])('%s + %i = %s', (start, days, end) => {
    expect(addCalendarDays(start, days)).toBe(end);
  });

  it('refuses fractional days', () => {
    expect(() => addCalendarDays('2025-10-01', 1.5)).toThrow(RangeError);
  });
});

describe('daysRemaining', () => {
  it.each([
    ['2025-09-01', '2025-10-09', 38],
    ['2025-10-09', '2025-10-09', 0],
    ['2025-10-10', '2025-10-09', -1],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-12-31', '2026-01-01', 1],
  ])('from %s to %s: %i', (today, deadline, days) => {
    expect(daysRemaining(today, deadline)).toBe(days);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-09-26', true], // Friday
    ['2025-09-27', false], // Saturday
    ['2025-09-28', true], // Sunday, 调休 working day
    ['2025-09-29', true], // Monday
    ['2025-10-01', false], // Wednesday, 国庆
    ['2025-10-04', false], // Saturday inside the holiday
    ['2025-10-08', false], // Wednesday, last holiday day
    ['2025-10-09', true], // Thursday
    ['2025-10-11', true], // Saturday, 调休 working day
    ['2025-10-12', false], // Sunday
  ])('%s with the 2025 国庆 table: %s', (date, working) => {
    expect(isWorkingDay(date, NATIONAL_DAY_2025)).toBe(working);
  });

  it('without holidays, is Monday to Friday', () => {
    expect(isWorkingDay('2025-10-01', NO_HOLIDAYS)).toBe(true);
    expect(isWorkingDay('2025-10-11', NO_HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-11-22', NO_HOLIDAYS)).toBe(false); // Sunday
  });

  it('finds weekends the way the UTC calendar does (property)', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const weekday = new Date(refDayNumber(iso) * 86_400_000).getUTCDay();
        expect(isWorkingDay(iso, NO_HOLIDAYS)).toBe(weekday !== 0 && weekday !== 6);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a table that lists a day as both holiday and 调休 working day', () => {
    expect(() => isWorkingDay('2025-01-01', { holidays: ['2025-10-01'], workdays: ['2025-10-01'] })).toThrow(
      RangeError,
    );
  });

  it('refuses a table with a malformed date', () => {
    expect(() => isWorkingDay('2025-01-01', { holidays: ['2025-10-32'], workdays: [] })).toThrow(RangeError);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2025-09-30', '2025-09-30'],
    ['2025-10-01', '2025-10-09'],
    ['2025-10-08', '2025-10-09'],
    ['2025-09-27', '2025-09-28'],
    ['2025-10-12', '2025-10-13'],
  ])('%s → %s', (date, next) => {
    expect(nextWorkingDay(date, NATIONAL_DAY_2025)).toBe(next);
  });
});

describe('addLegalDays (first day not counted, last day rolls to a working day)', () => {
  it.each([
    // The start day is not counted: one day after Monday is Tuesday.
    ['2025-09-29', 1, '2025-09-30'],
    // Day 30 is 1 October, a holiday: the period ends on the first working day after 国庆.
    ['2025-09-01', 30, '2025-10-09'],
    ['2025-09-05', 30, '2025-10-09'],
    // Day 30 is the 调休 Saturday 11 October, a working day: no roll-over.
    ['2025-09-11', 30, '2025-10-11'],
    // Day 30 is Sunday 12 October: Monday.
    ['2025-09-12', 30, '2025-10-13'],
    // Holidays inside the period are counted, not added on.
    ['2025-09-30', 15, '2025-10-15'],
    // An ordinary Saturday rolls to Monday.
    ['2025-10-20', 5, '2025-10-27'],
    // Ends on the 调休 Sunday 28 September: stays.
    ['2025-08-29', 30, '2025-09-28'],
  ])('%s + %i days → %s', (start, days, end) => {
    expect(addLegalDays(start, days, NATIONAL_DAY_2025)).toBe(end);
  });

  it('depends on the table: without it, 1 October is an ordinary Wednesday', () => {
    expect(addLegalDays('2025-09-01', 30, NO_HOLIDAYS)).toBe('2025-10-01');
    expect(addLegalDays('2025-09-11', 30, NO_HOLIDAYS)).toBe('2025-10-13');
  });

  it('never ends before start + days, and always on a working day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2025-08-01'), max: dayNumber('2025-11-30') }),
        fc.integer({ min: 1, max: 60 }),
        (startNumber, days) => {
          const start = fromDayNumber(startNumber);
          const end = addLegalDays(start, days, NATIONAL_DAY_2025);
          expect(daysRemaining(start, end)).toBeGreaterThanOrEqual(days);
          expect(isWorkingDay(end, NATIONAL_DAY_2025)).toBe(true);
          // Every day between the plain end and the result is a rest day.
          for (let d = startNumber + days; d < dayNumber(end); d++) {
            expect(isWorkingDay(fromDayNumber(d), NATIONAL_DAY_2025)).toBe(false);
          }
        },
      ),
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => addLegalDays('2025-09-01', days, NATIONAL_DAY_2025)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // Friday + 3: Sunday 28 September is a 调休 working day.
    ['2025-09-26', 3, '2025-09-30'],
    ['2025-09-27', 1, '2025-09-28'],
    // The whole 国庆 holiday is skipped.
    ['2025-09-30', 1, '2025-10-09'],
    // Thursday, Friday, then the 调休 Saturday.
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 4, '2025-10-13'],
    // The start day is not counted even when it is a working day.
    ['2025-10-09', 1, '2025-10-10'],
    // Starting inside the holiday.
    ['2025-10-03', 1, '2025-10-09'],
  ])('%s + %i working days → %s', (start, days, end) => {
    expect(addWorkingDays(start, days, NATIONAL_DAY_2025)).toBe(end);
  });

  it('counts exactly `days` working days after the start (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2025-08-01'), max: dayNumber('2025-11-30') }),
        fc.integer({ min: 1, max: 40 }),
        (startNumber, days) => {
          const end = addWorkingDays(fromDayNumber(startNumber), days, NATIONAL_DAY_2025);
          let working = 0;
          for (let d = startNumber + 1; d <= dayNumber(end); d++) {
            if (isWorkingDay(fromDayNumber(d), NATIONAL_DAY_2025)) working++;
          }
          expect(working).toBe(days);
          expect(isWorkingDay(end, NATIONAL_DAY_2025)).toBe(true);
        },
      ),
    );
  });

  it.each([0, -2, 0.5])('refuses %s days', (days) => {
    expect(() => addWorkingDays('2025-09-01', days, NATIONAL_DAY_2025)).toThrow(RangeError);
  });

  it('stops on a broken table instead of looping', () => {
    const allOff = Array.from({ length: 120 }, (_, i) => addCalendarDays('2025-10-01', i));
    expect(() => addWorkingDays('2025-09-30', 1, { holidays: allOff, workdays: [] })).toThrow(RangeError);
  });
});
