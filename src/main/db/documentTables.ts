import type { Generated } from 'kysely';

/** Row types of migration 0006: generated documents and administrators' template replacements. */
export interface TemplateOverrideTable {
  id: Generated<number>;
  uuid: string;
  template_id: string;
  version: number;
  relative_path: string;
  file_name: string;
  file_sha256: string;
  byte_size: number;
  placeholders: Generated<string>;
  uploaded_at: string;
  uploaded_by_user_id: number | null;
  uploaded_by_name: string;
  active: Generated<number>;
  deactivated_at: string | null;
}

export interface CaseDocumentTable {
  id: Generated<number>;
  uuid: string;
  case_id: number;
  kind: Generated<string>;
  template_id: string;
  template_version: number;
  template_override_id: number | null;
  title: string;
  mode: string;
  version: number;
  session_uuid: string | null;
  follow_up_uuid: string | null;
  file_name: string;
  relative_path: string;
  mime_type: string;
  file_sha256: string;
  byte_size: number;
  content_hash: string | null;
  missing: Generated<string>;
  generated_at: string;
  actor_user_id: number | null;
  actor_name: string;
}

export interface DocumentTables {
  template_override: TemplateOverrideTable;
  case_document: CaseDocumentTable;
}
