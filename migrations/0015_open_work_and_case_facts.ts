import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Scale (issue 18): the 工作台 and the deadline lists cost what the open work costs, and reports sum
 * per-case fact rows instead of reclassifying every case of a period through five joins.
 *
 * Open work only:
 * - `obligation.case_archived` and `follow_up.case_archived` (1 when the case is archived or voided),
 *   kept by triggers, so the partial indexes below leave out the unperformed obligations and never-made
 *   回访 of finished cases, which otherwise grow with every year of the file;
 * - partial indexes over the open states, keyed by due date: running cases (受理/调解中), unperformed
 *   obligations and planned 回访 of cases still in work; agreements awaiting a 司法确认 application
 *   (`agreement.confirmation_open`, trigger-kept) by effective date.
 *
 * Case facts:
 * - `case_fact`: one row per accepted, not voided case with the dated facts a report classifies as of
 *   a day (agreement, disposal, first transfer, 司法确认, follow-up dates and counts, lead mediator),
 *   clustered by `accepted_on` so a period is one range of one table. Rows are derived by
 *   `refreshCaseFacts` (src/main/db/queries/caseFactRows.ts) from the cases noted in `case_fact_dirty`
 *   by the triggers below (the notes commit with the data); `case_fact_state.version` names the
 *   derivation the rows were built with, so a program with a new derivation rebuilds them all.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'open_work_and_case_facts',
  async up(db) {
    for (const table of ['obligation', 'follow_up'])
      await sql
        .raw(
          `ALTER TABLE ${table} ADD COLUMN case_archived INTEGER NOT NULL DEFAULT 0 CHECK (case_archived IN (0, 1))`,
        )
        .execute(db);
    await sql
      .raw(
        `UPDATE obligation SET case_archived = 1 WHERE agreement_id IN (
           SELECT a.id FROM agreement a JOIN dispute_case c ON c.id = a.case_id WHERE c.status IN ('archived', 'voided'))`,
      )
      .execute(db);
    await sql
      .raw(
        `UPDATE follow_up SET case_archived = 1 WHERE case_id IN (SELECT id FROM dispute_case WHERE status IN ('archived', 'voided'))`,
      )
      .execute(db);
    await sql`ALTER TABLE agreement ADD COLUMN confirmation_open INTEGER NOT NULL DEFAULT 0 CHECK (confirmation_open IN (0, 1))`.execute(
      db,
    );
    await sql.raw(`UPDATE agreement SET confirmation_open = ${CONFIRMATION_OPEN}`).execute(db);
    for (const statement of ARCHIVED_TRIGGERS) await sql.raw(statement).execute(db);
    for (const statement of CONFIRMATION_TRIGGERS) await sql.raw(statement).execute(db);
    // Superseded by the open-work indexes (they also held the finished cases' leftovers).
    await sql`DROP INDEX follow_up_planned`.execute(db);
    await sql`DROP INDEX obligation_due`.execute(db);
    for (const statement of OPEN_WORK_INDEXES) await sql.raw(statement).execute(db);

    await sql`
      CREATE TABLE case_fact (
        case_id INTEGER NOT NULL,
        accepted_on TEXT NOT NULL,
        organisation_id INTEGER NOT NULL,
        dispute_type TEXT,
        source TEXT,
        place_street TEXT,
        concluded_on TEXT,
        form TEXT,
        amount_fen INTEGER NOT NULL DEFAULT 0,
        performed_on TEXT,
        disposal_on TEXT,
        transferred_on TEXT,
        transfer_returned_on TEXT,
        confirmation_applied_on TEXT,
        confirmed_on TEXT,
        follow_up_due_on TEXT,
        visited_on TEXT,
        rated INTEGER NOT NULL DEFAULT 0,
        rated_last_on TEXT,
        satisfied INTEGER NOT NULL DEFAULT 0,
        satisfied_last_on TEXT,
        lead_mediator_id INTEGER,
        PRIMARY KEY (accepted_on, case_id)
      ) STRICT, WITHOUT ROWID`.execute(db);
    await sql`CREATE UNIQUE INDEX case_fact_case ON case_fact (case_id)`.execute(db);
    await sql`CREATE TABLE case_fact_dirty (case_id INTEGER PRIMARY KEY) STRICT`.execute(db);
    await sql`CREATE TABLE case_fact_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT`.execute(
      db,
    );
    // Version 0: no derivation yet; the first refresh builds every row.
    await sql`INSERT INTO case_fact_state (id, version) VALUES (1, 0)`.execute(db);
    for (const statement of factTriggers()) await sql.raw(statement).execute(db);
  },
};

