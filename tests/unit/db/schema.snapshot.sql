-- index agreement_confirmation_open
CREATE INDEX agreement_confirmation_open ON agreement (effective_on, id, case_id, uuid, confirmation_open)
     WHERE confirmation_open = 1;

-- index agreement_effective
CREATE INDEX agreement_effective ON agreement (effective_on) WHERE effective_on IS NOT NULL;

-- index attachment_case
CREATE INDEX attachment_case ON attachment (case_id, kind);

-- index audit_log_target
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

-- index audit_log_time
CREATE INDEX audit_log_time ON audit_log (time);

-- index case_assignment_case
CREATE INDEX case_assignment_case ON case_assignment (case_id, ended_at);

-- index case_assignment_open
CREATE INDEX case_assignment_open ON case_assignment (mediator_id) WHERE ended_at IS NULL;

-- index case_document_case
CREATE INDEX case_document_case ON case_document (case_id, generated_at);

-- index case_event_case
CREATE INDEX case_event_case ON case_event (case_id, id);

-- index case_external_ref_value
CREATE INDEX case_external_ref_value ON case_external_ref (kind, value);

-- index case_fact_case
CREATE UNIQUE INDEX case_fact_case ON case_fact (case_id);

-- index case_reply_case
CREATE INDEX case_reply_case ON case_reply (case_id, replied_on);

-- index deadline_extension_case
CREATE INDEX deadline_extension_case ON deadline_extension (case_id);

-- index dispute_case_accepted_on
CREATE INDEX dispute_case_accepted_on ON dispute_case (accepted_on, organisation_id) WHERE accepted_on IS NOT NULL;

-- index dispute_case_case_no
CREATE UNIQUE INDEX dispute_case_case_no ON dispute_case (case_no) WHERE case_no IS NOT NULL;

-- index dispute_case_due
CREATE INDEX dispute_case_due ON dispute_case (due_date) WHERE due_date IS NOT NULL;

-- index dispute_case_number
CREATE UNIQUE INDEX dispute_case_number ON dispute_case (organisation_id, case_year, case_seq) WHERE case_seq IS NOT NULL;

-- index dispute_case_org_registered
CREATE INDEX dispute_case_org_registered ON dispute_case (organisation_id, registered_at DESC, id DESC);

-- index dispute_case_place
CREATE INDEX dispute_case_place ON dispute_case (place_street, place_community);

-- index dispute_case_registered_at
CREATE INDEX dispute_case_registered_at ON dispute_case (registered_at DESC, id DESC);

-- index dispute_case_registered_by
CREATE INDEX dispute_case_registered_by ON dispute_case (registered_by_user_id);

-- index dispute_case_reply_due
CREATE INDEX dispute_case_reply_due ON dispute_case (reply_due_on)
      WHERE reply_due_on IS NOT NULL AND reply_final_on IS NULL;

-- index dispute_case_reporter_phone
CREATE INDEX dispute_case_reporter_phone ON dispute_case (reporter_phone) WHERE reporter_phone IS NOT NULL;

-- index dispute_case_risk
CREATE INDEX dispute_case_risk ON dispute_case (risk_level) WHERE risk_level IS NOT NULL;

-- index dispute_case_running_due
CREATE INDEX dispute_case_running_due
     ON dispute_case (due_date, id, status, registered_by_user_id, uuid, case_no, title, time_limit_days)
     WHERE +status IN ('accepted', 'in_mediation') AND due_date IS NOT NULL;

-- index dispute_case_source
CREATE INDEX dispute_case_source ON dispute_case (source, registered_at DESC);

-- index dispute_case_status
CREATE INDEX dispute_case_status ON dispute_case (status, registered_at DESC);

-- index dispute_case_type
CREATE INDEX dispute_case_type ON dispute_case (dispute_type, registered_at DESC);

-- index dispute_case_type_status
CREATE INDEX dispute_case_type_status ON dispute_case (dispute_type, status, registered_at);

-- index exchange_conflict_open
CREATE INDEX exchange_conflict_open ON exchange_conflict (detected_at) WHERE resolved_at IS NULL;

-- index export_outbox_open
CREATE INDEX export_outbox_open ON export_outbox (case_id, id) WHERE status <> 'delivered';

-- index export_outbox_status
CREATE INDEX export_outbox_status ON export_outbox (status, id);

-- index follow_up_case
CREATE INDEX follow_up_case ON follow_up (case_id, due_on);

-- index follow_up_open_due
CREATE INDEX follow_up_open_due ON follow_up (due_on, id) WHERE status = 'planned' AND case_archived = 0;

-- index follow_up_visited
CREATE INDEX follow_up_visited ON follow_up (visited_on) WHERE status = 'done';

