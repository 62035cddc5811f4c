import type { CaseSummary } from './dispute.ts';

/** Where in a case a search term was found. */
export const SEARCH_FIELDS = [
  'case_no',
  'names',
  'refs',
  'summary',
  'agreement',
  'minutes',
  'identifier',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const SEARCH_FIELD_LABELS: Readonly<Record<SearchField, string>> = {
  case_no: '案号',
  names: '当事人',
  refs: '外部编号',
  summary: '纠纷情况',
  agreement: '协议条款',
  minutes: '调解记录',
  identifier: '证件号码/电话',
};

/** A run of snippet text; `hit` marks the parts that matched a term (rendered highlighted). */
export interface SnippetPart {
  readonly text: string;
  readonly hit: boolean;
}

export interface SearchHit {
  readonly case: CaseSummary;
  readonly field: SearchField;
  readonly snippet: readonly SnippetPart[];
}

export interface SearchResult {
  /** The terms the query was split into, as they were matched. */
  readonly terms: readonly string[];
  readonly hits: readonly SearchHit[];
  /** Number of matching cases, counted up to SEARCH_COUNT_CAP. */
  readonly total: number;
  /** True when more than SEARCH_COUNT_CAP cases match (shown as “1000+”). */
  readonly totalCapped: boolean;
  /** 'relevance' when ranked by bm25; 'newest' when only short terms or too many matches. */
  readonly order: 'relevance' | 'newest';
}

export const SEARCH_COUNT_CAP = 1000;
