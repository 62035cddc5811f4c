import { parseChineseNumber } from '../../../shared/laws/articleNumber.ts';
import type { ArticleRef, LawSummary } from '../../../shared/types/laws.ts';
import { shortLawTitle } from './ArticleText.tsx';

/** 《中华人民共和国民法典》第288条 → `民法典 288`: one line per article in the editor. */
export function refsToLines(refs: readonly ArticleRef[]): string {
  return refs.map((r) => `${shortLawTitle(r.lawTitle)} ${r.number}`).join('\n');
}

export type ParsedLines = { readonly refs: ArticleRef[] } | { readonly error: string };

/**
 * Reads the editor's lines: a law's name (full, or without 中华人民共和国) and an article number in
 * figures or as written (`民法典 288`, `《民法典》第二百八十八条`). A line naming no known law, or no
 * number, is reported with its line number; the server checks again that each article exists.
 */
export function linesToRefs(text: string, laws: readonly LawSummary[]): ParsedLines {
  const refs: ArticleRef[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const match = /^《?([^》\d第\s]+)》?\s*第?\s*([\d零〇一二两三四五六七八九十百千]+)\s*条?$/u.exec(line);
    if (!match) return { error: `第 ${i + 1} 行“${line}”应写成“法律名称 条文序号”，如“民法典 288”。` };
    const name = match[1]!.trim();
    const law = laws.find((l) => l.title === name || shortLawTitle(l.title) === name);
    if (!law) return { error: `第 ${i + 1} 行：法条库中没有“${name}”。` };
    const number = /^\d+$/u.test(match[2]!) ? Number(match[2]) : parseChineseNumber(match[2]!);
    if (number === null || number < 1) return { error: `第 ${i + 1} 行：无法识别条文序号“${match[2]}”。` };
    refs.push({ lawTitle: law.title, number });
  }
  return { refs };
}