-- index mediator_id_number
CREATE INDEX mediator_id_number ON mediator (id_number) WHERE id_number IS NOT NULL;

-- index mediator_organisation
CREATE INDEX mediator_organisation ON mediator (organisation_id, active, name);

-- index mediator_relation_mediator
CREATE INDEX mediator_relation_mediator ON mediator_relation (mediator_id);

-- index obligation_open_due
CREATE INDEX obligation_open_due ON obligation (due_date, id, performance_status, case_archived)
     WHERE due_date IS NOT NULL AND performance_status <> 'performed' AND case_archived = 0;

-- index organisation_one_home
CREATE UNIQUE INDEX organisation_one_home ON organisation (is_home) WHERE is_home = 1;

-- index party_case
CREATE INDEX party_case ON party (case_id, sort_order);

-- index party_contact_party
CREATE INDEX party_contact_party ON party_contact (party_id);

-- index party_contact_value
CREATE INDEX party_contact_value ON party_contact (value);

-- index party_id_number
CREATE INDEX party_id_number ON party (id_number) WHERE id_number IS NOT NULL;

-- index party_name
CREATE INDEX party_name ON party (name);

-- index prevention_record_org
CREATE INDEX prevention_record_org ON prevention_record (organisation_id, occurred_on);

-- index rights_notice_case
CREATE INDEX rights_notice_case ON rights_notice (case_id, party_id);

-- index session_case
CREATE INDEX session_case ON session (case_id, start_at);

-- index session_mediator_mediator
CREATE INDEX session_mediator_mediator ON session_mediator (mediator_id);

-- index session_participant_session
CREATE INDEX session_participant_session ON session_participant (session_id);

-- index session_start
CREATE INDEX session_start ON session (start_at) WHERE status = 'scheduled';

-- index template_override_active
CREATE UNIQUE INDEX template_override_active ON template_override (template_id) WHERE active = 1;

-- index transfer_case
CREATE INDEX transfer_case ON transfer (case_id);

-- index user_account_mediator
CREATE INDEX user_account_mediator ON user_account (mediator_id);

-- index user_session_user
CREATE INDEX user_session_user ON user_session (user_id);

-- table agreement
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
    , obligations_amount_fen INTEGER NOT NULL DEFAULT 0, obligations_performed_on TEXT, whole_performance TEXT CHECK (whole_performance IN ('on_the_spot', 'performed')), whole_performed_on TEXT, whole_performance_how TEXT, confirmation_open INTEGER NOT NULL DEFAULT 0 CHECK (confirmation_open IN (0, 1))) STRICT;

-- table app_setting
CREATE TABLE app_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table attachment
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
    ) STRICT;

-- table audit_log
CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        time TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES user_account (id),
        actor_name TEXT,
        method TEXT NOT NULL,
        target_type TEXT,
        target_id TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

-- table backup_record
CREATE TABLE backup_record (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'pre-restore')),
        folder TEXT NOT NULL,
        database_bytes INTEGER NOT NULL,
        database_sha256 TEXT NOT NULL,
        file_count INTEGER NOT NULL,
        verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
        verify_message TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;

-- table case_assignment
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
    ) STRICT;

-- table case_document
CREATE TABLE case_document (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'dossier')),
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        template_override_id INTEGER REFERENCES template_override (id),
        title TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('final', 'draft')),
        version INTEGER NOT NULL CHECK (version >= 1),
        session_uuid TEXT,
        follow_up_uuid TEXT,
        file_name TEXT NOT NULL,
        relative_path TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        content_hash TEXT,
        missing TEXT NOT NULL DEFAULT '[]',
        generated_at TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES user_account (id),
        actor_name TEXT NOT NULL
      ) STRICT;

-- table case_event
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
    , backfill INTEGER NOT NULL DEFAULT 0 CHECK (backfill IN (0, 1)), business_on TEXT) STRICT;

-- table case_external_ref
CREATE TABLE case_external_ref (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (case_id, kind, value)
      ) STRICT;

-- table case_fact
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
      ) STRICT, WITHOUT ROWID;

-- table case_fact_dirty
CREATE TABLE case_fact_dirty (case_id INTEGER PRIMARY KEY) STRICT;

