import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The search indexes of migration 0004 were rebuilt by triggers once per changed row: registering a
 * case with two parties rebuilt its index rows three times in one transaction, and each rebuild wrote
 * FTS5 pages that the commit then had to sync (intake commit p95 13 ms at 100,000 cases).
 *
 * Now the triggers only note which cases changed, in search_dirty; the program rebuilds each noted case
 * once, just before the transaction commits (src/main/db/queries/searchIndex.ts), so the index still
 * never disagrees with committed data. Changes made outside the program (a hand edit with the sqlite3
 * tool) stay noted and are indexed when the program next opens the file.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'search_queue',
  async up(db) {
    await sql`CREATE TABLE search_dirty (case_id INTEGER PRIMARY KEY) STRICT`.execute(db);
    for (const name of OLD_TRIGGERS) await sql.raw(`DROP TRIGGER ${name}`).execute(db);
    for (const trigger of markingTriggers()) await sql.raw(trigger).execute(db);
  },
};

const OLD_TRIGGERS = [
  'dispute_case_search_insert',
  'dispute_case_search_update',
  'party_search_insert',
  'party_search_update',
  'party_search_delete',
  'case_external_ref_search_insert',
  'case_external_ref_search_update',
  'case_external_ref_search_delete',
  'agreement_search_insert',
  'agreement_search_update',
  'agreement_search_delete',
  'obligation_search_insert',
  'obligation_search_update',
  'obligation_search_delete',
  'session_search_insert',
  'session_search_update',
  'session_search_delete',
];

/** `caseIds`: SQL expressions naming the affected case; NULL ones are skipped (NULL would mint a rowid). */
function trigger(name: string, event: string, ...caseIds: string[]): string {
  const marks = caseIds.map(
    (id) => `INSERT OR IGNORE INTO search_dirty (case_id) SELECT ${id} WHERE ${id} IS NOT NULL;`,
  );
  return `CREATE TRIGGER ${name} AFTER ${event} BEGIN ${marks.join(' ')} END`;
}

function markingTriggers(): string[] {
  const obligationCase = (row: string) => `(SELECT case_id FROM agreement WHERE id = ${row}.agreement_id)`;
  return [
    trigger('dispute_case_search_insert', 'INSERT ON dispute_case', 'NEW.id'),
    trigger(
      'dispute_case_search_update',
      'UPDATE OF case_no, title, summary, place_street, place_community, place_address, reporter_name ON dispute_case',
      'NEW.id',
    ),
    trigger('party_search_insert', 'INSERT ON party', 'NEW.case_id'),
    // A party moved to another case changes the text of both.
    trigger(
      'party_search_update',
      'UPDATE OF name, representative_name, case_id ON party',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('party_search_delete', 'DELETE ON party', 'OLD.case_id'),
    trigger('case_external_ref_search_insert', 'INSERT ON case_external_ref', 'NEW.case_id'),
    trigger('case_external_ref_search_update', 'UPDATE ON case_external_ref', 'NEW.case_id', 'OLD.case_id'),
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
