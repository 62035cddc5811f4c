import { expect, test } from 'vitest';
import { defaultReportMonth } from '../../../src/shared/stats/defaultPeriod.ts';

test('统计 opens on last month during the first five days, on the current month after', () => {
  expect(defaultReportMonth('2026-12-05')).toEqual({ year: 2026, month: 11 });
  expect(defaultReportMonth('2026-12-06')).toEqual({ year: 2026, month: 12 });
  expect(defaultReportMonth('2026-12-28')).toEqual({ year: 2026, month: 12 });
  expect(defaultReportMonth('2027-01-02')).toEqual({ year: 2026, month: 12 });
});
