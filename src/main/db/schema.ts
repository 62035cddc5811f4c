import type { Generated } from 'kysely';
import type { AccountTables } from './accountTables.ts';
import type { SearchTables } from './searchTables.ts';
import type { ExchangeTables } from './exchangeTables.ts';
import type { DocumentTables } from './documentTables.ts';
import type { LawTables } from './lawTables.ts';
import type { LedgerImportTables } from './ledgerImportTables.ts';
import type { CaseFactTables } from './factTables.ts';

/**
 * Row types as stored. Domain types live in src/shared/types; mapping happens in queries/.
 * Dates are ISO `YYYY-MM-DD` text, instants ISO date-time text, session times local `YYYY-MM-DDTHH:mm`,
 * booleans 0/1, lists JSON text, money integer 分.
 */
export interface OrganisationTable {
  id: Generated<number>;
  uuid: string;
  name: string;
  kind: string;
  level: string;
  region_code: string;
  abbreviation: string;
  seal_name: string | null;
  parent_id: number | null;
  is_home: number;
  created_at: string;
  updated_at: string;
  address: Generated<string | null>;
  phone: Generated<string | null>;
  default_court: Generated<string | null>;
  active: Generated<number>;
  version: Generated<number>;
}

export interface DisputeCaseTable {
  /** Added by migration 0003: the account that registered the case (data scope). */
  registered_by_user_id: Generated<number | null>;
  id: Generated<number>;
  uuid: string;
  organisation_id: number;
  title: string;
  summary: string;
  status: string;
  registered_at: string;
  updated_at: string;
  version: Generated<number>;
  case_no: Generated<string | null>;
  case_year: Generated<number | null>;
  case_seq: Generated<number | null>;
  source: Generated<string>;
  application_form: Generated<string | null>;
  source_detail: Generated<string | null>;
  referral_court_procedure: Generated<string | null>;
  referral_received_on: Generated<string | null>;
  reporter_name: Generated<string | null>;
  reporter_phone: Generated<string | null>;
  dispute_type: Generated<string>;
  dispute_subtype_id: Generated<number | null>;
  place_district_code: Generated<string | null>;
  place_street: Generated<string | null>;
  place_community: Generated<string | null>;
  place_grid: Generated<string | null>;
  place_address: Generated<string | null>;
  occurred_on: Generated<string | null>;
  persons_involved: Generated<number>;
  is_group: Generated<number>;
  risk_level: Generated<string | null>;
  risk_factors: Generated<string>;
  risk_note: Generated<string | null>;
  requests: Generated<string>;
  applied_on: Generated<string | null>;
  registrar: Generated<string | null>;
  accepted_on: Generated<string | null>;
  consent_mode: Generated<string | null>;
  consent_note: Generated<string | null>;
  due_date: Generated<string | null>;
  time_limit_days: Generated<number | null>;
  disposal_reason_code: Generated<string | null>;
  disposal_reason: Generated<string | null>;
  disposal_channels: Generated<string>;
  disposal_advice: Generated<string | null>;
  disposal_on: Generated<string | null>;
  closed_on: Generated<string | null>;
  closing_note: Generated<string | null>;
  archived_on: Generated<string | null>;
  archive_filer: Generated<string | null>;
  archive_checker: Generated<string | null>;
  archive_checked_on: Generated<string | null>;
  retention: Generated<string | null>;
  voided_at: Generated<string | null>;
  void_reason: Generated<string | null>;
  /** 补录 (migration 0012): who entered the paper case afterwards, when, and when that was finished. */
  backfill_by: Generated<string | null>;
  backfill_at: Generated<string | null>;
  backfill_done_at: Generated<string | null>;
  /** Migration ticket_cycle: when the reply to the referrer is due, and when the final one went out. */
  reply_due_on: Generated<string | null>;
  reply_final_on: Generated<string | null>;
}

export interface CaseNumberCounterTable {
  organisation_id: number;
  year: number;
  last_seq: number;
}