-- table case_fact_month
CREATE TABLE case_fact_month (
          dim TEXT NOT NULL CHECK (dim IN ('type', 'source', 'street', 'mediator')),
          accepted_month INTEGER NOT NULL,
          organisation_id INTEGER NOT NULL,
          value TEXT NOT NULL,
          lag INTEGER NOT NULL CHECK (lag BETWEEN 0 AND 11),
          accepted INTEGER NOT NULL,
          initiative INTEGER NOT NULL,
          application INTEGER NOT NULL,
          referral INTEGER NOT NULL,
          success INTEGER NOT NULL,
          oral INTEGER NOT NULL,
          written INTEGER NOT NULL,
          failed INTEGER NOT NULL,
          pending INTEGER NOT NULL,
          amount_fen INTEGER NOT NULL,
          performed INTEGER NOT NULL,
          confirmation_applied INTEGER NOT NULL,
          confirmed INTEGER NOT NULL,
          decided INTEGER NOT NULL,
          within30 INTEGER NOT NULL,
          follow_up_due INTEGER NOT NULL,
          followed_up INTEGER NOT NULL,
          rated INTEGER NOT NULL,
          satisfied INTEGER NOT NULL,
          basic_success INTEGER NOT NULL,
          PRIMARY KEY (dim, accepted_month, organisation_id, value, lag)
        ) STRICT, WITHOUT ROWID;

-- table case_fact_state
CREATE TABLE case_fact_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT;

-- table case_fact_step
CREATE TABLE case_fact_step (
          case_id INTEGER NOT NULL,
          lag INTEGER NOT NULL,
          accepted_month INTEGER NOT NULL,
          organisation_id INTEGER NOT NULL,
          type TEXT NOT NULL,
          source TEXT NOT NULL,
          street TEXT NOT NULL,
          mediator TEXT NOT NULL,
          accepted INTEGER NOT NULL,
          initiative INTEGER NOT NULL,
          application INTEGER NOT NULL,
          referral INTEGER NOT NULL,
          success INTEGER NOT NULL,
          oral INTEGER NOT NULL,
          written INTEGER NOT NULL,
          failed INTEGER NOT NULL,
          pending INTEGER NOT NULL,
          amount_fen INTEGER NOT NULL,
          performed INTEGER NOT NULL,
          confirmation_applied INTEGER NOT NULL,
          confirmed INTEGER NOT NULL,
          decided INTEGER NOT NULL,
          within30 INTEGER NOT NULL,
          follow_up_due INTEGER NOT NULL,
          followed_up INTEGER NOT NULL,
          rated INTEGER NOT NULL,
          satisfied INTEGER NOT NULL,
          basic_success INTEGER NOT NULL,
          PRIMARY KEY (case_id, lag)
        ) STRICT, WITHOUT ROWID;

-- table case_number_counter
CREATE TABLE case_number_counter (
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
        PRIMARY KEY (organisation_id, year)
      ) STRICT;

-- table case_reply
CREATE TABLE case_reply (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        kind TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
        replied_on TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('platform', 'phone', 'letter', 'in_person', 'email', 'other')),
        recipient TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('resolved', 'partly_resolved', 'not_resolved', 'in_progress', 'transferred')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

-- table case_search_gram
CREATE VIRTUAL TABLE case_search_gram USING fts5(
        grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61');

-- table case_search_gram_config
CREATE TABLE 'case_search_gram_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table case_search_gram_data
CREATE TABLE 'case_search_gram_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table case_search_gram_docsize
CREATE TABLE 'case_search_gram_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table case_search_gram_idx
CREATE TABLE 'case_search_gram_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table case_search_tri
CREATE VIRTUAL TABLE case_search_tri USING fts5(
        case_no, names, refs, summary, agreement, minutes,
        content = '', contentless_delete = 1, tokenize = 'trigram');

-- table case_search_tri_config
CREATE TABLE 'case_search_tri_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table case_search_tri_data
CREATE TABLE 'case_search_tri_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table case_search_tri_docsize
CREATE TABLE 'case_search_tri_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table case_search_tri_idx
CREATE TABLE 'case_search_tri_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table deadline_extension
CREATE TABLE deadline_extension (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      previous_due_date TEXT NOT NULL,
      new_due_date TEXT NOT NULL CHECK (new_due_date > previous_due_date),
      reason TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;

-- table dispute_case
CREATE TABLE dispute_case (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        organisation_id INTEGER NOT NULL REFERENCES organisation (id),
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        status TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      , case_no TEXT, case_year INTEGER, case_seq INTEGER, source TEXT NOT NULL DEFAULT 'party_application', application_form TEXT, source_detail TEXT, referral_court_procedure TEXT CHECK (referral_court_procedure IN ('ordinary', 'simple')), referral_received_on TEXT, reporter_name TEXT, reporter_phone TEXT, dispute_type TEXT NOT NULL DEFAULT 'other', dispute_subtype_id INTEGER REFERENCES dispute_subtype (id), place_district_code TEXT, place_street TEXT, place_community TEXT, place_grid TEXT, place_address TEXT, occurred_on TEXT, persons_involved INTEGER NOT NULL DEFAULT 0 CHECK (persons_involved >= 0), is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)), risk_level TEXT CHECK (risk_level IN ('red', 'orange', 'yellow', 'blue')), risk_factors TEXT NOT NULL DEFAULT '[]', risk_note TEXT, requests TEXT NOT NULL DEFAULT '[]', applied_on TEXT, registrar TEXT, accepted_on TEXT, consent_mode TEXT CHECK (consent_mode IN ('all_parties_consented', 'ex_officio_no_objection')), consent_note TEXT, due_date TEXT, time_limit_days INTEGER, disposal_reason_code TEXT, disposal_reason TEXT, disposal_channels TEXT NOT NULL DEFAULT '[]', disposal_advice TEXT, disposal_on TEXT, closed_on TEXT, closing_note TEXT, archived_on TEXT, archive_filer TEXT, retention TEXT, voided_at TEXT, void_reason TEXT, registered_by_user_id INTEGER REFERENCES user_account (id), backfill_by TEXT, backfill_at TEXT, backfill_done_at TEXT, reply_due_on TEXT, reply_final_on TEXT, archive_checker TEXT, archive_checked_on TEXT) STRICT;

