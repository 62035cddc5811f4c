import { describe, expect, it } from 'vitest';
import {
  ageAt,
  crossCheckWithId,
  idCheckChar,
  validateChineseId,
  type ChineseIdResult,
  type ChineseIdValid,
} from '../../../src/shared/validation/chineseId.ts';

const TODAY = '2026-05-01';

/**
 * Independent ISO 7064 MOD 11-2: weight of position i (0-based, left to right) is 2^(17-i) mod 11 and the
 * check value is (12 - sum mod 11) mod 11, with 10 written X. Written from the standard, not from the code.
 */
function refCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * Number(2n ** BigInt(17 - i) % 11n);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

function build(address: string, birth: string, sequence: string): string {
  const first17 = address + birth + sequence;
  return first17 + refCheck(first17);
}

function expectValid(result: ChineseIdResult): ChineseIdValid {
  if (!result.ok) throw new Error(`expected a valid ID, got: ${result.reason}`);
  return result;
}

function expectFailure(result: ChineseIdResult, code: string): string {
  if (result.ok) throw new Error(`expected failure ${code}, got a valid ID ${result.normalized}`);
  expect(result.code).toBe(code);
  expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
  return result.reason;
}

describe('reference check digit', () => {
  it('reproduces the published GB 11643 examples', () => {
    expect(refCheck('11010519491231002')).toBe('X');
    expect(refCheck('44052418800101001')).toBe('4');
  });

  it('agrees with idCheckChar on many bodies', () => {
    for (let i = 0; i < 500; i++) {
      const body = String(32011300000000000n + BigInt(i) * 7919n * 104729n).padStart(17, '0');
      expect(idCheckChar(body)).toBe(refCheck(body));
    }
  });
});

describe('validateChineseId: 18-digit 居民身份证', () => {
  it('accepts the GB 11643 example and derives its facts', () => {
    const id = expectValid(validateChineseId('11010519491231002X', TODAY));
    expect(id).toEqual({
      ok: true,
      kind: '居民身份证',
      normalized: '11010519491231002X',
      convertedFrom15: false,
      birthDate: '1949-12-31',
      sex: '女',
      age: 76,
      regionCode: '110105',
      nationalityCode: null,
      issuingPlace: '北京市',
    });
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    expect(expectValid(validateChineseId('11010519491231002x', TODAY)).normalized).toBe('11010519491231002X');
  });

  it('accepts full-width characters and spaces from Chinese input methods', () => {
    const id = expectValid(validateChineseId(' １１０１０５ １９４９１２３１ ００２ｘ ', TODAY));
    expect(id.normalized).toBe('11010519491231002X');
  });

  it('rejects a wrong check digit', () => {
    const reason = expectFailure(validateChineseId('110105194912310021', TODAY), 'CHECK_DIGIT');
    expect(reason).toContain('校验');
  });

  it('does not reveal the expected check digit', () => {
    const reason = expectFailure(validateChineseId('110105194912310021', TODAY), 'CHECK_DIGIT');
    expect(reason).not.toContain('X');
  });

  it('detects every single-digit typo in the first 17 digits', () => {
    const good = build('320113', '19800101', '123');
    for (let pos = 0; pos < 17; pos++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[pos]) continue;
        const typo = good.slice(0, pos) + String(d) + good.slice(pos + 1);
        expect(validateChineseId(typo, TODAY).ok, typo).toBe(false);
      }
    }
  });

  it('detects swapped adjacent digits', () => {
    const good = build('320113', '19800101', '123');
    for (let pos = 0; pos < 16; pos++) {
      if (good[pos] === good[pos + 1]) continue;
      const swapped = good.slice(0, pos) + good[pos + 1] + good[pos] + good.slice(pos + 2);
      expect(validateChineseId(swapped, TODAY).ok, swapped).toBe(false);
    }
  });

  it.each([
    ['19990230', '1999-02-30'],
    ['19990229', 'not a leap year'],
    ['19000229', '1900 is not a leap year'],
    ['19991301', 'month 13'],
    ['19990001', 'month 0'],
    ['19990100', 'day 0'],
    ['19990431', 'April has 30 days'],
  ])('rejects the impossible birth date %s (%s)', (birth) => {
    const reason = expectFailure(
      validateChineseId(build('320113', birth, '123'), TODAY),
      'BIRTH_DATE_INVALID',
    );
    expect(reason).toContain(birth);
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(expectValid(validateChineseId(build('320113', '20000229', '123'), TODAY)).birthDate).toBe(
      '2000-02-29',
    );
    expect(expectValid(validateChineseId(build('320113', '19960229', '123'), TODAY)).birthDate).toBe(
      '1996-02-29',
    );
  });

  it('rejects a birth date after today and accepts one on today', () => {
    expectFailure(validateChineseId(build('320113', '20260502', '123'), TODAY), 'BIRTH_DATE_FUTURE');
    expectFailure(validateChineseId(build('320113', '20300101', '123'), TODAY), 'BIRTH_DATE_FUTURE');
    expect(expectValid(validateChineseId(build('320113', '20260501', '123'), TODAY)).age).toBe(0);
  });

  it('judges "future" by the today argument, not the clock', () => {
    const id = build('320113', '20260502', '123');
    expect(validateChineseId(id, '2026-05-01').ok).toBe(false);
    expect(validateChineseId(id, '2026-05-02').ok).toBe(true);
  });

  it('rejects birth dates before 1900 (the GB example born 1880 has a correct check digit)', () => {
    expectFailure(validateChineseId('440524188001010014', TODAY), 'BIRTH_DATE_TOO_EARLY');
    expectFailure(validateChineseId(build('320113', '18991231', '123'), TODAY), 'BIRTH_DATE_TOO_EARLY');
    expect(validateChineseId(build('320113', '19000101', '123'), TODAY).ok).toBe(true);
  });

  it.each(['000000', '100000', '200101', '660101', '700101', '840101'])(
    'rejects the non-existent province code in %s',
    (address) => {
      expectFailure(validateChineseId(build(address, '19800101', '123'), TODAY), 'PROVINCE');
    },
  );

  it.each(['11', '15', '23', '46', '50', '54', '65', '71'])('accepts province %s', (province) => {
    expect(validateChineseId(build(`${province}0101`, '19800101', '123'), TODAY).ok).toBe(true);
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['1101051949123100', 'LENGTH'],
    ['11010519491231002X1', 'LENGTH'],
    ['11010519491231002Y', 'CHARSET'],
    ['1101051949X231002X', 'CHARSET'],
    ['11010519491231-02X', 'CHARSET'],
  ])('rejects %j with %s', (input, code) => {
    expectFailure(validateChineseId(input, TODAY), code);
  });

  it('reports the length it saw', () => {
    expect(expectFailure(validateChineseId('32011319800101', TODAY), 'LENGTH')).toContain('14');
  });

  it('derives sex from the parity of the 17th digit', () => {
    for (let d = 0; d <= 9; d++) {
      const id = expectValid(validateChineseId(build('320113', '19800101', `12${d}`), TODAY));
      expect(id.sex).toBe(d % 2 === 1 ? '男' : '女');
    }
  });

  it('computes age in full years at today', () => {
    expect(expectValid(validateChineseId(build('320113', '19800501', '123'), TODAY)).age).toBe(46);
    expect(expectValid(validateChineseId(build('320113', '19800502', '123'), TODAY)).age).toBe(45);
  });

  it('refuses a malformed today instead of guessing', () => {
    expect(() => validateChineseId('11010519491231002X', '2026/05/01')).toThrow(RangeError);
  });
});

