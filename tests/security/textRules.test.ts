import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import { openSecurityHost, valueOf, type SecurityHost } from './dataHostFixture.ts';

/**
 * Issue 13, item 7, as the attack that found it: NUL, ESC, BEL and U+202E typed into titles, names and
 * contacts were stored; a lone surrogate became U+FFFD after a "successful" call. Each is now refused
 * with INVALID_INPUT naming the field, and nothing is written (rows and audit entries alike).
 */
let s: SecurityHost;
let existing: CaseDetail;

beforeAll(async () => {
  s = await openSecurityHost();
  existing = valueOf(
    await s.api<CaseDetail>('case.create', {
      title: '张三与李四邻里纠纷',
      summary: '楼上漏水。',
      parties: [{ role: 'applicant', name: '张三' }],
    }),
  );
});
afterAll(() => s.close());

const BAD = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b[2J'],
  ['RLO U+202E', '\u202E'],
  ['LRI U+2066', '\u2066'],
] as const;

function expectRefused(
  reply: Awaited<ReturnType<SecurityHost['api']>>,
  field: string,
  label: string,
  before: Record<string, number>,
): void {
  expect(reply.status).toBe(400);
  expect(reply.body.ok).toBe(false);
  if (reply.body.ok) return;
  expect(reply.body.error.code).toBe('INVALID_INPUT');
  expect(Object.keys((reply.body.error.details as { fields: Record<string, string> }).fields)).toContain(
    field,
  );
  expect(reply.body.error.message).toContain(label);
  expect(s.rowCounts()).toEqual(before);
}

describe('text that is not text, sent over HTTP', () => {
  test.each(BAD)('case.create: a title with %s', async (_name, bad) => {
    const before = s.rowCounts();
    const reply = await s.api('case.create', {
      title: `合同${bad}纠纷.exe`,
      summary: '漏水。',
      parties: [{ role: 'applicant', name: '张三' }],
    });
    expectRefused(reply, 'title', '纠纷名称', before);
  });

  test.each(BAD)('case.create: a party name with %s', async (_name, bad) => {
    const before = s.rowCounts();
    const reply = await s.api('case.create', {
      title: '邻里纠纷',
      summary: '漏水。',
      parties: [{ role: 'applicant', name: `张${bad}三` }],
    });
    expectRefused(reply, 'parties.0.name', '姓名或名称', before);
  });

  test.each(BAD)('party.add: a contact of kind other with %s', async (_name, bad) => {
    const before = s.rowCounts();
    const reply = await s.api('party.add', {
      caseId: existing.id,
      expectedVersion: existing.version,
      party: { role: 'respondent', name: '李四', contacts: [{ kind: 'other', value: `微信${bad}lisi` }] },
    });
    expectRefused(reply, 'party.contacts.0.value', '联系方式', before);
  });

  test.each(BAD)('case.update: a summary (multi-line) with %s', async (_name, bad) => {
    const before = s.rowCounts();
    const reply = await s.api('case.update', {
      caseId: existing.id,
      expectedVersion: existing.version,
      fields: { summary: `第一行\n第二行${bad}` },
    });
    expectRefused(reply, 'fields.summary', '纠纷简要情况', before);
  });

  test.each([
    [
      'user.create displayName',
      'user.create',
      { username: 'evil', role: 'intake', password: 'Initial123', displayName: '管\u202E理员' },
      'displayName',
      '姓名',
    ],
    ['view.save name', 'view.save', { name: '视图\u0007', filters: {} }, 'name', '视图名称'],
    ['search.cases q', 'search.cases', { q: '张三\u0000' }, 'q', '搜索内容'],
  ] as const)('%s', async (_name, method, input, field, label) => {
    const before = s.rowCounts();
    expectRefused(await s.api(method, input), field, label, before);
  });

  test('a one-line field refuses a line break; a multi-line one keeps it', async () => {
    const before = s.rowCounts();
    expectRefused(
      await s.api('case.create', {
        title: '邻里\n纠纷',
        summary: '漏水。',
        parties: [{ role: 'applicant', name: '张三' }],
      }),
      'title',
      '纠纷名称',
      before,
    );
    const ok = valueOf(
      await s.api<CaseDetail>('case.create', {
        title: '邻里纠纷',
        summary: '第一行\n\t第二行',
        parties: [{ role: 'applicant', name: '张三' }],
      }),
    );
    expect(ok.summary).toBe('第一行\n\t第二行');
  });

  test.each([
    ['a lone high surrogate', '"残缺\\ud800"'],
    ['a lone low surrogate', '"\\udc00残缺"'],
  ])('a title with %s is refused, not turned into U+FFFD', async (_name, jsonTitle) => {
    const before = s.rowCounts();
    const reply = await s.rawApi(
      'case.create',
      `{"title":${jsonTitle},"summary":"漏水。","parties":[{"role":"applicant","name":"张三"}]}`,
    );
    expectRefused(reply, 'title', '纠纷名称', before);
  });

  test('a real supplementary-plane character (a surrogate pair) is still accepted', async () => {
    const created = valueOf(
      await s.rawApi<CaseDetail>(
        'case.create',
        '{"title":"\\ud840\\udc00姓邻里纠纷","summary":"漏水。","parties":[{"role":"applicant","name":"张三"}]}',
      ),
    );
    expect(created.title).toBe('𠀀姓邻里纠纷');
  });
});