-- table dispute_subtype
CREATE TABLE dispute_subtype (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      dispute_type TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT;

-- table dossier_explanation
CREATE TABLE dossier_explanation (
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      item TEXT NOT NULL,
      text TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (case_id, item)
    ) STRICT, WITHOUT ROWID;

-- table exchange_case_state
CREATE TABLE exchange_case_state (
        peer_id TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        peer_version INTEGER NOT NULL DEFAULT 0,
        local_version INTEGER NOT NULL DEFAULT 0,
        exported_version INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (peer_id, case_uuid)
      ) STRICT, WITHOUT ROWID;

-- table exchange_conflict
CREATE TABLE exchange_conflict (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_uuid TEXT NOT NULL,
        peer_id TEXT NOT NULL,
        package_id TEXT NOT NULL,
        local_version INTEGER NOT NULL,
        incoming_version INTEGER NOT NULL,
        local_record TEXT NOT NULL,
        incoming_record TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IN ('keep_local', 'take_incoming')),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      ) STRICT;

-- table exchange_identity
CREATE TABLE exchange_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        peer_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

-- table exchange_package
CREATE TABLE exchange_package (
        id INTEGER PRIMARY KEY,
        package_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        peer_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        case_count INTEGER NOT NULL,
        file_count INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL,
        by_user TEXT NOT NULL,
        UNIQUE (direction, package_id)
      ) STRICT;

-- table exchange_peer
CREATE TABLE exchange_peer (
        id INTEGER PRIMARY KEY,
        peer_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        -- 'station' = a village station registered at this centre; 'centre' = the centre this station reports to.
        kind TEXT NOT NULL CHECK (kind IN ('station', 'centre')),
        public_key TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        registered_by TEXT NOT NULL,
        last_export_seq INTEGER NOT NULL DEFAULT 0,
        last_import_seq INTEGER NOT NULL DEFAULT 0
      ) STRICT;

-- table export_outbox
CREATE TABLE export_outbox (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES dispute_case (id),
        case_uuid TEXT NOT NULL,
        case_version INTEGER NOT NULL,
        trigger TEXT NOT NULL,
        record TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        ack_id TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (case_uuid, case_version, trigger),
        CHECK ((status = 'delivered') = (ack_id IS NOT NULL))
      ) STRICT;

-- table extension_consent
CREATE TABLE extension_consent (
      extension_id INTEGER NOT NULL REFERENCES deadline_extension (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      consented_on TEXT NOT NULL,
      form TEXT NOT NULL CHECK (form IN ('signed', 'oral_recorded', 'phone_recorded')),
      PRIMARY KEY (extension_id, party_id)
    ) STRICT, WITHOUT ROWID;

-- table follow_up
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
    , cancel_reason TEXT, case_archived INTEGER NOT NULL DEFAULT 0 CHECK (case_archived IN (0, 1))) STRICT;

-- table holiday
CREATE TABLE holiday (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

-- table holiday_year
CREATE TABLE holiday_year (
        year INTEGER PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('provisional', 'confirmed')),
        updated_at TEXT NOT NULL,
        confirmed_by TEXT
      ) STRICT;

-- table judicial_confirmation
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
    ) STRICT;

-- table law
CREATE TABLE law (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL UNIQUE,
        version_date TEXT,
        source TEXT NOT NULL CHECK (source IN ('builtin', 'admin')),
        article_count INTEGER NOT NULL,
        loaded_at TEXT NOT NULL,
        loaded_by TEXT
      ) STRICT;

-- table law_article
CREATE TABLE law_article (
        id INTEGER PRIMARY KEY,
        law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        label TEXT NOT NULL,
        chapter TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (law_id, number)
      ) STRICT;

