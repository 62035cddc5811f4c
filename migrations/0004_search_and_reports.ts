import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Search, saved views and reports (issue 6).
 *
 * Full-text search keeps two contentless FTS5 indexes per case, both filled by triggers so every write
 * path (services, imports, hand edits) keeps them in step inside its own transaction:
 *   - case_search_tri: trigram tokenizer, one column per kind of text, for terms of 3+ characters
 *     (substring match, bm25 ranking);
 *   - case_search_gram: every character and every overlapping pair of characters as unicode61 tokens,
 *     detail=none, for terms of 1–2 characters, which trigram cannot match at all (stack notes §2.6).
 * Contentless (content='') so the text is not stored a second time; contentless_delete=1 lets a
 * trigger replace a case's row by rowid without having to know the old text, so a missed trigger can
 * only leave a stale row, never a corrupt index. Snippets are cut in the service from
 * case_search_source. ID numbers and phones are deliberately not in either index: they are found by
 * exact match only (indexes on party, party_contact and dispute_case.reporter_phone).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'search_and_reports',
  async up(db) {
    await sql`
      CREATE VIRTUAL TABLE case_search_tri USING fts5(
        case_no, names, refs, summary, agreement, minutes,
        content = '', contentless_delete = 1, tokenize = 'trigram')`.execute(db);
    await sql`
      CREATE VIRTUAL TABLE case_search_gram USING fts5(
        grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61')`.execute(db);

    // The searchable text of one case, column by column; a WHERE case_id = ? is pushed into the view.
    await sql`
      CREATE VIEW case_search_source AS
      SELECT
        c.id AS case_id,
        coalesce(c.case_no, '') AS case_no,
        concat_ws(' ',
          (SELECT group_concat(concat_ws(' ', p.name, p.representative_name), ' ') FROM party p WHERE p.case_id = c.id),
          c.reporter_name) AS names,
        coalesce((SELECT group_concat(r.value, ' ') FROM case_external_ref r WHERE r.case_id = c.id), '') AS refs,
        concat_ws(' ', c.title, c.summary, c.place_street, c.place_community, c.place_address) AS summary,
        coalesce((
          SELECT concat_ws(' ', a.facts,
            (SELECT group_concat(o.content, ' ') FROM obligation o WHERE o.agreement_id = a.id),
            (SELECT group_concat(j.value, ' ') FROM json_each(a.other_clauses) j),
            a.performance_text, a.oral_content)
          FROM agreement a WHERE a.case_id = c.id), '') AS agreement,
        coalesce((SELECT group_concat(concat_ws(' ', s.subject, s.transcript, s.result), ' ') FROM session s WHERE s.case_id = c.id), '') AS minutes
      FROM dispute_case c`.execute(db);

    // 1..100000: character positions for splitting text into grams (longer text is cut off there
    // in the bigram index only; the trigram index always holds all of it).
    await sql`CREATE TABLE search_position (n INTEGER PRIMARY KEY) STRICT`.execute(db);
    await sql`
      INSERT INTO search_position (n)
      WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 100000) SELECT n FROM i`.execute(
      db,
    );

    for (const trigger of searchTriggers()) await sql.raw(trigger).execute(db);
    // Cases that exist before this migration (small databases: one statement per case is fine).
    const existing = await sql<{ id: number }>`SELECT id FROM dispute_case ORDER BY id`.execute(db);
    for (const row of existing.rows) {
      for (const statement of reindexStatements(String(row.id))) await sql.raw(statement).execute(db);
    }

    // Hot queries of the list, the reports and exact identifier search (checked by EXPLAIN QUERY PLAN tests).
    await sql`CREATE INDEX dispute_case_org_registered ON dispute_case (organisation_id, registered_at DESC, id DESC)`.execute(
      db,
    );
    await sql`CREATE INDEX dispute_case_accepted_on ON dispute_case (accepted_on, organisation_id) WHERE accepted_on IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX dispute_case_reporter_phone ON dispute_case (reporter_phone) WHERE reporter_phone IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX follow_up_visited ON follow_up (visited_on) WHERE status = 'done'`.execute(db);

    await sql`
      CREATE TABLE saved_view (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES user_account (id),
        kind TEXT NOT NULL CHECK (kind IN ('case_list')),
        name TEXT NOT NULL,
        filters TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (user_id, kind, name)
      ) STRICT`.execute(db);

    // 预防与排查 (report table B, domain §3.5): work that prevents disputes has no case to count it from.
    await sql`
      CREATE TABLE prevention_record (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        occurred_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('screening', 'prevented_dispute', 'prevented_suicide',
          'prevented_criminal', 'prevented_group_petition', 'prevented_group_fight')),
        cases INTEGER NOT NULL DEFAULT 0 CHECK (cases >= 0),
        persons INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT`.execute(db);
    await sql`CREATE INDEX prevention_record_org ON prevention_record (organisation_id, occurred_on)`.execute(
      db,
    );
  },
};

