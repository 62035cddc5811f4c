import { articleLabel } from './articleNumber.ts';
import type { ArticleRef, LawArticle } from '../types/laws.ts';

const NUMBERED = /^第?(\d{1,4})条?$/u;

/**
 * Lets a mediator type an article as people say it: `288`, `288条` and `第288条` become `第二百八十八条`,
 * the label the statute prints, so `民法典 288条` finds 民法典 第二百八十八条. Other terms pass unchanged.
 */
export function articleReferenceQuery(query: string): string {
  return query
    .split(/([\s\u3000]+)/u)
    .map((part) => {
      const match = NUMBERED.exec(part);
      if (!match) return part;
      const n = Number(match[1]);
      return n >= 1 && n <= 9999 ? articleLabel(n) : part;
    })
    .join('');
}

/** `依据《中华人民共和国民法典》第二百八十八条`, optionally followed by the article's words. */
export function citationText(
  article: Pick<LawArticle, 'lawTitle' | 'label' | 'text'>,
  withText: boolean,
): string {
  const citation = `依据《${article.lawTitle}》${article.label}`;
  if (!withText) return citation;
  return `${citation}：“${article.text.replace(/\n/gu, '')}”`;
}

export const refKey = (ref: ArticleRef): string => `${ref.lawTitle}#${ref.number}`;
