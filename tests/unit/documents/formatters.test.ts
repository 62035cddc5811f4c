import { describe, expect, it } from 'vitest';
import {
  ageOn,
  formatChineseDate,
  formatChineseDateTime,
  formatChineseTimeSpan,
} from '../../../src/main/documents/format/chineseDate.ts';
import { clauseTexts, copiesText, obligationText } from '../../../src/main/documents/mapping/caseText.ts';
import { sampleCase } from '../../fixtures/sampleCase.ts';

describe('document dates', () => {
  it('writes dates and date-times without zero padding', () => {
    expect(formatChineseDate('2026-11-22')).toBe('2026年11月22日');
    expect(formatChineseDate('2026-01-05T08:00')).toBe('2026年1月5日');
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
});

describe('agreement wording', () => {
  it('writes an obligation with due date, 大写 and figures', () => {
    expect(obligationText(sampleCase, sampleCase.agreement!.obligations[0]!)).toBe(
      '被申请人李卫东于2026年12月10日前向申请人张建国一次性支付房屋漏水造成的吊顶、墙面、地板及家具损失赔偿款人民币叁万伍仟陆佰元整（¥35,600.00）。',
    );
  });

  it('numbers clauses 一、二、三、 and counts copies as parties + 1', () => {
    expect(clauseTexts(sampleCase).map((clause) => clause.slice(0, 2))).toEqual(['一、', '二、', '三、']);
    expect(copiesText(sampleCase)).toBe('三');
    const three = {
      ...sampleCase,
      parties: [...sampleCase.parties, { ...sampleCase.parties[0]!, id: 'p3', name: '王芳' }],
    };
    expect(copiesText(three)).toBe('四');
    expect(copiesText({ ...sampleCase, parties: [sampleCase.parties[0]!] })).toBeUndefined();
  });
});
