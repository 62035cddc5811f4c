import { parseChineseNumber } from './articleNumber.ts';
import { isIsoDate as isRealIsoDate } from '../format/chineseDate.ts';

/**
 * Reads one statute file in the format of the shipped collection (`templates/laws/SOURCES.md`):
 * `# title` (the 民法典 files add a second `# 编` line), lines of adoption and amendment history,
 * `<!-- INFO END -->`, then `##`/`###`/`####` chapter, section and sub-section headings, and one article
 * per paragraph starting `第X条` followed by a space; an article's further paragraphs follow it until the
 * next article or heading. An administrator's replacement file must have the same shape, so every
 * problem is reported in Chinese with the line it is on.
 */
export interface ParsedArticle {
  readonly number: number;
  /** `第二百八十八条` exactly as written. */
  readonly label: string;
  /** Headings above the article, outermost first (`物权编 / 第二分编 所有权 / 第七章 相邻关系`). */
  readonly chapter: readonly string[];
  /** Paragraphs joined with newlines, without the `第X条 ` label. */
  readonly text: string;
}

export interface ParsedLawFile {
  readonly title: string;
  /** The 编 of a code split into several files (民法典), else null. */
  readonly part: string | null;
  /** The adoption or latest amendment date: from the file name `(YYYY-MM-DD)`, else the history lines. */
  readonly versionDate: string | null;
  readonly history: readonly string[];
  readonly articles: readonly ParsedArticle[];
}

export class LawFormatError extends Error {}

const ARTICLE = /^第([零〇一二两三四五六七八九十百千]+)条[ \u3000]+(.*)$/u;
const HEADING = /^(#{1,6})\s+(.+)$/u;
const INFO_END = '<!-- INFO END -->';
const FILE_DATE = /\((\d{4}-\d{2}-\d{2})\)/u;
const HISTORY_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;
/** A file larger than the largest shipped one (民法典合同编, 140 KB) several times over is not a statute. */
export const MAX_LAW_FILE_BYTES = 1_000_000;
/** Far above the longest article of the shipped texts (under 2,000 characters); indexing grows with it. */
export const MAX_ARTICLE_CHARS = 10_000;
const MAX_TITLE_CHARS = 100;

export function parseLawText(fileName: string, text: string): ParsedLawFile {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const infoEnd = lines.findIndex((line) => line.trim() === INFO_END);
  if (infoEnd < 0) throw new LawFormatError(`${fileName}：缺少“${INFO_END}”标记，不是法规库格式的文件。`);
  const titles: string[] = [];
  const history: string[] = [];
  for (const raw of lines.slice(0, infoEnd)) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = HEADING.exec(line);
    if (heading && heading[1] === '#') titles.push(heading[2]!.trim());
    else history.push(line);
  }
  const title = titles[0];
  if (!title) throw new LawFormatError(`${fileName}：第一行应为“# 法律名称”。`);
  if ([...title].length > MAX_TITLE_CHARS || /[<>]/u.test(title)) {
    throw new LawFormatError(`${fileName}：法律名称过长或含有“<”“>”，不是法规库格式的标题。`);
  }

  const articles: ParsedArticle[] = [];
  const headings: string[] = []; // index = heading level - 2
  let current: { number: number; label: string; chapter: string[]; paragraphs: string[] } | null = null;
  const finish = () => {
    if (current) {
      const length = current.paragraphs.reduce((n, p) => n + p.length, 0);
      if (length > MAX_ARTICLE_CHARS) {
        throw new LawFormatError(
          `${fileName}：${current.label}超过 ${MAX_ARTICLE_CHARS} 字，不像一条法条，请检查文件。`,
        );
      }
      articles.push({
        number: current.number,
        label: current.label,
        chapter: current.chapter,
        text: current.paragraphs.join('\n'),
      });
    }
    current = null;
  };
  for (let i = infoEnd + 1; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const heading = HEADING.exec(line);
    if (heading) {
      finish();
      const level = heading[1]!.length;
      if (level < 2) throw new LawFormatError(`${fileName} 第${i + 1}行：正文中不应再有一级标题。`);
      headings.length = level - 2;
      headings[level - 2] = heading[2]!.replace(/\s+/gu, ' ').trim();
      continue;
    }
    const article = ARTICLE.exec(line);
    if (article) {
      finish();
      const number = parseChineseNumber(article[1]!);
      if (number === null || number < 1)
        throw new LawFormatError(`${fileName} 第${i + 1}行：无法识别条文序号。`);
      const chapter = headings.filter((h) => h !== undefined && h !== '');
      current = {
        number,
        label: `第${article[1]!}条`,
        chapter: titles[1] ? [titles[1], ...chapter] : chapter,
        paragraphs: article[2]!.trim() === '' ? [] : [article[2]!.trim()],
      };
      continue;
    }
    if (!current) {
      // Preambles (序言) of some regulations sit before the first article; they are not citable.
      continue;
    }
    (current as { paragraphs: string[] }).paragraphs.push(line);
  }
  finish();
  if (articles.length === 0) throw new LawFormatError(`${fileName}：没有找到任何“第X条”条文。`);
  return { title, part: titles[1] ?? null, versionDate: versionDateOf(fileName, history), history, articles };
}

function versionDateOf(fileName: string, history: readonly string[]): string | null {
  const fromName = FILE_DATE.exec(fileName);
  if (fromName && isRealIsoDate(fromName[1]!)) return fromName[1]!;
  // The latest date among the history lines that adopt or amend the text (not 施行, which only starts it).
  let latest: string | null = null;
  for (const line of history) {
    if (!/通过|修正|修订|公布|发布/u.test(line)) continue;
    const match = HISTORY_DATE.exec(line);
    if (!match) continue;
    const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    if (isRealIsoDate(iso) && (latest === null || iso > latest)) latest = iso;
  }
  return latest;
}

/**
 * Checks that a law's articles, once its files are put together, are numbered 1…N with no gap or
 * repeat: the count a mediator expects (民法典 1,260) and a guard against a truncated or doubled file.
 */
export function articleNumberProblems(title: string, articles: readonly ParsedArticle[]): string[] {
  const problems: string[] = [];
  const sorted = [...articles].sort((a, b) => a.number - b.number);
  for (let i = 0; i < sorted.length; i += 1) {
    if (sorted[i]!.number !== i + 1) {
      problems.push(`《${title}》条文序号不连续：应为第${i + 1}条，实为${sorted[i]!.label}。`);
      break;
    }
  }
  return problems;
}
