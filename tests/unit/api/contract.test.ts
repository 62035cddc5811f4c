import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contract, isMethodName, METHOD_NAMES } from '../../../src/shared/api/contract.ts';
import { PERMISSIONS } from '../../../src/shared/api/permissions.ts';

describe('API contract', () => {
  test.each(METHOD_NAMES)('%s declares a known permission, a Chinese summary and an object input', (name) => {
    const spec = contract[name];
    expect(PERMISSIONS).toContain(spec.permission);
    expect(spec.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' })).toMatchObject({
      type: 'object',
    });
  });

  test('method names are namespaced and only own keys count as methods', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
    expect(isMethodName('constructor')).toBe(false);
    expect(isMethodName('hasOwnProperty')).toBe(false);
  });
});
