import type { Generated } from 'kysely';

/** Row types of migration ledger_import: which ledger row became which case (台账导入). */
export interface LedgerImportRowTable {
  id: Generated<number>;
  row_key: string;
  case_id: number;
  file_name: string;
  file_sha256: string;
  row_no: number;
  imported_at: string;
  imported_by: string;
}

export interface LedgerImportTables {
  ledger_import_row: LedgerImportRowTable;
}
