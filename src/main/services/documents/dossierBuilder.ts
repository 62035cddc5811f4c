import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { AppError } from '../../../shared/errors.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import type { DocumentMode, DossierOutcome, MissingItem } from '../../../shared/types/documents.ts';
import type { CaseDocumentData } from '../../documents/caseDocumentData.ts';
import { assembleDossier } from '../../documents/dossier/assembleDossier.ts';
import type { DossierSourceDocument } from '../../documents/dossier/assembleDossier.ts';
import { documentFileName, generateCaseDocument } from '../../documents/generateCaseDocument.ts';
import type { OfficeTools } from '../../documents/office/officeTools.ts';
import type { TemplateId } from '../../documents/templateManifest.ts';
import type { TemplateSource } from '../../documents/templateSource.ts';
import type { CaseRow } from '../../db/queries/caseRows.ts';
import { insertCaseDocument, nextDocumentVersion } from '../../db/queries/documents.ts';
import type { CaseDocumentRow, TemplateOverrideRow } from '../../db/queries/documents.ts';
import type { AuditService } from '../auditService.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import {
  DOCX_MIME,
  PDF_MIME,
  readDataFile,
  rowToInfo,
  sha256Of,
  writeDataFile,
  ZIP_MIME,
} from './documentFiles.ts';

const FRAMES: readonly TemplateId[] = ['dossierCover', 'dossierToc', 'dossierBackCover'];

export interface BuildDossierInput {
  readonly deps: ServiceDeps;
  readonly audit: AuditService;
  readonly office: OfficeTools | null;
  readonly templates: TemplateSource;
  readonly overrides: ReadonlyMap<TemplateId, TemplateOverrideRow>;
  readonly caseRow: CaseRow;
  readonly data: CaseDocumentData;
  /** The case's recorded documents, newest first. */
  readonly stored: readonly CaseDocumentRow[];
  readonly actor: SessionUser | null;
}

