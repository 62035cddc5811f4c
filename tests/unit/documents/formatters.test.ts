import { describe, expect, it } from 'vitest';
import {
  ageOn,
  formatChineseDate,
  formatChineseDateTime,
  formatChineseTimeSpan,
} from '../../../src/main/documents/format/chineseDate.ts';
import {
  fenToChineseUpper,
  fenToFigures,
  formatMoney,
} from '../../../src/main/documents/format/chineseMoney.ts';
import { chineseNumeral } from '../../../src/main/documents/format/chineseNumeral.ts';

describe('money in 大写 and figures', () => {
  it('writes the agreement amount as the sample agreements do', () => {
    expect(formatMoney(3_560_000)).toBe('人民币叁万伍仟陆佰元整（¥35,600.00）');
  });

  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [1_000, '壹拾元整'],
    [100_500, '壹仟零伍元整'],
    [168_032, '壹仟陆佰捌拾元零叁角贰分'],
    [10_700_053, '壹拾万柒仟元零伍角叁分'],
    [140_950, '壹仟肆佰零玖元伍角'],
    [105, '壹元零伍分'],
    [1_001_000, '壹万零壹拾元整'],
    [100_000_000, '壹佰万元整'],
    [10_000_000_500, '壹亿零伍元整'],
    // 元 digit zero before 角: one 零, as in the 支付结算办法 example 壹仟陆佰捌拾元零叁角贰分.
    [123_456_789_012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分'],
  ])('%i fen → %s', (fen, expected) => {
    expect(fenToChineseUpper(fen)).toBe(expected);
  });

  it('groups figures by thousands', () => {
    expect(fenToFigures(3_560_000)).toBe('35,600.00');
    expect(fenToFigures(5)).toBe('0.05');
    expect(fenToFigures(123_456_789_012)).toBe('1,234,567,890.12');
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => fenToChineseUpper(1.5)).toThrow(RangeError);
    expect(() => fenToChineseUpper(-1)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes dates without zero padding', () => {
    expect(formatChineseDate('2026-11-22')).toBe('2026年11月22日');
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatChineseDateTime('2026-11-05T09:30')).toBe('2026年11月5日9时30分');
    expect(formatChineseTimeSpan('2026-11-05T09:30', '2026-11-05T10:40')).toBe(
      '2026年11月5日9时30分至10时40分',
    );
    expect(formatChineseTimeSpan('2026-11-05T23:30', '2026-11-06T00:10')).toBe(
      '2026年11月5日23时30分至2026年11月6日0时10分',
    );
  });

  it('counts age in full years', () => {
    expect(ageOn('1968-03-12', '2026-11-03')).toBe(58);
    expect(ageOn('1968-11-04', '2026-11-03')).toBe(57);
    expect(ageOn('1968-11-03', '2026-11-03')).toBe(58);
  });

  it('numbers clauses and copies in Chinese', () => {
    expect([1, 2, 3, 10, 11, 20, 23].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '三',
      '十',
      '十一',
      '二十',
      '二十三',
    ]);
  });
});