-- table law_file
CREATE TABLE law_file (
        id INTEGER PRIMARY KEY,
        law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        part TEXT,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL,
        UNIQUE (law_id, file_name)
      ) STRICT;

-- table law_search_gram
CREATE VIRTUAL TABLE law_search_gram USING fts5(
        grams, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61');

-- table law_search_gram_config
CREATE TABLE 'law_search_gram_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table law_search_gram_data
CREATE TABLE 'law_search_gram_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table law_search_gram_docsize
CREATE TABLE 'law_search_gram_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table law_search_gram_idx
CREATE TABLE 'law_search_gram_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table law_search_tri
CREATE VIRTUAL TABLE law_search_tri USING fts5(
        heading, text, content = '', contentless_delete = 1, tokenize = 'trigram');

-- table law_search_tri_config
CREATE TABLE 'law_search_tri_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table law_search_tri_data
CREATE TABLE 'law_search_tri_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table law_search_tri_docsize
CREATE TABLE 'law_search_tri_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table law_search_tri_idx
CREATE TABLE 'law_search_tri_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table law_topic
CREATE TABLE law_topic (
        dispute_type TEXT NOT NULL,
        subtype_name TEXT NOT NULL DEFAULT '',
        articles TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        PRIMARY KEY (dispute_type, subtype_name)
      ) STRICT, WITHOUT ROWID;

-- table ledger_import_row
CREATE TABLE ledger_import_row (
        id INTEGER PRIMARY KEY,
        row_key TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL UNIQUE REFERENCES dispute_case (id),
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        row_no INTEGER NOT NULL CHECK (row_no >= 1),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;

-- table mediator
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
    ) STRICT;

-- table mediator_relation
CREATE TABLE mediator_relation (
      id INTEGER PRIMARY KEY,
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      person_name TEXT NOT NULL,
      id_number TEXT,
      phone TEXT,
      relation TEXT NOT NULL
    ) STRICT;

-- table mediator_specialty
CREATE TABLE mediator_specialty (
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      dispute_type TEXT NOT NULL,
      PRIMARY KEY (mediator_id, dispute_type)
    ) STRICT, WITHOUT ROWID;

-- table obligation
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
      updated_at TEXT NOT NULL, case_archived INTEGER NOT NULL DEFAULT 0 CHECK (case_archived IN (0, 1)),
      UNIQUE (agreement_id, seq)
    ) STRICT;

-- table organisation
CREATE TABLE organisation (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('centre', 'committee', 'justice_office', 'service_station')),
        level TEXT NOT NULL CHECK (level IN ('village', 'town', 'district', 'city')),
        region_code TEXT NOT NULL,
        abbreviation TEXT NOT NULL,
        seal_name TEXT,
        parent_id INTEGER REFERENCES organisation (id),
        is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , address TEXT, phone TEXT, default_court TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), version INTEGER NOT NULL DEFAULT 1) STRICT;

-- table party
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
    ) STRICT;

-- table party_contact
CREATE TABLE party_contact (
      id INTEGER PRIMARY KEY,
      party_id INTEGER NOT NULL REFERENCES party (id),
      kind TEXT NOT NULL CHECK (kind IN ('mobile', 'landline', 'other')),
      value TEXT NOT NULL
    ) STRICT;

-- table prevention_record
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
      ) STRICT;