/** The latest final version of each generated document (per session / visit for per-event records). */
function latestFinals(stored: readonly CaseDocumentRow[]): CaseDocumentRow[] {
  const seen = new Set<string>();
  const picked: CaseDocumentRow[] = [];
  for (const row of stored) {
    if (row.kind !== 'document' || row.mode !== 'final' || FRAMES.includes(row.template_id as TemplateId))
      continue;
    const key = `${row.template_id}|${row.session_uuid ?? ''}|${row.follow_up_uuid ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(row);
  }
  return picked.reverse();
}

/** The date the 目录 prints for a document: its session, visit or the case event it records. */
function dateOf(row: CaseDocumentRow, data: CaseDocumentData): string | null {
  if (row.session_uuid)
    return data.sessions.find((s) => s.id === row.session_uuid)?.startAt.slice(0, 10) ?? null;
  if (row.follow_up_uuid) return data.followUps.find((f) => f.id === row.follow_up_uuid)?.date ?? null;
  const byTemplate: Partial<Record<string, string | null | undefined>> = {
    application: data.case.appliedAt ?? data.case.registeredAt,
    registration: data.case.registeredAt,
    refusalNotice: data.refusal?.date,
    rightsNotice: data.sessions[0]?.startAt.slice(0, 10),
    agreement: data.agreement?.concludedAt,
    oralAgreement: data.agreement?.concludedAt,
    terminationNotice: data.termination?.date,
    judicialApplication: data.judicialConfirmation?.appliedAt,
    closingReport: data.case.closedAt,
  };
  return byTemplate[row.template_id] ?? null;
}

/**
 * Cover, 目录 and 备考表 need archive facts (立卷人, 保管期限 …) that a case only has once it is filed.
 * Before that the dossier is still useful for review: the frames are made as drafts and the message says
 * what is missing.
 */
async function frameMode(input: BuildDossierInput): Promise<{ mode: DocumentMode; missing: MissingItem[] }> {
  const missing: MissingItem[] = [];
  for (const templateId of FRAMES) {
    try {
      await generateCaseDocument({
        templates: input.templates,
        data: input.data,
        templateId,
        mode: 'final',
        clock: input.deps.clock,
        newId: input.deps.newId,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'DOCUMENT_DATA_MISSING') throw error;
      const details = (error.details ?? {}) as { missing?: MissingItem[] };
      for (const item of details.missing ?? []) {
        if (!missing.some((known) => known.meaning === item.meaning)) missing.push(item);
      }
    }
  }
  return { mode: missing.length > 0 ? 'draft' : 'final', missing };
}

export async function buildDossier(input: BuildDossierInput): Promise<DossierOutcome> {
  const { deps, data, caseRow, actor } = input;
  const contents = latestFinals(input.stored);
  const documents: DossierSourceDocument[] = [];
  for (const row of contents) {
    documents.push({
      templateId: row.template_id as TemplateId,
      title: row.title,
      date: dateOf(row, data),
      bytes: await readDataFile(deps.dataDir, row.relative_path, row.file_sha256),
    });
  }
  const frames = await frameMode(input);
  const assembled = await assembleDossier({
    data,
    documents,
    templates: input.templates,
    office: input.office,
    readAttachment: async (path) => new Uint8Array(await readFile(path)),
    clock: deps.clock,
    newId: deps.newId,
    mode: frames.mode,
  });
  const messages = [...assembled.messages];
  if (frames.mode === 'draft') {
    messages.push(
      `卷宗封面、目录或备考表缺少：${frames.missing.map((item) => item.meaning).join('、')}，已按草稿生成；归档时填写后重新组卷。`,
    );
  }
  if (contents.length === 0) messages.push('本案还没有生成任何正式文书，卷宗中只有封面、目录和备考表。');

  let dossierBytes: Uint8Array;
  let mimeType: string;
  let extension: string;
  if (assembled.pdf) {
    dossierBytes = assembled.pdf;
    mimeType = PDF_MIME;
    extension = 'pdf';
  } else {
    const zip = new JSZip();
    for (const file of assembled.files) zip.file(file.name, file.bytes, { date: new Date(deps.clock.now()) });
    dossierBytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    mimeType = ZIP_MIME;
    extension = 'zip';
  }

  const dossierId = deps.newId();
  const dossierPath = `documents/${caseRow.uuid}/${dossierId}.${extension}`;
  await writeDataFile(deps.dataDir, dossierPath, dossierBytes);
  const framePaths = new Map<string, string>();
  for (const generated of assembled.generated) {
    const path = `documents/${caseRow.uuid}/${generated.documentId}.docx`;
    await writeDataFile(deps.dataDir, path, generated.bytes);
    framePaths.set(generated.documentId, path);
  }

  const actorFields = { actor_user_id: actor?.rowId ?? null, actor_name: actor?.displayName ?? '系统' };
  const recorded = await deps.inTransaction(async (trx) => {
    const frameRows: CaseDocumentRow[] = [];
    for (const generated of assembled.generated) {
      frameRows.push(
        await insertCaseDocument(trx, {
          uuid: generated.documentId,
          case_id: caseRow.id,
          kind: 'document',
          template_id: generated.templateId,
          template_version: generated.templateVersion,
          template_override_id: input.overrides.get(generated.templateId)?.id ?? null,
          title: generated.title,
          mode: generated.mode,
          version: await nextDocumentVersion(trx, {
            caseRowId: caseRow.id,
            templateId: generated.templateId,
            sessionUuid: null,
            followUpUuid: null,
          }),
          session_uuid: null,
          follow_up_uuid: null,
          file_name: generated.fileName,
          relative_path: framePaths.get(generated.documentId)!,
          mime_type: DOCX_MIME,
          file_sha256: generated.fileSha256,
          byte_size: generated.bytes.byteLength,
          content_hash: generated.contentHash,
          missing: JSON.stringify(generated.missing),
          generated_at: generated.generatedAt,
          ...actorFields,
        }),
      );
    }
    const dossierRow = await insertCaseDocument(trx, {
      uuid: dossierId,
      case_id: caseRow.id,
      kind: 'dossier',
      template_id: 'dossier',
      template_version: 1,
      template_override_id: null,
      title: '卷宗',
      mode: frames.mode,
      version: await nextDocumentVersion(trx, {
        caseRowId: caseRow.id,
        templateId: 'dossier',
        sessionUuid: null,
        followUpUuid: null,
      }),
      session_uuid: null,
      follow_up_uuid: null,
      file_name: documentFileName(data.case.caseNo, '卷宗', frames.mode).replace(/\.docx$/, `.${extension}`),
      relative_path: dossierPath,
      mime_type: mimeType,
      file_sha256: sha256Of(dossierBytes),
      byte_size: dossierBytes.byteLength,
      content_hash: null,
      missing: JSON.stringify(assembled.missing.map((item) => ({ key: item.slot, meaning: item.label }))),
      generated_at: deps.clock.now().toISOString(),
      ...actorFields,
    });
    await input.audit.record(trx, {
      actor,
      method: 'document.dossier',
      targetType: 'case',
      targetId: caseRow.uuid,
      detail: {
        dossierId,
        format: extension,
        pdfStatus: assembled.pdfStatus,
        documents: contents.map((row) => row.uuid),
        missing: assembled.missing.map((item) => item.label),
      },
    });
    return { frameRows, dossierRow };
  });

  return {
    dossier: rowToInfo(recorded.dossierRow),
    generated: recorded.frameRows.map(rowToInfo),
    pdfStatus: assembled.pdfStatus,
    missing: assembled.missing.map((item) => ({ slot: item.slot, label: item.label, detail: item.detail })),
    messages,
  };
}
