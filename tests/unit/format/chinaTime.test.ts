import { expect, test } from 'vitest';
import { chinaDate, chinaDateTime, chinaDateTimeText } from '../../../src/shared/format/chinaTime.ts';

test('a moment shows as the wall clock in China, not UTC and not the machine zone', () => {
  // Registered at 06:28 on 5 December in Beijing = 22:28 UTC on the 4th.
  const registeredAt = '2026-12-04T22:28:00.000Z';
  expect(chinaDate(registeredAt)).toBe('2026-12-05');
  expect(chinaDateTime(registeredAt)).toBe('2026-12-05 06:28');
  expect(chinaDateTimeText(registeredAt)).toBe('2026年12月5日 06:28');
  // Midnight is 00, not 24.
  expect(chinaDateTime('2026-12-04T16:00:00.000Z')).toBe('2026-12-05 00:00');
});
