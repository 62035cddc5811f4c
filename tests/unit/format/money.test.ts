import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fenToChineseUpper,
  formatFenCombined,
  formatFenFigures,
  MAX_FEN,
  parseYuan,
  yuanToFen,
} from '../../../src/shared/format/money.ts';

/**
 * Independent reader of 大写 amounts, used to check that what we write means the amount we were given.
 * It understands only the characters a correct amount may contain and throws on anything else.
 */
function readUpper(text: string): number {
  const body = text.replace(/^人民币/, '');
  const m = /^(?:(.+)元)?(?:(.)角)?(?:零?(.)分)?(整)?$/.exec(body);
  if (m === null) throw new Error(`unreadable amount: ${text}`);
  const digit = (ch: string): number => {
    const d = '零壹贰叁肆伍陆柒捌玖'.indexOf(ch);
    if (d < 0) throw new Error(`not a digit: ${ch}`);
    return d;
  };
  let total = 0;
  let section = 0;
  let number = 0;
  for (const ch of m[1] ?? '') {
    if (ch === '零') continue;
    const small = { 拾: 10, 佰: 100, 仟: 1000 }[ch as '拾'];
    if (small !== undefined) {
      section += number * small;
      number = 0;
    } else if (ch === '万') {
      section = (section + number) * 10_000;
      number = 0;
    } else if (ch === '亿') {
      total = (total + section + number) * 100_000_000;
      section = 0;
      number = 0;
    } else {
      number = digit(ch);
    }
  }
  const yuan = total + section + number;
  return yuan * 100 + (m[2] === undefined ? 0 : digit(m[2]) * 10) + (m[3] === undefined ? 0 : digit(m[3]));
}

describe('fenToChineseUpper', () => {
  it.each([
    [0, '人民币零元整'],
    [5, '人民币伍分'],
    [50, '人民币伍角整'],
    [55, '人民币伍角伍分'],
    [100, '人民币壹元整'],
    [105, '人民币壹元零伍分'],
    [1000, '人民币壹拾元整'],
    [1010, '人民币壹拾元壹角整'],
    [1500, '人民币壹拾伍元整'],
    [100_100, '人民币壹仟零壹元整'],
    [101_000, '人民币壹仟零壹拾元整'],
    [168_032, '人民币壹仟陆佰捌拾元叁角贰分'],
    [3_560_000, '人民币叁万伍仟陆佰元整'],
    [10_000_000, '人民币壹拾万元整'],
    [10_001_000, '人民币壹拾万零壹拾元整'],
    [10_700_053, '人民币壹拾万柒仟元伍角叁分'],
    [100_000_101, '人民币壹佰万零壹元零壹分'],
    [10_000_000_000, '人民币壹亿元整'],
    [10_000_000_100, '人民币壹亿零壹元整'],
    [10_010_000_000, '人民币壹亿零壹拾万元整'],
    [11_000_000_000, '人民币壹亿壹仟万元整'],
    [12_345_678_912, '人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
    [100_000_000_000_000, '人民币壹万亿元整'],
    [100_020_000_000_000, '人民币壹万零贰亿元整'],
  ])('%i 分 → %s', (fen, text) => {
    expect(fenToChineseUpper(fen)).toBe(text);
  });

  it('can leave out the 人民币 prefix', () => {
    expect(fenToChineseUpper(3_560_000, { prefix: false })).toBe('叁万伍仟陆佰元整');
  });

  it('handles the largest exact amount', () => {
    expect(fenToChineseUpper(MAX_FEN)).toBe(
      '人民币玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分',
    );
  });

  it.each([
    [-1, '负数'],
    [-0.5, '负数'],
    [Number.NaN, '有效数字'],
    [1.5, '整数'],
    [Number.POSITIVE_INFINITY, '过大'],
    [MAX_FEN + 1, '过大'],
  ])('rejects %s', (fen, message) => {
    expect(() => fenToChineseUpper(fen)).toThrow(message);
    expect(() => formatFenFigures(fen)).toThrow(RangeError);
  });

  it('writes amounts that read back as the same number, with no stray zeros (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: MAX_FEN })),
        (fen) => {
          const text = fenToChineseUpper(fen);
          expect(readUpper(text)).toBe(fen);
          if (fen > 0) expect(text).not.toMatch(/零零|零[元万亿角分整]|^人民币零/);
          // 整 closes an amount exactly when there is no 分.
          expect(text.endsWith('整')).toBe(fen % 10 === 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatFenFigures', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [1010, '¥10.10'],
    [99_999, '¥999.99'],
    [100_000, '¥1,000.00'],
    [3_560_000, '¥35,600.00'],
    [10_000_000, '¥100,000.00'],
    [100_000_101, '¥1,000,001.01'],
    [10_000_000_000, '¥100,000,000.00'],
  ])('%i 分 → %s', (fen, text) => {
    expect(formatFenFigures(fen)).toBe(text);
  });

  it('can leave out the symbol', () => {
    expect(formatFenFigures(3_560_000, { symbol: false })).toBe('35,600.00');
  });
});

describe('formatFenCombined', () => {
  it.each([
    [3_560_000, '人民币叁万伍仟陆佰元整（¥35,600.00）'],
    [0, '人民币零元整（¥0.00）'],
    [5, '人民币伍分（¥0.05）'],
    [100_000_101, '人民币壹佰万零壹元零壹分（¥1,000,001.01）'],
    [12_345_678_912, '人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分（¥123,456,789.12）'],
  ])('%i 分 → %s', (fen, text) => {
    expect(formatFenCombined(fen)).toBe(text);
  });
});

describe('yuanToFen', () => {
  it.each([
    [0, 0],
    [0.05, 5],
    [0.1, 10],
    [0.29, 29],
    [10.1, 1010],
    [19.99, 1999],
    [35_600, 3_560_000],
    [100_000, 10_000_000],
    [1_000_001.01, 100_000_101],
    [123_456_789.12, 12_345_678_912],
  ])('%s 元 → %i 分', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each([
    [1.005, '两位'],
    [0.001, '两位'],
    [-1, '负数'],
    [Number.NaN, '有效数字'],
    [Number.POSITIVE_INFINITY, '过大'],
    [1e15, '过大'],
  ])('rejects %s', (yuan, message) => {
    expect(() => yuanToFen(yuan)).toThrow(message);
  });
});

describe('parseYuan', () => {
  it.each([
    ['35600', 3_560_000],
    ['35,600', 3_560_000],
    ['35,600.00', 3_560_000],
    ['¥35,600.00', 3_560_000],
    ['￥35600', 3_560_000],
    ['人民币35600元', 3_560_000],
    [' 35600.5 ', 3_560_050],
    ['0.05', 5],
    ['10.10', 1010],
    ['10.1', 1010],
    ['35600.', 3_560_000],
    ['1,000,001.01', 100_000_101],
    ['１０.１０', 1010],
    ['0', 0],
  ])('%j → %i 分', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', '请填写'],
    ['   ', '请填写'],
    ['-5', '负数'],
    ['1.234', '两位'],
    ['12,34', '格式'],
    ['1,2345', '格式'],
    ['abc', '格式'],
    ['3.5万', '格式'],
    ['1e5', '格式'],
    ['99999999999999999', '过大'],
  ])('rejects %j', (text, message) => {
    const result = parseYuan(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(message);
  });
});
