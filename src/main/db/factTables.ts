/** Row types of migration 0015: per-case report facts (read with raw SQL in queries/stats.ts). */
export interface CaseFactTable {
  case_id: number;
  accepted_on: string;
  organisation_id: number;
  dispute_type: string | null;
  source: string | null;
  place_street: string | null;
  concluded_on: string | null;
  form: string | null;
  amount_fen: number;
  performed_on: string | null;
  disposal_on: string | null;
  transferred_on: string | null;
  transfer_returned_on: string | null;
  confirmation_applied_on: string | null;
  confirmed_on: string | null;
  follow_up_due_on: string | null;
  visited_on: string | null;
  rated: number;
  rated_last_on: string | null;
  satisfied: number;
  satisfied_last_on: string | null;
  lead_mediator_id: number | null;
}

export interface CaseFactTables {
  case_fact: CaseFactTable;
  case_fact_dirty: { case_id: number };
  case_fact_state: { id: number; version: number };
}
