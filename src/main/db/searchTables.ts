import type { Generated } from 'kysely';

/** Row types of migration 0004: search indexes (FTS5, queried with raw SQL), saved views, prevention work. */
export interface SavedViewTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  name: string;
  filters: string;
  created_at: string;
  updated_at: string;
}

export interface PreventionRecordTable {
  id: Generated<number>;
  uuid: string;
  organisation_id: number;
  occurred_on: string;
  kind: string;
  cases: Generated<number>;
  persons: Generated<number>;
  note: string | null;
  created_at: string;
  created_by: string;
}

/** The searchable text of a case (a view over dispute_case, party, agreement, session …). */
export interface CaseSearchSourceView {
  case_id: number;
  case_no: string;
  names: string | null;
  refs: string;
  summary: string;
  agreement: string;
  minutes: string;
}

export interface SearchTables {
  saved_view: SavedViewTable;
  prevention_record: PreventionRecordTable;
  case_search_source: CaseSearchSourceView;
}
