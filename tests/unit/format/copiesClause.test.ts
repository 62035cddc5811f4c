import { describe, expect, it } from 'vitest';
import { agreementCopies, copiesClause } from '../../../src/shared/format/copiesClause.ts';

describe('agreementCopies', () => {
  it.each([
    [2, 3],
    [3, 4],
    [10, 11],
  ])('%i parties → %i copies (one each plus the committee)', (parties, copies) => {
    expect(agreementCopies(parties)).toBe(copies);
  });

  it.each([0, 1, 2.5, -3, Number.NaN, 99])('refuses %s parties', (parties) => {
    expect(() => agreementCopies(parties)).toThrow(RangeError);
  });
});

describe('copiesClause', () => {
  it.each([
    [2, '本协议一式三份，当事人、人民调解委员会各持一份。'],
    [3, '本协议一式四份，当事人、人民调解委员会各持一份。'],
    [9, '本协议一式十份，当事人、人民调解委员会各持一份。'],
    [10, '本协议一式十一份，当事人、人民调解委员会各持一份。'],
    [21, '本协议一式二十二份，当事人、人民调解委员会各持一份。'],
  ])('%i parties', (parties, clause) => {
    expect(copiesClause(parties)).toBe(clause);
  });
});