function isArchived(status: string): string {
  return `${status} IN ('archived', 'voided')`;
}

/**
 * `agreement.confirmation_open`: 1 while the agreement waits for a 司法确认 application — effective,
 * confirmable (no 身份关系 or 确权 content), no application recorded, case neither archived nor voided.
 * Its deadline (effective date + 30 days past holidays) only grows with the effective date, so the
 * lists read a range of effective dates from the partial index below.
 */
const CONFIRMATION_OPEN = `(agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0))`;

const CONFIRMATION_TRIGGERS = [
  `CREATE TRIGGER agreement_confirmation_open_insert AFTER INSERT ON agreement BEGIN
     UPDATE agreement SET confirmation_open = ${CONFIRMATION_OPEN} WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER agreement_confirmation_open_update
   AFTER UPDATE OF case_id, effective_on, involves_status_relation, involves_ownership_confirmation ON agreement BEGIN
     UPDATE agreement SET confirmation_open = ${CONFIRMATION_OPEN} WHERE id = NEW.id;
   END`,
  ...['INSERT', 'UPDATE OF case_id, applied_on', 'DELETE'].map(
    (event, i) => `CREATE TRIGGER judicial_confirmation_open_${['insert', 'update', 'delete'][i]}
   AFTER ${event} ON judicial_confirmation BEGIN
     UPDATE agreement SET confirmation_open = ${CONFIRMATION_OPEN}
       WHERE case_id IN (${event === 'INSERT' ? 'NEW.case_id' : event === 'DELETE' ? 'OLD.case_id' : 'NEW.case_id, OLD.case_id'});
   END`,
  ),
  `CREATE TRIGGER dispute_case_confirmation_open AFTER UPDATE OF status ON dispute_case
   WHEN (${isArchived('OLD.status')}) <> (${isArchived('NEW.status')}) BEGIN
     UPDATE agreement SET confirmation_open = ${CONFIRMATION_OPEN} WHERE case_id = NEW.id;
   END`,
];

const ARCHIVED_TRIGGERS = [
  `CREATE TRIGGER obligation_case_archived_insert AFTER INSERT ON obligation BEGIN
     UPDATE obligation SET case_archived = coalesce((
       SELECT ${isArchived('c.status')} FROM agreement a JOIN dispute_case c ON c.id = a.case_id WHERE a.id = NEW.agreement_id), 0)
     WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER obligation_case_archived_move AFTER UPDATE OF agreement_id ON obligation BEGIN
     UPDATE obligation SET case_archived = coalesce((
       SELECT ${isArchived('c.status')} FROM agreement a JOIN dispute_case c ON c.id = a.case_id WHERE a.id = NEW.agreement_id), 0)
     WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER follow_up_case_archived_insert AFTER INSERT ON follow_up BEGIN
     UPDATE follow_up SET case_archived = coalesce((SELECT ${isArchived('status')} FROM dispute_case WHERE id = NEW.case_id), 0)
     WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER follow_up_case_archived_move AFTER UPDATE OF case_id ON follow_up BEGIN
     UPDATE follow_up SET case_archived = coalesce((SELECT ${isArchived('status')} FROM dispute_case WHERE id = NEW.case_id), 0)
     WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER dispute_case_archived_items AFTER UPDATE OF status ON dispute_case
   WHEN (${isArchived('OLD.status')}) <> (${isArchived('NEW.status')}) BEGIN
     UPDATE obligation SET case_archived = ${isArchived('NEW.status')}
       WHERE agreement_id IN (SELECT id FROM agreement WHERE case_id = NEW.id);
     UPDATE follow_up SET case_archived = ${isArchived('NEW.status')} WHERE case_id = NEW.id;
   END`,
  `CREATE TRIGGER agreement_case_archived_move AFTER UPDATE OF case_id ON agreement BEGIN
     UPDATE obligation SET case_archived = coalesce((SELECT ${isArchived('status')} FROM dispute_case WHERE id = NEW.case_id), 0)
       WHERE agreement_id = NEW.id;
   END`,
];