-- table rights_notice
CREATE TABLE rights_notice (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES dispute_case (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      given_on TEXT NOT NULL,
      form TEXT NOT NULL CHECK (form IN ('written', 'oral')),
      given_by TEXT,
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;

-- table saved_view
CREATE TABLE saved_view (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES user_account (id),
        kind TEXT NOT NULL CHECK (kind IN ('case_list')),
        name TEXT NOT NULL,
        filters TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (user_id, kind, name)
      ) STRICT;

-- table schema_migration
CREATE TABLE schema_migration (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

-- table search_dirty
CREATE TABLE search_dirty (case_id INTEGER PRIMARY KEY) STRICT;

-- table search_position
CREATE TABLE search_position (n INTEGER PRIMARY KEY) STRICT;

-- table session
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
    ) STRICT;

-- table session_mediator
CREATE TABLE session_mediator (
      session_id INTEGER NOT NULL REFERENCES session (id),
      mediator_id INTEGER NOT NULL REFERENCES mediator (id),
      PRIMARY KEY (session_id, mediator_id)
    ) STRICT, WITHOUT ROWID;

-- table session_participant
CREATE TABLE session_participant (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session (id),
      name TEXT NOT NULL,
      relation TEXT
    ) STRICT;

-- table session_party
CREATE TABLE session_party (
      session_id INTEGER NOT NULL REFERENCES session (id),
      party_id INTEGER NOT NULL REFERENCES party (id),
      PRIMARY KEY (session_id, party_id)
    ) STRICT, WITHOUT ROWID;

-- table template_override
CREATE TABLE template_override (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        template_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        relative_path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        placeholders TEXT NOT NULL DEFAULT '[]',
        uploaded_at TEXT NOT NULL,
        uploaded_by_user_id INTEGER REFERENCES user_account (id),
        uploaded_by_name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        deactivated_at TEXT,
        UNIQUE (template_id, version)
      ) STRICT;

-- table transfer
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
    ) STRICT;

-- table user_account
CREATE TABLE user_account (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'intake', 'mediator', 'reviewer', 'statistician', 'leader')),
        password_hash TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        -- A mediator's account sees the cases assigned to this roster entry (data scope).
        mediator_id INTEGER REFERENCES mediator (id),
        sees_all_cases INTEGER NOT NULL DEFAULT 0 CHECK (sees_all_cases IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table user_session
CREATE TABLE user_session (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES user_account (id),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ended_at TEXT
      ) STRICT;

-- trigger agreement_case_archived_move
CREATE TRIGGER agreement_case_archived_move AFTER UPDATE OF case_id ON agreement BEGIN
     UPDATE obligation SET case_archived = coalesce((SELECT status IN ('archived', 'voided') FROM dispute_case WHERE id = NEW.case_id), 0)
       WHERE agreement_id = NEW.id;
   END;

-- trigger agreement_confirmation_open_insert
CREATE TRIGGER agreement_confirmation_open_insert AFTER INSERT ON agreement BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0)) WHERE id = NEW.id;
   END;

-- trigger agreement_confirmation_open_update
CREATE TRIGGER agreement_confirmation_open_update
   AFTER UPDATE OF case_id, effective_on, involves_status_relation, involves_ownership_confirmation ON agreement BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0)) WHERE id = NEW.id;
   END;

-- trigger agreement_fact_delete
CREATE TRIGGER agreement_fact_delete AFTER DELETE ON agreement BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger agreement_fact_insert
CREATE TRIGGER agreement_fact_insert AFTER INSERT ON agreement BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger agreement_fact_update
CREATE TRIGGER agreement_fact_update AFTER UPDATE OF case_id, concluded_on, form, obligations_amount_fen, obligations_performed_on, whole_performed_on ON agreement BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger agreement_search_delete
CREATE TRIGGER agreement_search_delete AFTER DELETE ON agreement BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger agreement_search_insert
CREATE TRIGGER agreement_search_insert AFTER INSERT ON agreement BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger agreement_search_update
CREATE TRIGGER agreement_search_update AFTER UPDATE OF facts, other_clauses, performance_text, oral_content ON agreement BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger case_assignment_fact_delete
CREATE TRIGGER case_assignment_fact_delete AFTER DELETE ON case_assignment BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger case_assignment_fact_insert
CREATE TRIGGER case_assignment_fact_insert AFTER INSERT ON case_assignment BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger case_assignment_fact_update
CREATE TRIGGER case_assignment_fact_update AFTER UPDATE OF case_id, mediator_id, role, ended_at ON case_assignment BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger case_event_no_delete
CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
    BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;

-- trigger case_event_no_update
CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
    BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;

-- trigger case_external_ref_search_delete
CREATE TRIGGER case_external_ref_search_delete AFTER DELETE ON case_external_ref BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger case_external_ref_search_insert
CREATE TRIGGER case_external_ref_search_insert AFTER INSERT ON case_external_ref BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger case_external_ref_search_update
CREATE TRIGGER case_external_ref_search_update AFTER UPDATE ON case_external_ref BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger dispute_case_archived_items
CREATE TRIGGER dispute_case_archived_items AFTER UPDATE OF status ON dispute_case
   WHEN (OLD.status IN ('archived', 'voided')) <> (NEW.status IN ('archived', 'voided')) BEGIN
     UPDATE obligation SET case_archived = NEW.status IN ('archived', 'voided')
       WHERE agreement_id IN (SELECT id FROM agreement WHERE case_id = NEW.id);
     UPDATE follow_up SET case_archived = NEW.status IN ('archived', 'voided') WHERE case_id = NEW.id;
   END;

-- trigger dispute_case_confirmation_open
CREATE TRIGGER dispute_case_confirmation_open AFTER UPDATE OF status ON dispute_case
   WHEN (OLD.status IN ('archived', 'voided')) <> (NEW.status IN ('archived', 'voided')) BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0)) WHERE case_id = NEW.id;
   END;

