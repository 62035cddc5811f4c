import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  articleLabel,
  formatChineseNumber,
  parseChineseNumber,
} from '../../../src/shared/laws/articleNumber.ts';
import { articleReferenceQuery, citationText } from '../../../src/shared/laws/articleReference.ts';
import {
  DEFAULT_SUBTYPE_ARTICLES,
  DEFAULT_TYPE_ARTICLES,
  GENERAL_MEDIATION_ARTICLES,
} from '../../../src/shared/laws/defaultLawTopics.ts';
import {
  articleNumberProblems,
  LawFormatError,
  parseLawText,
  type ParsedArticle,
} from '../../../src/shared/laws/parseLawText.ts';
import { DISPUTE_SUBTYPE_SEED } from '../../../migrations/0002_seed.ts';

const LAWS_DIR = path.resolve(import.meta.dirname, '../../../templates/laws');
const files = fs.readdirSync(LAWS_DIR).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');

function shippedLaws() {
  const laws = new Map<string, { versionDates: (string | null)[]; articles: ParsedArticle[] }>();
  for (const file of files) {
    const parsed = parseLawText(file, fs.readFileSync(path.join(LAWS_DIR, file), 'utf8'));
    const law = laws.get(parsed.title) ?? { versionDates: [], articles: [] };
    law.versionDates.push(parsed.versionDate);
    law.articles.push(...parsed.articles);
    laws.set(parsed.title, law);
  }
  return laws;
}

test('article numbers as statutes write them, both ways, for every number a law can have', () => {
  expect(parseChineseNumber('二百八十八')).toBe(288);
  expect(parseChineseNumber('一千二百六十')).toBe(1260);
  expect(parseChineseNumber('一百零五')).toBe(105);
  expect(parseChineseNumber('十')).toBe(10);
  expect(parseChineseNumber('一千零一十')).toBe(1010);
  expect(parseChineseNumber('三人')).toBeNull();
  expect(articleLabel(288)).toBe('第二百八十八条');
  expect(articleLabel(1010)).toBe('第一千零一十条');
  expect(articleLabel(110)).toBe('第一百一十条');
  expect(articleLabel(15)).toBe('第十五条');
  for (let n = 1; n <= 9999; n += 1) expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
});

test('every shipped file parses, and each law numbers its articles 1…N as its own text does', () => {
  expect(files).toHaveLength(27);
  const laws = shippedLaws();
  expect(laws.size).toBe(20); // the 民法典 is eight files, one law
  const counts = Object.fromEntries([...laws].map(([title, law]) => [title, law.articles.length]));
  expect(counts).toMatchObject({
    中华人民共和国民法典: 1260,
    中华人民共和国人民调解法: 35,
    中华人民共和国民事诉讼法: 306,
    中华人民共和国劳动合同法: 98,
    最高人民法院关于人民调解协议司法确认程序的若干规定: 13,
    物业管理条例: 67,
  });
  for (const [title, law] of laws) {
    expect(articleNumberProblems(title, law.articles), title).toEqual([]);
    // The last article's own label names the count (第一千二百六十条 for 1,260 articles).
    const last = [...law.articles].sort((a, b) => a.number - b.number).at(-1)!;
    expect(last.label).toBe(articleLabel(law.articles.length));
    expect(
      law.versionDates.every((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)),
      title,
    ).toBe(true);
  }
});

test('articles keep their chapter path and every paragraph; the 民法典 takes its date from its history', () => {
  const text = fs.readFileSync(path.join(LAWS_DIR, '民法典-物权编.md'), 'utf8');
  const parsed = parseLawText('民法典-物权编.md', text);
  expect(parsed.title).toBe('中华人民共和国民法典');
  expect(parsed.part).toBe('物权编');
  expect(parsed.versionDate).toBe('2020-05-28');
  const a290 = parsed.articles.find((a) => a.number === 290)!;
  expect(a290.chapter).toEqual(['物权编', '第二分编 所有权', '第七章 相邻关系']);
  expect(a290.text.split('\n')).toHaveLength(2);
  expect(a290.text).toContain('对自然流水的利用');
  const mediation = parseLawText(
    '人民调解法(2010-08-28).md',
    fs.readFileSync(path.join(LAWS_DIR, '人民调解法(2010-08-28).md'), 'utf8'),
  );
  expect(mediation.versionDate).toBe('2010-08-28');
});

test('a file not in the library format is refused with the reason in Chinese', () => {
  expect(() => parseLawText('x.md', '# 某法\n第一条 没有标记')).toThrow(LawFormatError);
  expect(() => parseLawText('x.md', '# 某法\n<!-- INFO END -->\n只有文字')).toThrow(/没有找到任何“第X条”/);
  const gap = parseLawText('x.md', '# 某法\n<!-- INFO END -->\n第一条 甲。\n第三条 丙。');
  expect(articleNumberProblems('某法', gap.articles)).toEqual([
    '《某法》条文序号不连续：应为第2条，实为第三条。',
  ]);
});

test('every article of the shipped dispute-type mapping exists in the shipped library', () => {
  const laws = shippedLaws();
  const refs = [
    ...Object.values(DEFAULT_TYPE_ARTICLES).flat(),
    ...Object.values(DEFAULT_SUBTYPE_ARTICLES).flat(),
    ...GENERAL_MEDIATION_ARTICLES,
  ];
  expect(refs.length).toBeGreaterThan(100);
  for (const ref of refs) {
    const law = laws.get(ref.lawTitle);
    expect(law, ref.lawTitle).toBeDefined();
    expect(
      law!.articles.some((a) => a.number === ref.number),
      `${ref.lawTitle} ${ref.number}`,
    ).toBe(true);
  }
  // Every seeded sub-type has its own list.
  for (const [, names] of DISPUTE_SUBTYPE_SEED) {
    for (const name of names) {
      if (['村务管理', '旅游', '金融', '保险', '知识产权', '新业态/灵活就业'].includes(name)) continue;
      expect(DEFAULT_SUBTYPE_ARTICLES[name], name).toBeDefined();
    }
  }
});

test('article references typed as people say them, and the citation printed into the record', () => {
  expect(articleReferenceQuery('民法典 288条')).toBe('民法典 第二百八十八条');
  expect(articleReferenceQuery('第1165条 过错')).toBe('第一千一百六十五条 过错');
  expect(articleReferenceQuery('漏水 12345678')).toBe('漏水 12345678');
  const article = {
    lawTitle: '中华人民共和国民法典',
    label: '第二百八十八条',
    text: '不动产的相邻权利人应当……\n第二段。',
  };
  expect(citationText(article, false)).toBe('依据《中华人民共和国民法典》第二百八十八条');
  expect(citationText(article, true)).toBe(
    '依据《中华人民共和国民法典》第二百八十八条：“不动产的相邻权利人应当……第二段。”',
  );
});