describe('validateChineseId: Nanjing address codes (domain §6.4)', () => {
  it.each([
    ['320102', '江苏省南京市玄武区'],
    ['320104', '江苏省南京市秦淮区'],
    ['320113', '江苏省南京市栖霞区'],
    ['320116', '江苏省南京市六合区'],
    ['320118', '江苏省南京市高淳区'],
  ])('names the current district %s', (code, place) => {
    expect(expectValid(validateChineseId(build(code, '19800101', '123'), TODAY)).issuingPlace).toBe(place);
  });

  it.each([
    ['320103', '白下区', '秦淮区'],
    ['320107', '下关区', '鼓楼区'],
    ['320124', '溧水县', '溧水区'],
    ['320125', '高淳县', '高淳区'],
    ['320112', '大厂区', '六合区'],
    ['320123', '六合县', '六合区'],
    ['320122', '江浦县', '浦口区'],
    ['320121', '江宁县', '江宁区'],
  ])('accepts the abolished code %s (%s) and names its successor', (code, oldName, newName) => {
    const id = expectValid(validateChineseId(build(code, '19800101', '123'), TODAY));
    expect(id.regionCode).toBe(code);
    expect(id.issuingPlace).toContain(`南京市${oldName}`);
    expect(id.issuingPlace).toContain(`现属${newName}`);
  });

  it('accepts codes the tables do not know, naming only what is known', () => {
    expect(expectValid(validateChineseId(build('320199', '19800101', '123'), TODAY)).issuingPlace).toBe(
      '江苏省南京市',
    );
    expect(expectValid(validateChineseId(build('320508', '19800101', '123'), TODAY)).issuingPlace).toBe(
      '江苏省',
    );
    expect(expectValid(validateChineseId(build('329999', '19800101', '123'), TODAY)).issuingPlace).toBe(
      '江苏省',
    );
  });
});

