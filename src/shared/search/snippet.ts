import type { SnippetPart } from '../types/search.ts';

/**
 * A short excerpt of `text` around the first occurrence of any term, with every occurrence inside it
 * marked. Matching ignores letter case, as both FTS5 tokenizers do. Returns null when no term occurs.
 * Plain parts rather than HTML, so the page never renders stored text as markup.
 */
export function makeSnippet(text: string, terms: readonly string[], radius = 24): SnippetPart[] | null {
  const lower = text.toLowerCase();
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  let first = -1;
  for (const needle of needles) {
    const at = lower.indexOf(needle);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return null;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 3);
  const parts: SnippetPart[] = [];
  let plain = start > 0 ? '…' : '';
  let i = start;
  while (i < end) {
    const needle = needles.find((n) => lower.startsWith(n, i));
    if (needle) {
      if (plain) parts.push({ text: plain, hit: false });
      plain = '';
      parts.push({ text: text.slice(i, i + needle.length), hit: true });
      i += needle.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (end < text.length) plain += '…';
  if (plain) parts.push({ text: plain, hit: false });
  return parts;
}
