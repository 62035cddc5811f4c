import type { Generated } from 'kysely';

/** Row types of migration 0003: accounts, sessions, audit log, settings, backup records. */
export interface UserAccountTable {
  id: Generated<number>;
  uuid: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: number;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  active: Generated<number>;
  mediator_id: number | null;
  sees_all_cases: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  time: string;
  actor_user_id: number | null;
  actor_name: string | null;
  method: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface BackupRecordTable {
  id: Generated<number>;
  created_at: string;
  kind: string;
  folder: string;
  database_bytes: number;
  database_sha256: string;
  file_count: number;
  verified: number;
  verify_message: string;
  removed_at: string | null;
}

export interface AccountTables {
  user_account: UserAccountTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  app_setting: AppSettingTable;
  backup_record: BackupRecordTable;
}
