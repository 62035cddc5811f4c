import { sql } from 'kysely';
import type { Migration } from './migration.ts';
import { HOLIDAYS_2025_2026, DISPUTE_SUBTYPE_SEED } from './0002_seed.ts';

/**
 * The case lifecycle (issue 3): mediators, parties, sessions, agreements, follow-ups, transfers,
 * judicial confirmation, extensions, attachments (metadata only), holidays, case-number counters and
 * the append-only case event log. Enumerated values are checked here as well as in zod, so a bug or a
 * hand edit cannot store a value the statistics do not know.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'case_lifecycle',
  async up(db) {
    for (const statement of [
      `ALTER TABLE organisation ADD COLUMN address TEXT`,
      `ALTER TABLE organisation ADD COLUMN phone TEXT`,
      `ALTER TABLE organisation ADD COLUMN default_court TEXT`,
      `ALTER TABLE organisation ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))`,
      `ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,

      `ALTER TABLE dispute_case ADD COLUMN case_no TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN case_year INTEGER`,
      `ALTER TABLE dispute_case ADD COLUMN case_seq INTEGER`,
      `ALTER TABLE dispute_case ADD COLUMN source TEXT NOT NULL DEFAULT 'party_application'`,
      `ALTER TABLE dispute_case ADD COLUMN application_form TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN source_detail TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN referral_court_procedure TEXT CHECK (referral_court_procedure IN ('ordinary', 'simple'))`,
      `ALTER TABLE dispute_case ADD COLUMN referral_received_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN reporter_name TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN reporter_phone TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN dispute_type TEXT NOT NULL DEFAULT 'other'`,
      `ALTER TABLE dispute_case ADD COLUMN dispute_subtype_id INTEGER REFERENCES dispute_subtype (id)`,
      `ALTER TABLE dispute_case ADD COLUMN place_district_code TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN place_street TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN place_community TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN place_grid TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN place_address TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN occurred_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN persons_involved INTEGER NOT NULL DEFAULT 0 CHECK (persons_involved >= 0)`,
      `ALTER TABLE dispute_case ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1))`,
      `ALTER TABLE dispute_case ADD COLUMN risk_level TEXT CHECK (risk_level IN ('red', 'orange', 'yellow', 'blue'))`,
      `ALTER TABLE dispute_case ADD COLUMN risk_factors TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE dispute_case ADD COLUMN risk_note TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN requests TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE dispute_case ADD COLUMN applied_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN registrar TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN accepted_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN consent_mode TEXT CHECK (consent_mode IN ('all_parties_consented', 'ex_officio_no_objection'))`,
      `ALTER TABLE dispute_case ADD COLUMN consent_note TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN due_date TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN time_limit_days INTEGER`,
      `ALTER TABLE dispute_case ADD COLUMN disposal_reason_code TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN disposal_reason TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN disposal_channels TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE dispute_case ADD COLUMN disposal_advice TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN disposal_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN closed_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN closing_note TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN archived_on TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN archive_filer TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN retention TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN voided_at TEXT`,
      `ALTER TABLE dispute_case ADD COLUMN void_reason TEXT`,
    ]) {
      // dispute_subtype must exist before the column that references it.
      if (statement.includes('dispute_subtype_id')) await createSubtypeTable(db);
      await sql.raw(statement).execute(db);
    }

    // Gap-free numbering needs uniqueness per organisation and year; NULL until accepted.
    await sql`CREATE UNIQUE INDEX dispute_case_number ON dispute_case (organisation_id, case_year, case_seq) WHERE case_seq IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE UNIQUE INDEX dispute_case_case_no ON dispute_case (case_no) WHERE case_no IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX dispute_case_status ON dispute_case (status, registered_at DESC)`.execute(db);
    await sql`CREATE INDEX dispute_case_type ON dispute_case (dispute_type, registered_at DESC)`.execute(db);
    await sql`CREATE INDEX dispute_case_source ON dispute_case (source, registered_at DESC)`.execute(db);
    await sql`CREATE INDEX dispute_case_risk ON dispute_case (risk_level) WHERE risk_level IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX dispute_case_place ON dispute_case (place_street, place_community)`.execute(db);
    await sql`CREATE INDEX dispute_case_due ON dispute_case (due_date) WHERE due_date IS NOT NULL`.execute(
      db,
    );
    // Nothing is ever hard-deleted (issue 3): a case registered in error is voided instead.
    await sql`
      CREATE TRIGGER dispute_case_no_delete BEFORE DELETE ON dispute_case
      BEGIN SELECT RAISE(ABORT, 'dispute_case rows are never deleted; void the case instead'); END`.execute(
      db,
    );

    await sql`
      CREATE TABLE case_number_counter (
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
        PRIMARY KEY (organisation_id, year)
      ) STRICT`.execute(db);

    await sql`
      CREATE TABLE case_external_ref (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (case_id, kind, value)
      ) STRICT`.execute(db);
    await sql`CREATE INDEX case_external_ref_value ON case_external_ref (kind, value)`.execute(db);

    await createMediatorTables(db);
    await createPartyTables(db);
    await createHandlingTables(db);
    await createOutcomeTables(db);
    await createSupportTables(db);
    await seed(db);
  },
};

type Db = Parameters<Migration['up']>[0];

async function createSubtypeTable(db: Db): Promise<void> {
  await sql`
    CREATE TABLE dispute_subtype (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      dispute_type TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db);
}

async function createMediatorTables(db: Db): Promise<void> {
  await sql`
    CREATE TABLE mediator (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      name TEXT NOT NULL,
      sex TEXT CHECK (sex IN ('男', '女')),
      employment TEXT NOT NULL CHECK (employment IN ('full_time', 'part_time')),
      title TEXT,
      id_number TEXT,
      phone TEXT,
      region_code TEXT,
      street TEXT,
      community TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT`.execute(db);
  await sql`CREATE INDEX mediator_organisation ON mediator (organisation_id, active, name)`.execute(db);
  await sql`CREATE INDEX mediator_id_number ON mediator (id_number) WHERE id_number IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE mediator_specialty (
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      dispute_type TEXT NOT NULL,
      PRIMARY KEY (mediator_id, dispute_type)
    ) STRICT, WITHOUT ROWID`.execute(db);

  // Relations a mediator has declared (relatives, business partners …), used by the conflict check.
  await sql`
    CREATE TABLE mediator_relation (
      id INTEGER PRIMARY KEY,
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      person_name TEXT NOT NULL,
      id_number TEXT,
      phone TEXT,
      relation TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX mediator_relation_mediator ON mediator_relation (mediator_id)`.execute(db);
}

async function createPartyTables(db: Db): Promise<void> {
  await sql`
    CREATE TABLE party (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party', 'legal_agent', 'entrusted_agent')),
      kind TEXT NOT NULL CHECK (kind IN ('natural', 'legal', 'other_org')),
      principal_party_id INTEGER REFERENCES party (id),
      name TEXT NOT NULL,
      sex TEXT CHECK (sex IN ('男', '女')),
      ethnicity TEXT,
      birth_date TEXT,
      occupation TEXT,
      id_type TEXT,
      id_number TEXT,
      address TEXT,
      representative_name TEXT,
      representative_title TEXT,
      agent_relation TEXT,
      agent_authority TEXT CHECK (agent_authority IN ('general', 'special')),
      flags TEXT NOT NULL DEFAULT '[]',
      refused_on TEXT,
      refusal_note TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((role IN ('legal_agent', 'entrusted_agent')) = (principal_party_id IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX party_case ON party (case_id, sort_order)`.execute(db);
  await sql`CREATE INDEX party_id_number ON party (id_number) WHERE id_number IS NOT NULL`.execute(db);
  await sql`CREATE INDEX party_name ON party (name)`.execute(db);

  await sql`
    CREATE TABLE party_contact (
      id INTEGER PRIMARY KEY,
      party_id INTEGER NOT NULL REFERENCES party (id),
      kind TEXT NOT NULL CHECK (kind IN ('mobile', 'landline', 'other')),
      value TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX party_contact_party ON party_contact (party_id)`.execute(db);
  await sql`CREATE INDEX party_contact_value ON party_contact (value)`.execute(db);

  await sql`
    CREATE TABLE rights_notice (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      given_on TEXT NOT NULL,
      form TEXT NOT NULL CHECK (form IN ('written', 'oral')),
      given_by TEXT,
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX rights_notice_case ON rights_notice (case_id, party_id)`.execute(db);
}

async function createHandlingTables(db: Db): Promise<void> {
  await sql`
    CREATE TABLE case_assignment (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      role TEXT NOT NULL CHECK (role IN ('lead', 'assistant')),
      mode TEXT NOT NULL CHECK (mode IN ('designated', 'party_chosen', 'suggested')),
      assigned_at TEXT NOT NULL,
      assigned_by TEXT NOT NULL,
      conflicts TEXT NOT NULL DEFAULT '[]',
      override_reason TEXT,
      ended_at TEXT,
      end_reason TEXT CHECK (end_reason IN ('recusal', 'reassigned', 'removed')),
      end_note TEXT,
      requested_by_party_id INTEGER REFERENCES party (id),
      -- A conflict found at assignment may only be overridden with a written reason.
      CHECK (conflicts = '[]' OR override_reason IS NOT NULL)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX case_assignment_case ON case_assignment (case_id, ended_at)`.execute(db);
  await sql`CREATE INDEX case_assignment_open ON case_assignment (mediator_id) WHERE ended_at IS NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      kind TEXT NOT NULL CHECK (kind IN ('investigation', 'mediation')),
      status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
      start_at TEXT NOT NULL,
      end_at TEXT,
      place TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('onsite', 'phone', 'video', 'online')),
      is_public INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
      subject TEXT,
      recorder TEXT,
      transcript TEXT,
      result TEXT,
      rights_notice_given INTEGER NOT NULL DEFAULT 0 CHECK (rights_notice_given IN (0, 1)),
      interviewee TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX session_case ON session (case_id, start_at)`.execute(db);
  await sql`CREATE INDEX session_start ON session (start_at) WHERE status = 'scheduled'`.execute(db);

  await sql`
    CREATE TABLE session_mediator (
      session_id INTEGER NOT NULL REFERENCES session (id),
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      PRIMARY KEY (session_id, mediator_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX session_mediator_mediator ON session_mediator (mediator_id)`.execute(db);
  await sql`
    CREATE TABLE session_party (
      session_id INTEGER NOT NULL REFERENCES session (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      PRIMARY KEY (session_id, party_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`
    CREATE TABLE session_participant (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session (id),
      name TEXT NOT NULL,
      relation TEXT
    ) STRICT`.execute(db);
  await sql`CREATE INDEX session_participant_session ON session_participant (session_id)`.execute(db);

  await sql`
    CREATE TABLE deadline_extension (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      previous_due_date TEXT NOT NULL,
      new_due_date TEXT NOT NULL CHECK (new_due_date > previous_due_date),
      reason TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX deadline_extension_case ON deadline_extension (case_id)`.execute(db);
  await sql`
    CREATE TABLE extension_consent (
      extension_id INTEGER NOT NULL REFERENCES deadline_extension (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      consented_on TEXT NOT NULL,
      form TEXT NOT NULL CHECK (form IN ('signed', 'oral_recorded', 'phone_recorded')),
      PRIMARY KEY (extension_id, party_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
}

async function createOutcomeTables(db: Db): Promise<void> {
  await sql`
    CREATE TABLE agreement (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL UNIQUE REFERENCES dispute_case (id),
      form TEXT NOT NULL CHECK (form IN ('written', 'oral')),
      number TEXT,
      concluded_on TEXT NOT NULL,
      effective_on TEXT,
      facts TEXT,
      other_clauses TEXT NOT NULL DEFAULT '[]',
      performance_text TEXT,
      oral_content TEXT,
      involves_status_relation INTEGER NOT NULL DEFAULT 0 CHECK (involves_status_relation IN (0, 1)),
      involves_ownership_confirmation INTEGER NOT NULL DEFAULT 0 CHECK (involves_ownership_confirmation IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_effective ON agreement (effective_on) WHERE effective_on IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE obligation (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      seq INTEGER NOT NULL,
      obligor_party_id INTEGER NOT NULL REFERENCES party (id),
      obligee_party_id INTEGER REFERENCES party (id),
      content TEXT NOT NULL,
      amount_fen INTEGER CHECK (amount_fen >= 0),
      due_date TEXT,
      manner TEXT,
      place TEXT,
      performance_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (performance_status IN ('pending', 'in_progress', 'partially_performed', 'performed', 'not_performed')),
      performed_amount_fen INTEGER CHECK (performed_amount_fen >= 0),
      performed_on TEXT,
      performance_note TEXT,
      updated_at TEXT NOT NULL,
      UNIQUE (agreement_id, seq)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX obligation_due ON obligation (due_date) WHERE due_date IS NOT NULL AND performance_status <> 'performed'`.execute(
    db,
  );

  await sql`
    CREATE TABLE follow_up (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
      reason TEXT NOT NULL CHECK (reason IN ('obligation_due', 'agreement_effective', 'manual')),
      obligation_id INTEGER REFERENCES obligation (id),
      due_on TEXT NOT NULL,
      visited_on TEXT,
      method TEXT CHECK (method IN ('visit', 'phone', 'video', 'other')),
      visitor TEXT,
      party_ids TEXT NOT NULL DEFAULT '[]',
      performance_found TEXT,
      satisfaction TEXT CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
      situation TEXT,
      measures TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX follow_up_case ON follow_up (case_id, due_on)`.execute(db);
  await sql`CREATE INDEX follow_up_planned ON follow_up (due_on) WHERE status = 'planned'`.execute(db);

  await sql`
    CREATE TABLE transfer (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('organisation', 'court', 'police', 'petition', 'procuratorate', 'department')),
      target_organisation_id INTEGER REFERENCES organisation (id),
      target_name TEXT NOT NULL,
      is_escalation INTEGER NOT NULL DEFAULT 0 CHECK (is_escalation IN (0, 1)),
      reason TEXT NOT NULL,
      transferred_on TEXT NOT NULL,
      feedback_on TEXT,
      feedback_result TEXT CHECK (feedback_result IN ('resolved', 'in_progress', 'not_accepted', 'returned')),
      feedback_note TEXT,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX transfer_case ON transfer (case_id)`.execute(db);

  await sql`
    CREATE TABLE judicial_confirmation (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL UNIQUE REFERENCES dispute_case (id),
      agreement_id INTEGER NOT NULL REFERENCES agreement (id),
      court TEXT NOT NULL,
      applied_on TEXT,
      court_case_no TEXT,
      decided_on TEXT,
      result TEXT CHECK (result IN ('confirmed', 'rejected', 'withdrawn')),
      note TEXT,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
}

async function createSupportTables(db: Db): Promise<void> {
  await sql`
    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      party_id INTEGER REFERENCES party (id),
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      file_name TEXT NOT NULL,
      relative_path TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      mime_type TEXT NOT NULL,
      pages INTEGER CHECK (pages > 0),
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX attachment_case ON attachment (case_id, kind)`.execute(db);

  // Items of the dossier checklist that are missing on purpose, with the 卷宗情况说明 text.
  await sql`
    CREATE TABLE dossier_explanation (
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      item TEXT NOT NULL,
      text TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (case_id, item)
    ) STRICT, WITHOUT ROWID`.execute(db);

  await sql`
    CREATE TABLE holiday (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name TEXT NOT NULL
    ) STRICT, WITHOUT ROWID`.execute(db);

  await sql`
    CREATE TABLE case_event (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      occurred_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      summary TEXT NOT NULL,
      changes TEXT NOT NULL DEFAULT '{}'
    ) STRICT`.execute(db);
  await sql`CREATE INDEX case_event_case ON case_event (case_id, id)`.execute(db);
  // The timeline is evidence of who did what; it is only ever appended to.
  await sql`
    CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
    BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END`.execute(db);
  await sql`
    CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
    BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END`.execute(db);
}

async function seed(db: Db): Promise<void> {
  for (const [date, kind, name] of HOLIDAYS_2025_2026) {
    await sql`INSERT INTO holiday (date, kind, name) VALUES (${date}, ${kind}, ${name})`.execute(db);
  }
  let order = 0;
  for (const [disputeType, names] of DISPUTE_SUBTYPE_SEED) {
    for (const name of names) {
      order += 1;
      await sql`INSERT INTO dispute_subtype (name, dispute_type, sort_order) VALUES (${name}, ${disputeType}, ${order})`.execute(
        db,
      );
    }
  }
}
