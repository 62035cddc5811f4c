import { describe, expect, it } from 'vitest';
import { caseCreateInput } from '../../../src/shared/schemas/dispute.ts';
import { findTextProblem, textProblemMessage } from '../../../src/shared/validation/textRules.ts';

describe('findTextProblem', () => {
  it.each([
    ['NUL', '张三\u0000', 'control'],
    ['BEL', '响铃\u0007', 'control'],
    ['ESC', '\u001b[31m红', 'control'],
    ['DEL', '删\u007f', 'control'],
    ['C1 NEL', '下一行\u0085', 'control'],
    ['vertical tab', 'a\u000bb', 'control'],
    ['RLO U+202E', '合同\u202Efdp.exe', 'bidi'],
    ['LRE U+202A', '\u202A文字', 'bidi'],
    ['PDF U+202C', '文字\u202C', 'bidi'],
    ['LRI U+2066', '\u2066文字', 'bidi'],
    ['PDI U+2069', '文字\u2069', 'bidi'],
    ['lone high surrogate', '残缺\uD800', 'surrogate'],
    ['lone low surrogate', '\uDC00残缺', 'surrogate'],
    ['reversed pair', '\uDC00\uD800', 'surrogate'],
    ['newline in one line', '第一行\n第二行', 'line-break'],
    ['tab in one line', '甲\t乙', 'line-break'],
  ] as const)('%s → %s', (_name, value, problem) => {
    expect(findTextProblem(value, 'single')).toBe(problem);
  });

  it.each([
    ['Chinese text', '张建国与李卫东邻里纠纷'],
    ['a supplementary-plane character (a real pair)', '𠀀𪚥'],
    ['emoji', '👍'],
    ['LRM/RLM marks are not overrides', '文字\u200E'],
    ['full-width punctuation', '（2026）栖尧人调字第1号'],
  ])('accepts %s', (_name, value) => {
    expect(findTextProblem(value, 'single')).toBeNull();
  });

  it('allows tab and line breaks only in multi-line fields', () => {
    expect(findTextProblem('第一行\r\n第二行\t缩进', 'multi')).toBeNull();
    expect(findTextProblem('第一行\n\u0000', 'multi')).toBe('control');
  });

  it('names the field in Chinese', () => {
    for (const problem of ['control', 'line-break', 'bidi', 'surrogate'] as const) {
      expect(textProblemMessage('纠纷名称', problem)).toMatch(/^纠纷名称中?/);
    }
  });
});

describe('the shared zod helpers carry the rule', () => {
  it('refuses a NUL in the title with the field named, and lets the summary have lines', () => {
    const applicant = [{ role: 'applicant', name: '张三' }];
    const bad = caseCreateInput.safeParse({
      title: '邻里\u0000纠纷',
      summary: '第一行\n第二行',
      parties: applicant,
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', textProblemMessage('纠纷名称', 'control')],
    ]);
    expect(
      caseCreateInput.safeParse({ title: '邻里纠纷', summary: '第一行\n第二行', parties: applicant }).success,
    ).toBe(true);
  });

  it('reaches nested party fields', () => {
    const result = caseCreateInput.safeParse({
      title: '邻里纠纷',
      summary: '漏水',
      parties: [
        { role: 'applicant', name: '张\u202E三', contacts: [{ kind: 'other', value: '微信\uD800' }] },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'parties.0.contacts.0.value',
      'parties.0.name',
    ]);
  });
});