/** Replaces the two index rows of the case whose id is the SQL expression `caseId`. */
function reindexStatements(caseId: string): string[] {
  return [
    `DELETE FROM case_search_tri WHERE rowid = ${caseId}`,
    `INSERT INTO case_search_tri (rowid, case_no, names, refs, summary, agreement, minutes)
       SELECT case_id, case_no, names, refs, summary, agreement, minutes FROM case_search_source WHERE case_id = ${caseId}`,
    `DELETE FROM case_search_gram WHERE rowid = ${caseId}`,
    // Each character followed by the pair starting at it; a pair ending in a space or punctuation
    // tokenises to the single character, so the last character of every run is covered too. The
    // positions come from a numbers table (a recursive CTE costs about twice as much per character);
    // the document is materialised once so the view's subqueries do not run per character.
    `INSERT INTO case_search_gram (rowid, grams)
       WITH doc AS MATERIALIZED (
         SELECT case_id AS id, concat_ws(' ', case_no, names, refs, summary, agreement, minutes) AS t FROM case_search_source WHERE case_id = ${caseId})
       SELECT doc.id, group_concat(substr(doc.t, search_position.n, 1) || ' ' || substr(doc.t, search_position.n, 2), ' ')
       FROM doc JOIN search_position ON search_position.n <= length(doc.t) GROUP BY doc.id`,
  ];
}

function trigger(name: string, event: string, caseId: string): string {
  return `CREATE TRIGGER ${name} AFTER ${event} BEGIN ${reindexStatements(caseId)
    .map((s) => `${s};`)
    .join(' ')} END`;
}

function searchTriggers(): string[] {
  const obligationCase = (row: string) => `(SELECT case_id FROM agreement WHERE id = ${row}.agreement_id)`;
  return [
    trigger('dispute_case_search_insert', 'INSERT ON dispute_case', 'NEW.id'),
    trigger(
      'dispute_case_search_update',
      'UPDATE OF case_no, title, summary, place_street, place_community, place_address, reporter_name ON dispute_case',
      'NEW.id',
    ),
    trigger('party_search_insert', 'INSERT ON party', 'NEW.case_id'),
    trigger('party_search_update', 'UPDATE OF name, representative_name, case_id ON party', 'NEW.case_id'),
    trigger('party_search_delete', 'DELETE ON party', 'OLD.case_id'),
    trigger('case_external_ref_search_insert', 'INSERT ON case_external_ref', 'NEW.case_id'),
    trigger('case_external_ref_search_update', 'UPDATE ON case_external_ref', 'NEW.case_id'),
    trigger('case_external_ref_search_delete', 'DELETE ON case_external_ref', 'OLD.case_id'),
    trigger('agreement_search_insert', 'INSERT ON agreement', 'NEW.case_id'),
    trigger(
      'agreement_search_update',
      'UPDATE OF facts, other_clauses, performance_text, oral_content ON agreement',
      'NEW.case_id',
    ),
    trigger('agreement_search_delete', 'DELETE ON agreement', 'OLD.case_id'),
    trigger('obligation_search_insert', 'INSERT ON obligation', obligationCase('NEW')),
    trigger('obligation_search_update', 'UPDATE OF content ON obligation', obligationCase('NEW')),
    trigger('obligation_search_delete', 'DELETE ON obligation', obligationCase('OLD')),
    trigger('session_search_insert', 'INSERT ON session', 'NEW.case_id'),
    trigger('session_search_update', 'UPDATE OF subject, transcript, result ON session', 'NEW.case_id'),
    trigger('session_search_delete', 'DELETE ON session', 'OLD.case_id'),
  ];
}
