/**
 * Splits what a user typed into the search box into terms and decides how each one is looked up
 * (stack notes §2.6): 3+ characters through the trigram index, 1–2 characters through the bigram
 * index, ID numbers and phone numbers by exact match only. Nothing the user types is ever passed to
 * FTS5 as syntax: every term becomes a quoted phrase, so `"`, `*`, `-`, NEAR, AND, OR are literal text.
 */
export interface SearchPlan {
  /** Every term kept, in the order typed (for highlighting). */
  readonly terms: readonly string[];
  /** Terms of 3+ characters: trigram phrases. */
  readonly long: readonly string[];
  /** Terms of 1–2 letters or digits, lower-cased: bigram tokens. */
  readonly short: readonly string[];
  /** 18/15-digit ID numbers, upper-cased X. */
  readonly idNumbers: readonly string[];
  /** Mobile and landline numbers, digits only (and the dashed form for landlines). */
  readonly phones: readonly string[];
}

export const MAX_SEARCH_TERMS = 8;

const QUOTES = /^["'“”‘’「」『』《》]+|["'“”‘’「」『』《》]+$/gu;
const ID_NUMBER = /^(\d{17}[\dXx]|\d{15})$/;
const MOBILE = /^1\d{10}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export function planSearch(query: string, options: { readonly exactIdentifiers: boolean }): SearchPlan {
  // Control characters (a NUL ends an FTS5 string early) and lone surrogates are never search text.
  const raw = query
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cs}/gu, '')
    .split(/[\s\u3000]+/u)
    .map((t) => t.replace(QUOTES, ''))
    .filter((t) => t.length > 0);
  const terms: string[] = [];
  const long: string[] = [];
  const short: string[] = [];
  const idNumbers: string[] = [];
  const phones: string[] = [];
  for (const term of [...new Set(raw)].slice(0, MAX_SEARCH_TERMS)) {
    if (options.exactIdentifiers && ID_NUMBER.test(term)) {
      idNumbers.push(term.toUpperCase());
      terms.push(term.toUpperCase());
    } else if (options.exactIdentifiers && (MOBILE.test(term) || LANDLINE.test(term))) {
      phones.push(term, term.replace('-', ''));
      terms.push(term);
    } else if ([...term].length >= 3) {
      long.push(term);
      terms.push(term);
    } else {
      // A 1–2 character term keeps only letters and digits: the bigram index holds nothing else.
      const cleaned = term.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
      if (cleaned.length === 0) continue;
      short.push(cleaned);
      terms.push(cleaned);
    }
  }
  return { terms, long, short, idNumbers, phones: [...new Set(phones)] };
}

/** An FTS5 string phrase: the term in double quotes with inner quotes doubled, never syntax. */
export function quotePhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Implicit AND of quoted phrases. */
export function matchExpression(terms: readonly string[]): string {
  return terms.map(quotePhrase).join(' ');
}
