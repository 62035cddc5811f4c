import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { citationText } from '../../../src/shared/laws/articleReference.ts';
import { callApi, loginAs, mustCall } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { caseWithAgreement, openDocumentCore, setUpAsAdmin } from '../documents/wiring/wiringKit.ts';

const LAWS_DIR = path.resolve(import.meta.dirname, '../../../templates/laws');

let dataDir: string;
let core: Core;
let admin: string;

beforeAll(async () => {
  dataDir = makeTempDir('mdesk-laws-');
  core = await openDocumentCore(dataDir);
  admin = await setUpAsAdmin(core);
});
afterAll(async () => {
  await core.close();
  removeTempDir(dataDir);
});

const search = (q: string, token = admin) =>
  mustCall(core, 'law.search', { q, page: 1, pageSize: 20 }, token);
const labels = async (q: string) =>
  (await search(q)).hits.map((h) => `${h.article.lawTitle.replace('中华人民共和国', '')}${h.article.label}`);

test('the shipped library is loaded on first use: every law with its version date and article count', async () => {
  const laws = await mustCall(core, 'law.list', {}, admin);
  expect(laws).toHaveLength(20);
  const civil = laws.find((l) => l.title === '中华人民共和国民法典')!;
  expect(civil).toMatchObject({ versionDate: '2020-05-28', source: 'builtin', articleCount: 1260 });
  expect(civil.files).toHaveLength(8);
  expect(laws.find((l) => l.title === '中华人民共和国民事诉讼法')).toMatchObject({
    versionDate: '2023-09-01',
    articleCount: 306,
  });
  // Loading again (a second core on the same file) changes nothing.
  const before = await mustCall(core, 'law.list', {}, admin);
  expect(before.map((l) => l.loadedAt)).toEqual(laws.map((l) => l.loadedAt));
});

test('search finds articles by terms of any length, ranked, with the hit marked in a snippet', async () => {
  // 3+ characters: the trigram index, the 相邻关系 chapter first.
  const long = await search('相邻关系');
  expect(long.total).toBeGreaterThan(5);
  expect(long.hits.slice(0, 5).every((h) => h.article.chapter.includes('相邻关系'))).toBe(true);
  expect(long.hits[0]!.snippet.some((p) => p.hit && p.text === '相邻关系')).toBe(true);
  // 2 characters and 1 character: the pair index.
  expect((await search('漏水')).total).toBe(0); // no statute says 漏水 …
  expect(await labels('排水')).toContain('民法典第二百九十条'); // … but 排水 is in 第二百九十条
  const one = await search('噪');
  expect(one.hits.map((h) => h.article.label)).toContain('第二百九十四条');
  // Several terms must all match; 288条 is read as 第二百八十八条.
  expect((await labels('民法典 288条'))[0]).toBe('民法典第二百八十八条');
  expect((await labels('人民调解法 第33条'))[0]).toBe('人民调解法第三十三条');
  expect(await labels('宅基地 一户')).toContain('土地管理法第六十二条');
  // FTS syntax is text, never syntax.
  expect((await search('"相邻" OR NEAR(x)')).total).toBe(0);
});

test('browsing by law and chapter', async () => {
  const laws = await mustCall(core, 'law.list', {}, admin);
  const civil = laws.find((l) => l.title === '中华人民共和国民法典')!;
  const { chapters } = await mustCall(core, 'law.chapters', { lawId: civil.id }, admin);
  const neighbours = chapters.find((c) => c.chapter === '物权编 / 第二分编 所有权 / 第七章 相邻关系')!;
  expect(neighbours).toMatchObject({ firstNumber: 288, lastNumber: 296, articleCount: 9 });
  const articles = await mustCall(core, 'law.articles', { lawId: civil.id, first: 288, last: 296 }, admin);
  expect(articles.map((a) => a.label)).toHaveLength(9);
  expect(articles[0]!.text).toMatch(/^不动产的相邻权利人应当按照有利生产、方便生活/);
  const tooMany = await callApi(core, 'law.articles', { lawId: civil.id, first: 1, last: 1260 }, admin);
  expect(tooMany.ok || tooMany.error.code).toBe('INVALID_INPUT');
});