export interface CaseExternalRefTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  value: string;
}

export interface DisputeSubtypeTable {
  id: Generated<number>;
  name: string;
  dispute_type: string;
  active: Generated<number>;
  sort_order: Generated<number>;
}

export interface MediatorTable {
  id: Generated<number>;
  uuid: string;
  organisation_id: number;
  name: string;
  sex: string | null;
  employment: string;
  title: string | null;
  id_number: string | null;
  phone: string | null;
  region_code: string | null;
  street: string | null;
  community: string | null;
  active: Generated<number>;
  note: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface MediatorSpecialtyTable {
  mediator_id: number;
  dispute_type: string;
}

export interface MediatorRelationTable {
  id: Generated<number>;
  mediator_id: number;
  person_name: string;
  id_number: string | null;
  phone: string | null;
  relation: string;
}

export interface PartyTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  role: string;
  kind: string;
  principal_party_id: number | null;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birth_date: string | null;
  occupation: string | null;
  id_type: string | null;
  id_number: string | null;
  address: string | null;
  representative_name: string | null;
  representative_title: string | null;
  agent_relation: string | null;
  agent_authority: string | null;
  flags: Generated<string>;
  refused_on: Generated<string | null>;
  refusal_note: Generated<string | null>;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PartyContactTable {
  id: Generated<number>;
  party_id: number;
  kind: string;
  value: string;
}

export interface RightsNoticeTable {
  id: Generated<number>;
  case_id: number;
  party_id: number;
  given_on: string;
  form: string;
  given_by: string | null;
  note: string | null;
  created_at: string;
}

export interface CaseAssignmentTable {
  id: Generated<number>;
  case_id: number;
  mediator_id: number;
  role: string;
  mode: string;
  assigned_at: string;
  assigned_by: string;
  conflicts: Generated<string>;
  override_reason: string | null;
  ended_at: Generated<string | null>;
  end_reason: Generated<string | null>;
  end_note: Generated<string | null>;
  requested_by_party_id: Generated<number | null>;
}

export interface SessionTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  kind: string;
  status: string;
  start_at: string;
  end_at: string | null;
  place: string;
  mode: string;
  is_public: number;
  subject: string | null;
  recorder: string | null;
  transcript: string | null;
  result: string | null;
  rights_notice_given: number;
  interviewee: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionMediatorTable {
  session_id: number;
  mediator_id: number;
}

export interface SessionPartyTable {
  session_id: number;
  party_id: number;
}

export interface SessionParticipantTable {
  id: Generated<number>;
  session_id: number;
  name: string;
  relation: string | null;
}

export interface DeadlineExtensionTable {
  id: Generated<number>;
  case_id: number;
  previous_due_date: string;
  new_due_date: string;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

export interface ExtensionConsentTable {
  extension_id: number;
  party_id: number;
  consented_on: string;
  form: string;
}

export interface AgreementTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  form: string;
  number: string | null;
  concluded_on: string;
  effective_on: string | null;
  facts: string | null;
  other_clauses: string;
  performance_text: string | null;
  oral_content: string | null;
  involves_status_relation: number;
  involves_ownership_confirmation: number;
  created_at: string;
  updated_at: string;
  /** Kept by triggers on obligation (migration 0009); never written by the program. */
  obligations_amount_fen: Generated<number>;
  obligations_performed_on: Generated<string | null>;
  /** Migration ticket_cycle: performance of the agreement as a whole (当场履行 / 已履行). */
  whole_performance: Generated<string | null>;
  whole_performed_on: Generated<string | null>;
  whole_performance_how: Generated<string | null>;
  /** 1 while awaiting a 司法确认 application (trigger-kept, migration 0015). */
  confirmation_open: Generated<number>;
}

export interface ObligationTable {
  id: Generated<number>;
  uuid: string;
  agreement_id: number;
  seq: number;
  obligor_party_id: number;
  obligee_party_id: number | null;
  content: string;
  amount_fen: number | null;
  due_date: string | null;
  manner: string | null;
  place: string | null;
  performance_status: Generated<string>;
  performed_amount_fen: Generated<number | null>;
  performed_on: Generated<string | null>;
  performance_note: Generated<string | null>;
  updated_at: string;
  /** 1 when the case is archived or voided (trigger-kept, migration 0015). */
  case_archived: Generated<number>;
}

export interface FollowUpTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  status: string;
  reason: string;
  obligation_id: number | null;
  due_on: string;
  visited_on: string | null;
  method: string | null;
  visitor: string | null;
  party_ids: Generated<string>;
  performance_found: string | null;
  satisfaction: string | null;
  situation: string | null;
  measures: string | null;
  cancel_reason: Generated<string | null>;
  created_at: string;
  updated_at: string;
  /** 1 when the case is archived or voided (trigger-kept, migration 0015). */
  case_archived: Generated<number>;
}