const OPEN_WORK_INDEXES = [
  // Unary + on status, here and in the query, so the planner cannot prefer dispute_case_status (which
  // would read every running case and sort them); covering what the list shows and the data scope
  // needs (it holds only running cases), so it also wins over dispute_case_due, keyed the same way.
  `CREATE INDEX dispute_case_running_due
     ON dispute_case (due_date, id, status, registered_by_user_id, uuid, case_no, title, time_limit_days)
     WHERE +status IN ('accepted', 'in_mediation') AND due_date IS NOT NULL`,
  // The conditions' columns too: an inequality in a partial index's condition is checked again per
  // row, and with them the count is read from the index alone.
  `CREATE INDEX obligation_open_due ON obligation (due_date, id, performance_status, case_archived)
     WHERE due_date IS NOT NULL AND performance_status <> 'performed' AND case_archived = 0`,
  `CREATE INDEX follow_up_open_due ON follow_up (due_on, id) WHERE status = 'planned' AND case_archived = 0`,
  // Covering what the lists read, so it wins over agreement_effective (keyed the same way).
  `CREATE INDEX agreement_confirmation_open ON agreement (effective_on, id, case_id, uuid, confirmation_open)
     WHERE confirmation_open = 1`,
];

/** `caseIds`: SQL expressions naming the affected case; NULL ones are skipped. */
function trigger(name: string, event: string, ...caseIds: string[]): string {
  const marks = caseIds.map(
    (id) => `INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT ${id} WHERE ${id} IS NOT NULL;`,
  );
  return `CREATE TRIGGER ${name} AFTER ${event} BEGIN ${marks.join(' ')} END`;
}

function factTriggers(): string[] {
  return [
    trigger('dispute_case_fact_insert', 'INSERT ON dispute_case', 'NEW.id'),
    trigger(
      'dispute_case_fact_update',
      'UPDATE OF accepted_on, status, organisation_id, dispute_type, source, place_street, disposal_on ON dispute_case',
      'NEW.id',
    ),
    trigger('dispute_case_fact_delete', 'DELETE ON dispute_case', 'OLD.id'),
    trigger('agreement_fact_insert', 'INSERT ON agreement', 'NEW.case_id'),
    trigger(
      'agreement_fact_update',
      'UPDATE OF case_id, concluded_on, form, obligations_amount_fen, obligations_performed_on, whole_performed_on ON agreement',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('agreement_fact_delete', 'DELETE ON agreement', 'OLD.case_id'),
    trigger('judicial_confirmation_fact_insert', 'INSERT ON judicial_confirmation', 'NEW.case_id'),
    trigger(
      'judicial_confirmation_fact_update',
      'UPDATE ON judicial_confirmation',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('judicial_confirmation_fact_delete', 'DELETE ON judicial_confirmation', 'OLD.case_id'),
    trigger('transfer_fact_insert', 'INSERT ON transfer', 'NEW.case_id'),
    trigger(
      'transfer_fact_update',
      'UPDATE OF case_id, transferred_on, feedback_result, feedback_on ON transfer',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('transfer_fact_delete', 'DELETE ON transfer', 'OLD.case_id'),
    trigger('follow_up_fact_insert', 'INSERT ON follow_up', 'NEW.case_id'),
    trigger(
      'follow_up_fact_update',
      'UPDATE OF case_id, status, due_on, visited_on, satisfaction ON follow_up',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('follow_up_fact_delete', 'DELETE ON follow_up', 'OLD.case_id'),
    trigger('case_assignment_fact_insert', 'INSERT ON case_assignment', 'NEW.case_id'),
    trigger(
      'case_assignment_fact_update',
      'UPDATE OF case_id, mediator_id, role, ended_at ON case_assignment',
      'NEW.case_id',
      'OLD.case_id',
    ),
    trigger('case_assignment_fact_delete', 'DELETE ON case_assignment', 'OLD.case_id'),
  ];
}