test('相关法条 of a 漏水 case: the sub-type first, then the type, then the agreement articles', async () => {
  const subtypes = await mustCall(core, 'taxonomy.subtypes', { disputeType: 'neighbourhood' }, admin);
  const leak = subtypes.find((s) => s.name === '漏水')!;
  const c = await mustCall(
    core,
    'case.create',
    {
      title: '楼上漏水纠纷',
      summary: '楼上卫生间漏水，楼下天花板受损。',
      disputeType: 'neighbourhood',
      disputeSubtypeId: leak.id,
      source: 'party_application',
      parties: [{ role: 'applicant', name: '张建国' }],
    },
    admin,
  );
  const caseId = c.id;
  // A 噪音 case of the same type leads with 第二百九十四条 instead.
  const noise = subtypes.find((s) => s.name === '噪音')!;
  const noisy = await mustCall(
    core,
    'case.create',
    {
      title: '噪音纠纷',
      summary: '夜间噪音。',
      disputeType: 'neighbourhood',
      disputeSubtypeId: noise.id,
      source: 'party_application',
      parties: [{ role: 'applicant', name: '王五' }],
    },
    admin,
  );
  const noiseLaws = await mustCall(core, 'law.forCase', { caseId: noisy.id }, admin);
  expect(noiseLaws.articles.slice(0, 3).map((a) => a.label)).toEqual([
    '第二百八十八条',
    '第二百九十四条',
    '第一千一百六十五条',
  ]);
  expect(noiseLaws.articles[0]!.reason).toBe('子类“噪音”');
  const laws = await mustCall(core, 'law.forCase', { caseId }, admin);
  const first = laws.articles[0]!;
  expect(`${first.lawTitle}${first.label}`).toBe('中华人民共和国民法典第二百八十八条');
  expect(laws.subtypeName).toBe('漏水');
  expect(laws.articles.slice(0, 5).map((a) => a.label)).toEqual([
    '第二百八十八条',
    '第二百九十条',
    '第二百九十六条',
    '第一千一百六十五条',
    '第一千一百八十四条',
  ]);
  expect(laws.articles[0]!.reason).toBe('子类“漏水”');
  // then the type's own list adds what the sub-type did not name (通行, 通风采光 …)
  expect(laws.articles.find((a) => a.label === '第二百九十一条')!.reason).toBe('邻里纠纷');
  expect(new Set(laws.articles.map((a) => a.id)).size).toBe(laws.articles.length);
  expect(laws.articles.at(-1)!.reason).toBe('调解协议');
  expect(laws.articles.at(-1)!.lawTitle).toBe('中华人民共和国人民调解法');
});

test('an administrator edits a type’s articles; an article not in the library is refused and nothing changes', async () => {
  const bad = await callApi(
    core,
    'law.saveTopic',
    {
      disputeType: 'consumer',
      subtypeName: '',
      articles: [{ lawTitle: '中华人民共和国消费者权益保护法', number: 999 }],
    },
    admin,
  );
  expect(bad.ok).toBe(false);
  if (!bad.ok) {
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.message).toContain('法条库中没有：《中华人民共和国消费者权益保护法》第999条');
  }
  const topics = await mustCall(core, 'law.topics', {}, admin);
  expect(topics.find((t) => t.disputeType === 'consumer' && t.subtypeName === '')!.source).toBe('default');
  const saved = await mustCall(
    core,
    'law.saveTopic',
    {
      disputeType: 'consumer',
      subtypeName: '',
      articles: [{ lawTitle: '中华人民共和国消费者权益保护法', number: 55 }],
    },
    admin,
  );
  expect(saved).toMatchObject({ source: 'custom', articles: [{ number: 55 }] });
  const reset = await mustCall(
    core,
    'law.saveTopic',
    { disputeType: 'consumer', subtypeName: '', articles: null },
    admin,
  );
  expect(reset.source).toBe('default');
  const clerk = await loginAs(core, admin, 'intake', 'clerk-laws');
  const denied = await callApi(
    core,
    'law.saveTopic',
    { disputeType: 'consumer', subtypeName: '', articles: null },
    clerk,
  );
  expect(denied.ok || denied.error.code).toBe('PERMISSION_DENIED');
  expect((await search('相邻', clerk)).total).toBeGreaterThan(0);
});

