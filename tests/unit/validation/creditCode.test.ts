import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  orgCodeCheckChar,
  validateCreditCode,
  type CreditCodeResult,
  type CreditCodeValid,
} from '../../../src/shared/validation/creditCode.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Independent GB 32100 check: the weight of position i is 3^i mod 31; check value (31 - sum mod 31) mod 31. */
function refCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Independent GB 11714 check: character values 0-9, A=10 … Z=35 via char codes. */
function refOrgCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * weights[i]!;
  }
  const value = 11 - (sum % 11);
  return value === 10 ? 'X' : value === 11 ? '0' : String(value);
}

function build(first17: string): string {
  return first17 + refCheck(first17);
}

/** A code whose embedded 组织机构代码 is itself valid. */
function buildWithOrg(prefix8: string, org8: string): string {
  return build(prefix8 + org8 + refOrgCheck(org8));
}

function expectCode(result: CreditCodeResult): CreditCodeValid {
  if (!result.ok || result.kind !== '统一社会信用代码')
    throw new Error(`expected a valid code: ${JSON.stringify(result)}`);
  return result;
}

function expectFailure(result: CreditCodeResult, code: string): string {
  if (result.ok) throw new Error(`expected ${code}, got ${JSON.stringify(result)}`);
  expect(result.code).toBe(code);
  expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
  return result.reason;
}

describe('reference checks', () => {
  it('reproduce the GB 32100 example 91350100M000100Y43', () => {
    expect(refCheck('91350100M000100Y4')).toBe('3');
    expect(refOrgCheck('M000100Y')).toBe('4');
  });

  it('agree with the exported check functions', () => {
    for (let i = 0; i < 300; i++) {
      const body = Array.from({ length: 17 }, (_, j) => CHARSET[(i * 7 + j * 13 + i * j) % 31]!).join('');
      expect(creditCodeCheckChar(body)).toBe(refCheck(body));
      const org = body.slice(9, 17);
      expect(orgCodeCheckChar(org)).toBe(refOrgCheck(org));
    }
  });
});

describe('validateCreditCode', () => {
  it('accepts the GB 32100 example and splits it', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      kind: '统一社会信用代码',
      normalized: '91350100M000100Y43',
      registrationAuthority: '市场监管（工商）',
      entityType: '企业',
      regionCode: '350100',
      orgCode: 'M000100Y4',
      orgCodeValid: true,
    });
  });

  it('accepts lower case, full-width characters and spaces, and stores upper case', () => {
    expect(expectCode(validateCreditCode(' 91350100m000100y43 ')).normalized).toBe('91350100M000100Y43');
    expect(expectCode(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).normalized).toBe(
      '91350100M000100Y43',
    );
    expect(expectCode(validateCreditCode('9135 0100 M000 100Y 43')).normalized).toBe('91350100M000100Y43');
  });

  it('accepts a Nanjing 栖霞 individual business code and names its type', () => {
    const code = expectCode(validateCreditCode(buildWithOrg('92320113', 'MA1XK3P2')));
    expect(code.entityType).toBe('个体工商户');
    expect(code.regionCode).toBe('320113');
  });

  it.each([
    ['51320100', '民政', '社会团体'],
    ['52320113', '民政', '民办非企业单位'],
    ['53320000', '民政', '基金会'],
    ['93320116', '市场监管（工商）', '农民专业合作社'],
    ['12320113', '机构编制', null],
    ['Y1320113', '其他', null],
    ['A1320113', null, null],
  ])('labels the prefix %s', (prefix, authority, type) => {
    const code = expectCode(validateCreditCode(buildWithOrg(prefix, '46600145')));
    expect(code.registrationAuthority).toBe(authority);
    expect(code.entityType).toBe(type);
  });

  it('rejects a wrong check character', () => {
    expectFailure(validateCreditCode('91350100M000100Y44'), 'CHECK_CHAR');
    expectFailure(validateCreditCode('91350100M000100Y4A'), 'CHECK_CHAR');
  });

  it('detects every single-character substitution in the first 17 characters', () => {
    const good = '91350100M000100Y43';
    for (let pos = 0; pos < 17; pos++) {
      for (const ch of CHARSET) {
        if (ch === good[pos]) continue;
        const typo = good.slice(0, pos) + ch + good.slice(pos + 1);
        expect(validateCreditCode(typo).ok, typo).toBe(false);
      }
    }
  });

  it.each([
    ['91350100M000100O43', 'O'],
    ['91350100M000100I43', 'I'],
    ['91350100M000100S43', 'S'],
    ['91350100M000100V43', 'V'],
    ['91350100M000100Z43', 'Z'],
  ])('rejects the excluded letter in %s', (input, letter) => {
    const reason = expectFailure(validateCreditCode(input), 'CHARSET');
    expect(reason).toContain(letter);
  });

  it('suggests 0 for a letter O', () => {
    expect(expectFailure(validateCreditCode('91350100M000100O43'), 'CHARSET')).toContain('数字0');
  });

  it('rejects punctuation', () => {
    expectFailure(validateCreditCode('91350100-M000100Y4'), 'CHARSET');
  });

  it('rejects letters in the region code (positions 3–8)', () => {
    expectFailure(validateCreditCode(build('913A0100M000100Y4')), 'REGION');
  });

  it.each([
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['91350100M000100Y4', 'LENGTH'],
    ['91350100M000100Y431', 'LENGTH'],
    ['3201132000123', 'LENGTH'],
  ])('rejects %j with %s', (input, code) => {
    expectFailure(validateCreditCode(input), code);
  });

  it('accepts a 15-digit 工商注册号 as a legacy number with a warning', () => {
    const result = validateCreditCode('320113000123456');
    expect(result).toMatchObject({ ok: true, kind: '工商注册号（旧版）', normalized: '320113000123456' });
    if (!result.ok || result.kind !== '工商注册号（旧版）') throw new Error('unreachable');
    expect(result.warning).toContain('旧版');
  });

  it('does not treat 15 characters with letters as a legacy number', () => {
    expectFailure(validateCreditCode('32011300012345A'), 'LENGTH');
  });

  it('reports an invalid embedded 组织机构代码 without rejecting by default', () => {
    const org8 = 'MA1XK3P2';
    const wrongOrgCheck = refOrgCheck(org8) === '1' ? '2' : '1';
    const code = build(`92320113${org8}${wrongOrgCheck}`);
    expect(expectCode(validateCreditCode(code)).orgCodeValid).toBe(false);
    expectFailure(validateCreditCode(code, { requireValidOrgCode: true }), 'ORG_CODE');
    expect(validateCreditCode(buildWithOrg('92320113', org8), { requireValidOrgCode: true }).ok).toBe(true);
  });
});