describe('validateChineseId: 15-digit legacy numbers', () => {
  it('converts the GB example 110105491231002 to its 18-digit form', () => {
    const id = expectValid(validateChineseId('110105491231002', TODAY));
    expect(id.normalized).toBe('11010519491231002X');
    expect(id.convertedFrom15).toBe(true);
    expect(id.birthDate).toBe('1949-12-31');
    expect(id.sex).toBe('女');
  });

  it('converts a historical Nanjing number by inserting 19 and adding the check digit', () => {
    const id = expectValid(validateChineseId('320103650817031', TODAY));
    expect(id.normalized).toBe(build('320103', '19650817', '031'));
    expect(id.sex).toBe('男');
    expect(id.issuingPlace).toContain('白下区');
  });

  it('rejects an impossible date, letters and bad provinces in a 15-digit number', () => {
    expectFailure(validateChineseId('320103990230123', TODAY), 'BIRTH_DATE_INVALID');
    expectFailure(validateChineseId('32010365081703X', TODAY), 'CHARSET');
    expectFailure(validateChineseId('990103650817031', TODAY), 'PROVINCE');
  });
});

describe('validateChineseId: 港澳台居民居住证 and 外国人永久居留身份证', () => {
  it.each([
    ['810000', '香港特别行政区'],
    ['820000', '澳门特别行政区'],
    ['830000', '台湾地区'],
  ])('accepts a residence permit with address code %s', (code, place) => {
    const id = expectValid(validateChineseId(build(code, '19900101', '002'), TODAY));
    expect(id.kind).toBe('港澳台居民居住证');
    expect(id.issuingPlace).toBe(place);
    expect(id.sex).toBe('女');
  });

  it('rejects a residence permit with a wrong check digit', () => {
    const good = build('810000', '19900101', '002');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expectFailure(validateChineseId(bad, TODAY), 'CHECK_DIGIT');
  });

  it('accepts a 2023 permanent residence card (first digit 9)', () => {
    const number = build('932840', '19850315', '001');
    const id = expectValid(validateChineseId(number, TODAY));
    expect(id.kind).toBe('外国人永久居留身份证');
    expect(id.regionCode).toBeNull();
    expect(id.nationalityCode).toBe('840');
    expect(id.issuingPlace).toBe('江苏省');
    expect(id.birthDate).toBe('1985-03-15');
    expect(id.sex).toBe('男');
  });

  it('checks the province and check digit of a permanent residence card', () => {
    expectFailure(validateChineseId(build('999840', '19850315', '001'), TODAY), 'PROVINCE');
    const good = build('911156', '19850315', '001');
    const bad = good.slice(0, 17) + (good[17] === '5' ? '6' : '5');
    expectFailure(validateChineseId(bad, TODAY), 'CHECK_DIGIT');
    expect(validateChineseId(good, TODAY).ok).toBe(true);
  });
});

describe('ageAt', () => {
  it.each([
    ['1980-05-01', '2026-05-01', 46],
    ['1980-05-02', '2026-05-01', 45],
    ['1980-12-31', '2026-01-01', 45],
    ['2026-05-01', '2026-05-01', 0],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['2000-02-29', '2004-02-29', 4],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageAt(birth, on)).toBe(age);
  });
});

describe('crossCheckWithId', () => {
  const id = expectValid(validateChineseId('11010519491231002X', TODAY)); // 女, 1949-12-31, 76

  it('returns no warnings when everything agrees or nothing was entered', () => {
    expect(crossCheckWithId(id, { sex: '女', birthDate: '1949-12-31', age: 76 }, TODAY)).toEqual([]);
    expect(crossCheckWithId(id, {}, TODAY)).toEqual([]);
    expect(crossCheckWithId(id, { sex: null, birthDate: null, age: null }, TODAY)).toEqual([]);
  });

  it('warns about a different sex', () => {
    const warnings = crossCheckWithId(id, { sex: '男' }, TODAY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('性别');
    expect(warnings[0]).toContain('女');
  });

  it('warns about a different birth date', () => {
    const warnings = crossCheckWithId(id, { birthDate: '1949-12-30' }, TODAY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('1949-12-31');
  });

  it('warns about a different age, hinting at 虚岁 when it is one more', () => {
    const older = crossCheckWithId(id, { age: 77 }, TODAY);
    expect(older).toHaveLength(1);
    expect(older[0]).toContain('76周岁');
    expect(older[0]).toContain('虚岁');
    const other = crossCheckWithId(id, { age: 70 }, TODAY);
    expect(other).toHaveLength(1);
    expect(other[0]).not.toContain('虚岁');
  });

  it('computes the age at the date it is given', () => {
    expect(crossCheckWithId(id, { age: 77 }, '2026-12-31')).toEqual([]);
  });

  it('collects every disagreement', () => {
    expect(crossCheckWithId(id, { sex: '男', birthDate: '1950-01-01', age: 75 }, TODAY)).toHaveLength(3);
  });
});
