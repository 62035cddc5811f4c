import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The mediator's statute library (issue 19): laws → articles, searchable like cases.
 *
 * - `law`: one row per statute (the 民法典's 编 files make one law), with its version date and where the
 *   text came from: `builtin` (shipped in templates/laws, reloaded when a release ships a changed file)
 *   or `admin` (a file an administrator loaded when the law was amended; kept until reverted).
 * - `law_file`: the source text of each loaded file, so a backup carries an administrator's texts and a
 *   changed shipped file is noticed by its SHA-256.
 * - `law_article`: one row per article; `chapter` is the heading path (编 / 章 / 节) joined by " / ".
 * - `law_search_tri` / `law_search_gram`: the same two contentless FTS5 indexes cases have (trigram for
 *   3+ characters, single characters and pairs for 1–2), filled by the service when a law is loaded:
 *   laws change only by loading a file, never row by row.
 * - `law_topic`: an administrator's own list of articles for a dispute type or sub-type; types without
 *   a row use the list shipped in code (src/shared/laws/defaultLawTopics.ts).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'law_library',
  async up(db) {
    await sql`
      CREATE TABLE law (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL UNIQUE,
        version_date TEXT,
        source TEXT NOT NULL CHECK (source IN ('builtin', 'admin')),
        article_count INTEGER NOT NULL,
        loaded_at TEXT NOT NULL,
        loaded_by TEXT
      ) STRICT`.execute(db);
    await sql`
      CREATE TABLE law_file (
        id INTEGER PRIMARY KEY,
        law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        part TEXT,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL,
        UNIQUE (law_id, file_name)
      ) STRICT`.execute(db);
    await sql`
      CREATE TABLE law_article (
        id INTEGER PRIMARY KEY,
        law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        label TEXT NOT NULL,
        chapter TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (law_id, number)
      ) STRICT`.execute(db);
    await sql`
      CREATE VIRTUAL TABLE law_search_tri USING fts5(
        heading, text, content = '', contentless_delete = 1, tokenize = 'trigram')`.execute(db);
    await sql`
      CREATE VIRTUAL TABLE law_search_gram USING fts5(
        grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61')`.execute(db);
    await sql`
      CREATE TABLE law_topic (
        dispute_type TEXT NOT NULL,
        subtype_name TEXT NOT NULL DEFAULT '',
        articles TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (dispute_type, subtype_name)
      ) STRICT, WITHOUT ROWID`.execute(db);
  },
};