test('an amended law replaces the shipped text (only its 编 for the 民法典), is searchable, and can be reverted', async () => {
  const original = fs.readFileSync(path.join(LAWS_DIR, '人民调解法(2010-08-28).md'), 'utf8');
  const amended = original
    .replace(
      '2010年8月28日 第十一届全国人民代表大会常务委员会第十六次会议通过',
      '2010年8月28日 通过\n\n2027年3月1日 修正',
    )
    .replace(
      '人民调解委员会调解民间纠纷，不收取任何费用。',
      '人民调解委员会调解民间纠纷，不收取任何费用，亦不得变相收费。',
    );
  const loaded = await mustCall(
    core,
    'law.import',
    { fileName: '人民调解法(修正).md', content: amended },
    admin,
  );
  expect(loaded).toMatchObject({
    source: 'admin',
    versionDate: '2027-03-01',
    articleCount: 35,
    loadedBy: '王管理',
  });
  expect(await labels('变相收费')).toEqual(['人民调解法第四条']);

  // A truncated file would lose articles: refused, and the loaded text stays.
  const truncated = original.split('第二十条')[0]!;
  const refused = await callApi(
    core,
    'law.import',
    { fileName: '人民调解法.md', content: truncated.replace('第十条', '第十一条') },
    admin,
  );
  expect(refused.ok || refused.error.code).toBe('INVALID_INPUT');
  expect(await labels('变相收费')).toEqual(['人民调解法第四条']);
  // Not the library format at all; a path is not a file name.
  const notLaw = await callApi(core, 'law.import', { fileName: 'x.md', content: '随便写的文字' }, admin);
  expect(notLaw.ok || notLaw.error.code).toBe('INVALID_INPUT');
  const pathName = await callApi(
    core,
    'law.import',
    { fileName: '../../etc/passwd.md', content: amended },
    admin,
  );
  expect(pathName.ok || pathName.error.code).toBe('INVALID_INPUT');

  // One 编 of the 民法典: the other 1,2xx articles stay.
  const book = fs
    .readFileSync(path.join(LAWS_DIR, '民法典-继承编.md'), 'utf8')
    .replace('继承从被继承人死亡时开始。', '继承从被继承人死亡时开始。（测试修订）');
  const civil = await mustCall(
    core,
    'law.import',
    { fileName: '民法典-继承编(修订).md', content: book },
    admin,
  );
  expect(civil.articleCount).toBe(1260);
  expect(civil.files).toHaveLength(8);
  expect(await labels('测试修订')).toEqual(['民法典第一千一百二十一条']);

  const laws = await mustCall(core, 'law.list', {}, admin);
  const mediationLaw = laws.find((l) => l.title === '中华人民共和国人民调解法')!;
  const reverted = await mustCall(core, 'law.revert', { lawId: mediationLaw.id }, admin);
  expect(reverted.find((l) => l.title === '中华人民共和国人民调解法')).toMatchObject({
    source: 'builtin',
    versionDate: '2010-08-28',
  });
  expect((await search('变相收费')).total).toBe(0);
});

test('a replacement much shorter than the law, a whole-code file for a code kept by 编, and giant articles are refused', async () => {
  const before = (await mustCall(core, 'law.list', {}, admin)).map((l) => [l.title, l.articleCount]);
  const oneArticle = (title: string) =>
    `# ${title}\n\n2027年1月1日 修正\n\n<!-- INFO END -->\n\n第一条 只有一条。\n`;
  for (const [content, pattern] of [
    [oneArticle('中华人民共和国人民调解法'), /新文本只有 1 条，而现有的《中华人民共和国人民调解法》有 35 条/],
    [oneArticle('中华人民共和国民法典'), /按编保存，请按编导入/],
    [`# 某新法\n<!-- INFO END -->\n第一条 ${'长'.repeat(20_000)}\n`, /第一条超过 10000 字/],
    [`# ${'名'.repeat(200)}\n<!-- INFO END -->\n第一条 甲。\n`, /法律名称过长/],
    ['# 某法\n<!-- INFO END -->\n第一条 残缺\ud800。\n', /文件内容/],
  ] as const) {
    const refused = await callApi(core, 'law.import', { fileName: '修订.md', content }, admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.message).toMatch(pattern);
    }
  }
  expect((await mustCall(core, 'law.list', {}, admin)).map((l) => [l.title, l.articleCount])).toEqual(before);
});

test('a citation inserted into the agreement is printed in the generated 协议书', async () => {
  const [article] = (await search('民法典 288条')).hits.map((h) => h.article);
  const cite = citationText(article!, false);
  const c = await caseWithAgreement(core, admin, {
    facts: `楼上卫生间漏水致楼下受损。${cite}，双方应妥善处理相邻关系。`,
  });
  const record = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'agreement', mode: 'final' },
    admin,
  );
  const bytes = fs.readFileSync(path.join(dataDir, 'documents', c.id, `${record.id}.docx`));
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text).toContain('依据《中华人民共和国民法典》第二百八十八条');
});
