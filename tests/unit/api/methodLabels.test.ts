import { expect, test } from 'vitest';
import { METHOD_NAMES } from '../../../src/shared/api/contract.ts';
import { METHOD_LABELS, methodLabel } from '../../../src/shared/api/methodLabels.ts';

test('every contract method has a short Chinese label, and no two share one', () => {
  const missing = METHOD_NAMES.filter((m) => !METHOD_LABELS[m]);
  expect(missing).toEqual([]);
  for (const m of METHOD_NAMES) {
    expect(METHOD_LABELS[m], m).toMatch(/^[\u4e00-\u9fff（）/、 A-Za-z]+$/);
    expect(METHOD_LABELS[m], m).toMatch(/[\u4e00-\u9fff]/);
  }
  const labels = METHOD_NAMES.map((m) => METHOD_LABELS[m]);
  expect(new Set(labels).size).toBe(labels.length);
  // Labels for the contract only: nothing stale.
  expect(Object.keys(METHOD_LABELS).filter((m) => !(METHOD_NAMES as string[]).includes(m))).toEqual([]);
});

test('an unknown method from an old log still shows as itself', () => {
  expect(methodLabel('agreement.updatePerformance')).toBe('登记履行情况');
  expect(methodLabel('legacy.removed')).toBe('legacy.removed');
  expect(methodLabel('auth.login-failed')).toBe('登录失败');
});