export interface TransferTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  target_kind: string;
  target_organisation_id: number | null;
  target_name: string;
  is_escalation: number;
  reason: string;
  transferred_on: string;
  feedback_on: Generated<string | null>;
  feedback_result: Generated<string | null>;
  feedback_note: Generated<string | null>;
  created_at: string;
}

export interface JudicialConfirmationTable {
  id: Generated<number>;
  case_id: number;
  agreement_id: number;
  court: string;
  applied_on: string | null;
  court_case_no: string | null;
  decided_on: string | null;
  result: string | null;
  note: string | null;
  updated_at: string;
}

export interface AttachmentTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  party_id: number | null;
  kind: string;
  title: string;
  file_name: string;
  relative_path: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  pages: number | null;
  added_at: string;
  added_by: string;
}

export interface DossierExplanationTable {
  case_id: number;
  item: string;
  text: string;
  recorded_at: string;
}

export interface HolidayTable {
  date: string;
  kind: string;
  name: string;
}

export interface CaseReplyTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  kind: string;
  replied_on: string;
  channel: string;
  recipient: Generated<string>;
  content: string;
  result: string;
  created_at: string;
  created_by: string;
}

export interface HolidayYearTable {
  year: number;
  status: string;
  updated_at: string;
  confirmed_by: string | null;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: number;
  occurred_at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  summary: string;
  changes: string;
  /** Migration 0012: 1 when the step was entered as 补录; the date it really happened. */
  backfill: Generated<number>;
  business_on: Generated<string | null>;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database
  extends
    SearchTables,
    AccountTables,
    ExchangeTables,
    DocumentTables,
    LawTables,
    LedgerImportTables,
    CaseFactTables {
  organisation: OrganisationTable;
  dispute_case: DisputeCaseTable;
  case_number_counter: CaseNumberCounterTable;
  case_external_ref: CaseExternalRefTable;
  dispute_subtype: DisputeSubtypeTable;
  mediator: MediatorTable;
  mediator_specialty: MediatorSpecialtyTable;
  mediator_relation: MediatorRelationTable;
  party: PartyTable;
  party_contact: PartyContactTable;
  rights_notice: RightsNoticeTable;
  case_assignment: CaseAssignmentTable;
  session: SessionTable;
  session_mediator: SessionMediatorTable;
  session_party: SessionPartyTable;
  session_participant: SessionParticipantTable;
  deadline_extension: DeadlineExtensionTable;
  extension_consent: ExtensionConsentTable;
  agreement: AgreementTable;
  obligation: ObligationTable;
  follow_up: FollowUpTable;
  transfer: TransferTable;
  judicial_confirmation: JudicialConfirmationTable;
  attachment: AttachmentTable;
  dossier_explanation: DossierExplanationTable;
  holiday: HolidayTable;
  case_event: CaseEventTable;
  case_reply: CaseReplyTable;
  holiday_year: HolidayYearTable;
  schema_migration: SchemaMigrationTable;
}
