import { describe, expect, it } from 'vitest';
import { clauseAction, clauseSentence } from '../../../src/shared/agreements/clauseSentence.ts';
import { clauseTexts } from '../../../src/main/documents/mapping/caseText.ts';
import { sampleCase } from '../../fixtures/sampleCase.ts';

const parts = {
  obligorRole: '被申请人',
  obligorName: '陈志强',
  dueDate: '2026-12-10',
} as const;

describe('an agreement clause is composed from its parts and never repeats them', () => {
  it('composes who, by when, what and how much', () => {
    expect(clauseSentence({ ...parts, content: '向申请人张建国支付赔偿款', amountFen: 3_560_000 })).toBe(
      '被申请人陈志强于2026年12月10日前向申请人张建国支付赔偿款人民币叁万伍仟陆佰元整（¥35,600.00）。',
    );
  });

  it('takes a typed obligor and deadline off the free text (the doubled sentence of issue 15.6)', () => {
    const typed = '被申请人陈志强于2026年12月10日前自行修复402室卫生间防水层。';
    expect(clauseSentence({ ...parts, content: typed })).toBe(
      '被申请人陈志强于2026年12月10日前自行修复402室卫生间防水层。',
    );
    expect(clauseSentence({ ...parts, content: '陈志强，于12月10日前自行修复防水层' })).toBe(
      '被申请人陈志强于2026年12月10日前自行修复防水层。',
    );
    expect(clauseAction({ ...parts, content: '一、被申请人陈志强在2026年12月10日之前，赔偿损失' })).toBe(
      '赔偿损失',
    );
  });

  it('keeps a deadline in the text when no due date is set, and an amount typed once', () => {
    expect(clauseSentence({ ...parts, dueDate: null, content: '于年底前搬离' })).toBe(
      '被申请人陈志强于年底前搬离。',
    );
    expect(
      clauseSentence({
        ...parts,
        content: '支付赔偿款人民币叁万伍仟陆佰元整（¥35,600.00）',
        amountFen: 3_560_000,
      }),
    ).toBe('被申请人陈志强于2026年12月10日前支付赔偿款人民币叁万伍仟陆佰元整（¥35,600.00）。');
  });

  it('the documents print the same sentence', () => {
    const data = {
      ...sampleCase,
      agreement: {
        ...sampleCase.agreement!,
        obligations: [
          {
            ...sampleCase.agreement!.obligations[1]!,
            content: '被申请人李卫东于2026年11月30日前自行修复防水层',
          },
        ],
      },
    };
    expect(clauseTexts(data)[0]).toBe('一、被申请人李卫东于2026年11月30日前自行修复防水层。');
  });
});
