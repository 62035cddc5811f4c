import type { SqliteDatabase } from '../connection.ts';

/**
 * Rebuilds the search index rows (migration 0004) of the cases the triggers of migration 0008 noted in
 * search_dirty, each case once, and clears the notes, in one write transaction (a savepoint when called
 * inside one). The notes commit with the data that caused them, so the queue survives a crash.
 *
 * Saves do not wait for this: it runs before every search, when the program is idle, and when the
 * file is opened or closed (createCore), so a search never sees a stale index and a save does not pay
 * for rebuilding two full-text indexes inside its commit (~1 ms and a quarter of its pages).
 *
 * Returns a function that reports how many cases it reindexed; with nothing noted it only reads the
 * empty queue. Before migration 0008 has run (while an older file is being migrated) there is no
 * queue yet and it does nothing.
 */
export function createSearchIndexer(sqlite: SqliteDatabase): () => number {
  let statements: ReturnType<typeof prepare> | null = null;
  const hasQueue = sqlite.prepare(
    `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'search_dirty'`,
  );

  function prepare() {
    const noted = sqlite.prepare('SELECT case_id FROM search_dirty ORDER BY case_id').pluck();
    const deleteTri = sqlite.prepare('DELETE FROM case_search_tri WHERE rowid = ?');
    const insertTri = sqlite.prepare(`
      INSERT INTO case_search_tri (rowid, case_no, names, refs, summary, agreement, minutes)
      SELECT case_id, case_no, names, refs, summary, agreement, minutes FROM case_search_source WHERE case_id = ?`);
    const deleteGram = sqlite.prepare('DELETE FROM case_search_gram WHERE rowid = ?');
    // Each character followed by the pair starting at it; a pair ending in a space or punctuation
    // tokenises to the single character, so the last character of every run is covered too. The
    // document is materialised once so the view's subqueries do not run per character.
    const insertGram = sqlite.prepare(`
      INSERT INTO case_search_gram (rowid, grams)
      WITH doc AS MATERIALIZED (
        SELECT case_id AS id, concat_ws(' ', case_no, names, refs, summary, agreement, minutes) AS t
        FROM case_search_source WHERE case_id = ?)
      SELECT doc.id, group_concat(substr(doc.t, search_position.n, 1) || ' ' || substr(doc.t, search_position.n, 2), ' ')
      FROM doc JOIN search_position ON search_position.n <= length(doc.t) GROUP BY doc.id`);
    const clear = sqlite.prepare('DELETE FROM search_dirty');
    const reindex = sqlite.transaction(() => {
      const ids = noted.all() as number[];
      for (const id of ids) {
        deleteTri.run(id);
        insertTri.run(id);
        deleteGram.run(id);
        insertGram.run(id);
      }
      clear.run();
      return ids.length;
    });
    return { noted, reindex };
  }

  return () => {
    if (!statements) {
      if (hasQueue.get() === undefined) return 0;
      statements = prepare();
    }
    if (statements.noted.get() === undefined) return 0;
    // IMMEDIATE: the write lock first, so the queue read inside is the one that gets cleared.
    return statements.reindex.immediate();
  };
}
