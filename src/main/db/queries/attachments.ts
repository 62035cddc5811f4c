import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Attachment } from '../../../shared/types/handling.ts';
import type { AttachmentKind } from '../../../shared/types/outcomeTaxonomy.ts';

export interface AttachmentValues {
  readonly uuid: string;
  readonly caseId: number;
  readonly partyId: number | null;
  readonly kind: AttachmentKind;
  readonly title: string;
  readonly fileName: string;
  readonly relativePath: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mimeType: string;
  readonly pages: number | null;
  readonly addedAt: string;
  readonly addedBy: string;
}

export async function insertAttachment(db: Kysely<Database>, a: AttachmentValues): Promise<void> {
  await db
    .insertInto('attachment')
    .values({
      uuid: a.uuid,
      case_id: a.caseId,
      party_id: a.partyId,
      kind: a.kind,
      title: a.title,
      file_name: a.fileName,
      relative_path: a.relativePath,
      sha256: a.sha256,
      size_bytes: a.sizeBytes,
      mime_type: a.mimeType,
      pages: a.pages,
      added_at: a.addedAt,
      added_by: a.addedBy,
    })
    .execute();
}

export async function listAttachments(db: Kysely<Database>, caseId: number): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('attachment')
    .leftJoin('party', 'party.id', 'attachment.party_id')
    .selectAll('attachment')
    .select('party.uuid as party_uuid')
    .where('attachment.case_id', '=', caseId)
    .orderBy('attachment.id')
    .execute();
  return rows.map((r) => ({
    id: r.uuid,
    kind: r.kind as AttachmentKind,
    title: r.title,
    fileName: r.file_name,
    relativePath: r.relative_path,
    sha256: r.sha256,
    sizeBytes: r.size_bytes,
    mimeType: r.mime_type,
    pages: r.pages,
    partyId: r.party_uuid,
    addedAt: r.added_at,
    addedBy: r.added_by,
  }));
}

export async function attachmentKindsOfCase(
  db: Kysely<Database>,
  caseId: number,
): Promise<Set<AttachmentKind>> {
  const rows = await db
    .selectFrom('attachment')
    .select('kind')
    .distinct()
    .where('case_id', '=', caseId)
    .execute();
  return new Set(rows.map((r) => r.kind as AttachmentKind));
}

export async function upsertDossierExplanation(
  db: Kysely<Database>,
  caseId: number,
  item: string,
  text: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('dossier_explanation')
    .values({ case_id: caseId, item, text, recorded_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'item']).doUpdateSet({ text, recorded_at: now }))
    .execute();
}

export async function listDossierExplanations(db: Kysely<Database>, caseId: number) {
  return db
    .selectFrom('dossier_explanation')
    .select(['item', 'text'])
    .where('case_id', '=', caseId)
    .orderBy('item')
    .execute();
}
