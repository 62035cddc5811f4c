import { expect, test } from 'vitest';
import { statutoryHolidays } from '../../../src/main/services/holidays/statutoryHolidays.ts';
import { HOLIDAYS_2025_2026 } from '../../../migrations/0002_seed.ts';

const official = new Set(HOLIDAYS_2025_2026.filter(([, kind]) => kind === 'holiday').map(([date]) => date));

test('the computed statutory holidays of 2025 and 2026 are all in the State Council notices', () => {
  for (const year of [2025, 2026]) {
    const days = statutoryHolidays(year);
    // 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3 (办法 as amended 2024).
    expect(days).toHaveLength(13);
    for (const day of days) expect(official, `${day.date} ${day.name}`).toContain(day.date);
  }
});

test('2027: 元旦, 春节 from 除夕, 清明 by the solar term, and the lunar 端午 and 中秋', () => {
  const byName = (name: string) =>
    statutoryHolidays(2027)
      .filter((d) => d.name === name)
      .map((d) => d.date);
  expect(byName('元旦')).toEqual(['2027-01-01']);
  expect(byName('春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  expect(byName('清明节')).toEqual(['2027-04-05']);
  expect(byName('劳动节')).toEqual(['2027-05-01', '2027-05-02']);
  expect(byName('端午节')).toEqual(['2027-06-09']);
  expect(byName('中秋节')).toEqual(['2027-09-15']);
  expect(byName('国庆节')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
});