-- trigger dispute_case_fact_delete
CREATE TRIGGER dispute_case_fact_delete AFTER DELETE ON dispute_case BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.id WHERE OLD.id IS NOT NULL; END;

-- trigger dispute_case_fact_insert
CREATE TRIGGER dispute_case_fact_insert AFTER INSERT ON dispute_case BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.id WHERE NEW.id IS NOT NULL; END;

-- trigger dispute_case_fact_update
CREATE TRIGGER dispute_case_fact_update AFTER UPDATE OF accepted_on, status, organisation_id, dispute_type, source, place_street, disposal_on ON dispute_case BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.id WHERE NEW.id IS NOT NULL; END;

-- trigger dispute_case_no_delete
CREATE TRIGGER dispute_case_no_delete BEFORE DELETE ON dispute_case
      BEGIN SELECT RAISE(ABORT, 'dispute_case rows are never deleted; void the case instead'); END;

-- trigger dispute_case_search_insert
CREATE TRIGGER dispute_case_search_insert AFTER INSERT ON dispute_case BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.id WHERE NEW.id IS NOT NULL; END;

-- trigger dispute_case_search_update
CREATE TRIGGER dispute_case_search_update AFTER UPDATE OF case_no, title, summary, place_street, place_community, place_address, reporter_name ON dispute_case BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.id WHERE NEW.id IS NOT NULL; END;

-- trigger follow_up_case_archived_insert
CREATE TRIGGER follow_up_case_archived_insert AFTER INSERT ON follow_up BEGIN
     UPDATE follow_up SET case_archived = coalesce((SELECT status IN ('archived', 'voided') FROM dispute_case WHERE id = NEW.case_id), 0)
     WHERE id = NEW.id;
   END;

-- trigger follow_up_case_archived_move
CREATE TRIGGER follow_up_case_archived_move AFTER UPDATE OF case_id ON follow_up BEGIN
     UPDATE follow_up SET case_archived = coalesce((SELECT status IN ('archived', 'voided') FROM dispute_case WHERE id = NEW.case_id), 0)
     WHERE id = NEW.id;
   END;

-- trigger follow_up_fact_delete
CREATE TRIGGER follow_up_fact_delete AFTER DELETE ON follow_up BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger follow_up_fact_insert
CREATE TRIGGER follow_up_fact_insert AFTER INSERT ON follow_up BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger follow_up_fact_update
CREATE TRIGGER follow_up_fact_update AFTER UPDATE OF case_id, status, due_on, visited_on, satisfaction ON follow_up BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger judicial_confirmation_fact_delete
CREATE TRIGGER judicial_confirmation_fact_delete AFTER DELETE ON judicial_confirmation BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger judicial_confirmation_fact_insert
CREATE TRIGGER judicial_confirmation_fact_insert AFTER INSERT ON judicial_confirmation BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger judicial_confirmation_fact_update
CREATE TRIGGER judicial_confirmation_fact_update AFTER UPDATE ON judicial_confirmation BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger judicial_confirmation_open_delete
CREATE TRIGGER judicial_confirmation_open_delete
   AFTER DELETE ON judicial_confirmation BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0))
       WHERE case_id IN (OLD.case_id);
   END;

-- trigger judicial_confirmation_open_insert
CREATE TRIGGER judicial_confirmation_open_insert
   AFTER INSERT ON judicial_confirmation BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0))
       WHERE case_id IN (NEW.case_id);
   END;

-- trigger judicial_confirmation_open_update
CREATE TRIGGER judicial_confirmation_open_update
   AFTER UPDATE OF case_id, applied_on ON judicial_confirmation BEGIN
     UPDATE agreement SET confirmation_open = (agreement.effective_on IS NOT NULL
  AND agreement.involves_status_relation = 0 AND agreement.involves_ownership_confirmation = 0
  AND NOT EXISTS (SELECT 1 FROM judicial_confirmation j WHERE j.case_id = agreement.case_id AND j.applied_on IS NOT NULL)
  AND coalesce((SELECT status NOT IN ('archived', 'voided') FROM dispute_case WHERE id = agreement.case_id), 0))
       WHERE case_id IN (NEW.case_id, OLD.case_id);
   END;

-- trigger obligation_case_archived_insert
CREATE TRIGGER obligation_case_archived_insert AFTER INSERT ON obligation BEGIN
     UPDATE obligation SET case_archived = coalesce((
       SELECT c.status IN ('archived', 'voided') FROM agreement a JOIN dispute_case c ON c.id = a.case_id WHERE a.id = NEW.agreement_id), 0)
     WHERE id = NEW.id;
   END;

