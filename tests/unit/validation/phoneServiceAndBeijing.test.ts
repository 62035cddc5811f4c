import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/shared/validation/phone.ts';

describe('normalizePhone: Beijing landlines written with a country code (issue 13, item 10)', () => {
  it.each([
    ['+86 10 8888 8888', '010-88888888'],
    ['0086 10 88888888', '010-88888888'],
    ['+861088888888', '010-88888888'],
    ['+86-10-6234-5678', '010-62345678'],
    ['(+86) 10 62345678', '010-62345678'],
    ['86 10 62345678', '010-62345678'],
    ['008610 62345678', '010-62345678'],
    ['+86 10 62345678 转 21', '010-62345678-21'],
    ['010-88888888', '010-88888888'],
  ])('%j is the landline %s', (input, expected) => {
    expect(normalizePhone(input)).toMatchObject({
      ok: true,
      kind: '固话',
      normalized: expected,
      areaCode: '010',
    });
  });

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['+8619912345678', '19912345678'],
    ['0086 166 1234 5678', '16612345678'],
  ])('%j stays a mobile', (input, expected) => {
    expect(normalizePhone(input)).toMatchObject({ ok: true, kind: '手机', normalized: expected });
  });
});

describe('normalizePhone: 400/800 service numbers', () => {
  it.each([
    ['400-820-8820', '400-820-8820'],
    ['4008208820', '400-820-8820'],
    ['400 820 8820', '400-820-8820'],
    ['4008-208-820', '400-820-8820'],
    ['800-820-8820', '800-820-8820'],
    ['8008208820', '800-820-8820'],
    ['+86 400 820 8820', '400-820-8820'],
  ])('%j is the service number %s', (input, expected) => {
    const result = normalizePhone(input);
    expect(result).toMatchObject({ ok: true, kind: '服务号', normalized: expected });
    expect(normalizePhone(expected)).toEqual(result);
  });

  it('is not asked for an area code, even with a default configured', () => {
    expect(normalizePhone('4008208820', { defaultAreaCode: '025' })).toMatchObject({ kind: '服务号' });
  });

  it.each(['400-820-882', '400-820-88201', '4008208820转8'])('refuses the malformed %j', (input) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toContain('固定电话请加区号');
  });
});
