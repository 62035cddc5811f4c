import type { Generated } from 'kysely';

/** Row types of the statute library (migration law_library); the FTS5 indexes are queried with raw SQL. */
export interface LawTable {
  id: Generated<number>;
  title: string;
  version_date: string | null;
  source: 'builtin' | 'admin';
  article_count: number;
  loaded_at: string;
  loaded_by: string | null;
}

export interface LawFileTable {
  id: Generated<number>;
  law_id: number;
  file_name: string;
  part: string | null;
  sha256: string;
  content: string;
}

export interface LawArticleTable {
  id: Generated<number>;
  law_id: number;
  number: number;
  label: string;
  chapter: string;
  text: string;
}

export interface LawTopicTable {
  dispute_type: string;
  subtype_name: string;
  articles: string;
  updated_at: string;
  updated_by: string | null;
}

export interface LawTables {
  law: LawTable;
  law_file: LawFileTable;
  law_article: LawArticleTable;
  law_topic: LawTopicTable;
}