-- trigger obligation_case_archived_move
CREATE TRIGGER obligation_case_archived_move AFTER UPDATE OF agreement_id ON obligation BEGIN
     UPDATE obligation SET case_archived = coalesce((
       SELECT c.status IN ('archived', 'voided') FROM agreement a JOIN dispute_case c ON c.id = a.case_id WHERE a.id = NEW.agreement_id), 0)
     WHERE id = NEW.id;
   END;

-- trigger obligation_search_delete
CREATE TRIGGER obligation_search_delete AFTER DELETE ON obligation BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT (SELECT case_id FROM agreement WHERE id = OLD.agreement_id) WHERE (SELECT case_id FROM agreement WHERE id = OLD.agreement_id) IS NOT NULL; END;

-- trigger obligation_search_insert
CREATE TRIGGER obligation_search_insert AFTER INSERT ON obligation BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT (SELECT case_id FROM agreement WHERE id = NEW.agreement_id) WHERE (SELECT case_id FROM agreement WHERE id = NEW.agreement_id) IS NOT NULL; END;

-- trigger obligation_search_update
CREATE TRIGGER obligation_search_update AFTER UPDATE OF content ON obligation BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT (SELECT case_id FROM agreement WHERE id = NEW.agreement_id) WHERE (SELECT case_id FROM agreement WHERE id = NEW.agreement_id) IS NOT NULL; END;

-- trigger obligation_totals_delete
CREATE TRIGGER obligation_totals_delete AFTER DELETE ON obligation BEGIN
        UPDATE agreement SET
  obligations_amount_fen = (SELECT coalesce(sum(ob.amount_fen), 0) FROM obligation ob WHERE ob.agreement_id = agreement.id),
  obligations_performed_on = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(ob.performance_status = 'performed')
                THEN max(coalesce(ob.performed_on, '9999')) END
    FROM obligation ob WHERE ob.agreement_id = agreement.id) WHERE id = OLD.agreement_id;
      END;

-- trigger obligation_totals_insert
CREATE TRIGGER obligation_totals_insert AFTER INSERT ON obligation BEGIN
        UPDATE agreement SET
  obligations_amount_fen = (SELECT coalesce(sum(ob.amount_fen), 0) FROM obligation ob WHERE ob.agreement_id = agreement.id),
  obligations_performed_on = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(ob.performance_status = 'performed')
                THEN max(coalesce(ob.performed_on, '9999')) END
    FROM obligation ob WHERE ob.agreement_id = agreement.id) WHERE id = NEW.agreement_id;
      END;

-- trigger obligation_totals_update
CREATE TRIGGER obligation_totals_update
      AFTER UPDATE OF agreement_id, amount_fen, performance_status, performed_on ON obligation BEGIN
        UPDATE agreement SET
  obligations_amount_fen = (SELECT coalesce(sum(ob.amount_fen), 0) FROM obligation ob WHERE ob.agreement_id = agreement.id),
  obligations_performed_on = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(ob.performance_status = 'performed')
                THEN max(coalesce(ob.performed_on, '9999')) END
    FROM obligation ob WHERE ob.agreement_id = agreement.id) WHERE id IN (OLD.agreement_id, NEW.agreement_id);
      END;

-- trigger organisation_fact_level
CREATE TRIGGER organisation_fact_level AFTER UPDATE OF level ON organisation
      WHEN NEW.level IS NOT OLD.level BEGIN
        INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT case_id FROM case_fact WHERE organisation_id = NEW.id;
      END;

-- trigger party_search_delete
CREATE TRIGGER party_search_delete AFTER DELETE ON party BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger party_search_insert
CREATE TRIGGER party_search_insert AFTER INSERT ON party BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger party_search_update
CREATE TRIGGER party_search_update AFTER UPDATE OF name, representative_name, case_id ON party BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger session_search_delete
CREATE TRIGGER session_search_delete AFTER DELETE ON session BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger session_search_insert
CREATE TRIGGER session_search_insert AFTER INSERT ON session BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger session_search_update
CREATE TRIGGER session_search_update AFTER UPDATE OF subject, transcript, result ON session BEGIN INSERT OR IGNORE INTO search_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger transfer_fact_delete
CREATE TRIGGER transfer_fact_delete AFTER DELETE ON transfer BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- trigger transfer_fact_insert
CREATE TRIGGER transfer_fact_insert AFTER INSERT ON transfer BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; END;

-- trigger transfer_fact_update
CREATE TRIGGER transfer_fact_update AFTER UPDATE OF case_id, transferred_on, feedback_result, feedback_on ON transfer BEGIN INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT NEW.case_id WHERE NEW.case_id IS NOT NULL; INSERT OR IGNORE INTO case_fact_dirty (case_id) SELECT OLD.case_id WHERE OLD.case_id IS NOT NULL; END;

-- view case_search_source
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
      FROM dispute_case c;
