import { describe, expect, it } from 'vitest';
import { NANJING_AREA_CODE, normalizePhone, type PhoneResult } from '../../../src/shared/validation/phone.ts';

function normalized(result: PhoneResult): string {
  if (!result.ok) throw new Error(`expected a valid number, got: ${result.reason}`);
  return result.normalized;
}

function reason(result: PhoneResult): string {
  if (result.ok) throw new Error(`expected a failure, got ${result.normalized}`);
  expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
  return result.reason;
}

describe('normalizePhone: mobiles', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['86 138 0013 8000', '13800138000'],
    ['(+86) 13800138000', '13800138000'],
    ['013800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['19912345678', '19912345678'],
    ['16612345678', '16612345678'],
    ['17012345678', '17012345678'],
  ])('%j → %s', (input, expected) => {
    const result = normalizePhone(input);
    expect(normalized(result)).toBe(expected);
    expect(result).toMatchObject({ kind: '手机' });
  });

  it.each([
    ['1380013800', '10'],
    ['138001380001', '12'],
  ])('rejects %j with its length', (input, length) => {
    expect(reason(normalizePhone(input))).toContain(length);
  });

  it('rejects a second digit of 0–2', () => {
    expect(reason(normalizePhone('12800138000'))).toContain('第二位');
    expect(normalizePhone('11800138000').ok).toBe(false);
  });

  it('rejects an extension on a mobile', () => {
    expect(reason(normalizePhone('13800138000转123'))).toContain('分机');
  });
});

describe('normalizePhone: landlines', () => {
  it.each([
    ['025-84561234', '025-84561234'],
    ['025 84561234', '025-84561234'],
    ['02584561234', '025-84561234'],
    ['(025)84561234', '025-84561234'],
    ['（025）8456 1234', '025-84561234'],
    ['025-8456-1234', '025-84561234'],
    ['+86 25 84561234', '025-84561234'],
    ['+86-25-8456-1234', '025-84561234'],
    ['0086 25 84561234', '025-84561234'],
    ['86-25-84561234', '025-84561234'],
    ['010-62345678', '010-62345678'],
    ['0512-65123456', '0512-65123456'],
    ['05126512345', '0512-6512345'],
    ['0571 8765 4321', '0571-87654321'],
  ])('%j → %s', (input, expected) => {
    const result = normalizePhone(input);
    expect(normalized(result)).toBe(expected);
    expect(result).toMatchObject({ kind: '固话', extension: null, areaCodeAssumed: false });
  });

  it.each([
    ['025-84561234转8021', '025-84561234-8021'],
    ['025-84561234 转 8021', '025-84561234-8021'],
    ['025-84561234-转8021', '025-84561234-8021'],
    ['025-84561234分机8021', '025-84561234-8021'],
    ['025-84561234 ext. 8021', '025-84561234-8021'],
    ['025-84561234 EXT8021', '025-84561234-8021'],
    ['025-84561234x8021', '025-84561234-8021'],
    ['025-84561234#8021', '025-84561234-8021'],
    ['025-84561234-8021', '025-84561234-8021'],
    ['025 8456 1234 - 8021', '025-84561234-8021'],
    ['02584561234-8021', '025-84561234-8021'],
    ['+86 25 84561234 转 21', '025-84561234-21'],
  ])('reads the extension in %j', (input, expected) => {
    const result = normalizePhone(input);
    expect(normalized(result)).toBe(expected);
    expect(result).toMatchObject({ areaCode: '025', localNumber: '84561234' });
  });

  it('splits the parts', () => {
    expect(normalizePhone('0512-65123456转3')).toEqual({
      ok: true,
      kind: '固话',
      normalized: '0512-65123456-3',
      areaCode: '0512',
      localNumber: '65123456',
      extension: '3',
      areaCodeAssumed: false,
    });
  });

  it('is idempotent on its own output', () => {
    for (const input of ['025-84561234转8021', '+86 25 84561234', '0512-6512345', '+86 138 0013 8000']) {
      const once = normalized(normalizePhone(input));
      expect(normalized(normalizePhone(once))).toBe(once);
    }
  });

  it('asks for an area code when none is given and no default is configured', () => {
    expect(reason(normalizePhone('84561234'))).toContain('区号');
  });

  it('uses the configured default area code and says so', () => {
    const result = normalizePhone('8456 1234', { defaultAreaCode: NANJING_AREA_CODE });
    expect(result).toMatchObject({ ok: true, normalized: '025-84561234', areaCodeAssumed: true });
    expect(normalized(normalizePhone('84561234-8021', { defaultAreaCode: '025' }))).toBe('025-84561234-8021');
    // An explicit area code wins over the default.
    expect(normalizePhone('0512-65123456', { defaultAreaCode: '025' })).toMatchObject({
      normalized: '0512-65123456',
      areaCodeAssumed: false,
    });
  });

  it('refuses a malformed default area code', () => {
    expect(() => normalizePhone('84561234', { defaultAreaCode: '25' })).toThrow(RangeError);
  });

  it.each([
    ['025-845612', '6'],
    ['025-845612345', '9'],
    ['025-8456-12345', '9'],
  ])('rejects %j whose local number has %s digits', (input, length) => {
    expect(reason(normalizePhone(input))).toContain(length);
  });

  it('rejects a local number starting with 0 or 1', () => {
    expect(reason(normalizePhone('025-04561234'))).toContain('0或1');
    expect(reason(normalizePhone('025-14561234'))).toContain('0或1');
  });

  it('reads a short number starting with 1 as a mistyped mobile, not a local number', () => {
    expect(reason(normalizePhone('14561234', { defaultAreaCode: '025' }))).toContain('手机号码应为11位');
  });

  it('rejects an area code that cannot exist', () => {
    expect(reason(normalizePhone('0123-4567890'))).toContain('区号');
  });
});

describe('normalizePhone: other input', () => {
  it.each(['', '   '])('asks for a number when given %j', (input) => {
    expect(reason(normalizePhone(input))).toContain('请填写');
  });

  it('names characters it cannot read', () => {
    expect(reason(normalizePhone('138abc38000'))).toContain('abc');
  });

  it('points foreign numbers to the 其他 contact type', () => {
    expect(reason(normalizePhone('+852 2123 4567'))).toContain('其他');
    expect(reason(normalizePhone('+1 415 555 0100'))).toContain('其他');
  });
});
