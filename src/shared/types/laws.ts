import type { DisputeType } from './disputeTaxonomy.ts';
import type { SnippetPart } from './search.ts';

/** One statute in the library, as the 法条 page lists it. */
export interface LawSummary {
  readonly id: number;
  readonly title: string;
  /** Adoption or latest amendment date of the text loaded (YYYY-MM-DD), shown with every citation. */
  readonly versionDate: string | null;
  /** `builtin`: shipped with the program; `admin`: loaded by an administrator when the law was amended. */
  readonly source: 'builtin' | 'admin';
  readonly articleCount: number;
  readonly loadedAt: string;
  readonly loadedBy: string | null;
  readonly files: readonly string[];
}

/** A heading path of a law with the articles under it (first–last), for browsing. */
export interface LawChapter {
  readonly chapter: string;
  readonly firstNumber: number;
  readonly lastNumber: number;
  readonly articleCount: number;
}

export interface LawArticle {
  readonly id: number;
  readonly lawId: number;
  readonly lawTitle: string;
  readonly versionDate: string | null;
  readonly number: number;
  /** `第二百八十八条` */
  readonly label: string;
  readonly chapter: string;
  readonly text: string;
}

export interface LawSearchHit {
  readonly article: LawArticle;
  readonly snippet: readonly SnippetPart[];
}

export interface LawSearchResult {
  readonly terms: readonly string[];
  readonly total: number;
  readonly hits: readonly LawSearchHit[];
}

/** An article named by its law's title and number: how mappings and citations refer to articles. */
export interface ArticleRef {
  readonly lawTitle: string;
  readonly number: number;
}

/** The articles mediators rely on for one dispute type (and optionally one sub-type). */
export interface LawTopic {
  readonly disputeType: DisputeType;
  /** '' for the whole type. */
  readonly subtypeName: string;
  /** `custom`: an administrator's list; `default`: the list shipped with the program. */
  readonly source: 'default' | 'custom';
  readonly articles: readonly ArticleRef[];
}

/** 相关法条 on a case page: its sub-type's articles first, then its type's. */
export interface CaseLaws {
  readonly disputeType: DisputeType;
  readonly subtypeName: string | null;
  readonly articles: readonly (LawArticle & { readonly reason: string })[];
}
