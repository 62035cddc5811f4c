import type { Generated } from 'kysely';

/** Row types of migration 0005 (city-platform outbox, station ↔ centre exchange). */
export interface ExportOutboxTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  case_uuid: string;
  case_version: number;
  trigger: string;
  record: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  ack_id: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface ExchangeIdentityTable {
  id: number;
  peer_id: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

export interface ExchangePeerTable {
  id: Generated<number>;
  peer_id: string;
  name: string;
  kind: 'station' | 'centre';
  public_key: string;
  registered_at: string;
  registered_by: string;
  last_export_seq: Generated<number>;
  last_import_seq: Generated<number>;
}

export interface ExchangeCaseStateTable {
  peer_id: string;
  case_uuid: string;
  peer_version: Generated<number>;
  local_version: Generated<number>;
  exported_version: Generated<number>;
}

export interface ExchangePackageTable {
  id: Generated<number>;
  package_id: string;
  direction: 'export' | 'import';
  peer_id: string;
  seq: number;
  sha256: string;
  case_count: number;
  file_count: number;
  summary: Generated<string>;
  at: string;
  by_user: string;
}

export interface ExchangeConflictTable {
  id: Generated<number>;
  uuid: string;
  case_uuid: string;
  peer_id: string;
  package_id: string;
  local_version: number;
  incoming_version: number;
  local_record: string;
  incoming_record: string;
  detected_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface ExchangeTables {
  export_outbox: ExportOutboxTable;
  exchange_identity: ExchangeIdentityTable;
  exchange_peer: ExchangePeerTable;
  exchange_case_state: ExchangeCaseStateTable;
  exchange_package: ExchangePackageTable;
  exchange_conflict: ExchangeConflictTable;
}
