import { AppError } from '../../../shared/errors.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import type {
  CaseDocumentInfo,
  DocumentFile,
  DocumentMode,
  DocumentTemplateInfo,
  DossierOutcome,
  TraceResult,
} from '../../../shared/types/documents.ts';
import type { CaseDocumentData } from '../../documents/caseDocumentData.ts';
import { generateCaseDocument } from '../../documents/generateCaseDocument.ts';
import type { OfficeTools } from '../../documents/office/officeTools.ts';
import type { TemplateId } from '../../documents/templateManifest.ts';
import { parseTracePayload } from '../../documents/traceCode.ts';
import { isCaseVisible } from '../../db/queries/caseAccess.ts';
import type { CaseScope } from '../../db/queries/caseAccess.ts';
import { getCaseRow, requireCaseRow } from '../../db/queries/caseRows.ts';
import {
  getCaseDocument,
  insertCaseDocument,
  listCaseDocuments,
  nextDocumentVersion,
} from '../../db/queries/documents.ts';
import type { AuditService } from '../auditService.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { DOCX_MIME, fileResult, readDataFile, rowToInfo, writeDataFile } from './documentFiles.ts';
import { buildDossier } from './dossierBuilder.ts';
import { completeDossierDocuments, dossierDocumentRefs } from './completeDossierDocuments.ts';
import { planDossier } from '../../documents/dossier/planDossier.ts';
import { createTemplateStore } from './templateStore.ts';

export interface DocumentServiceParts {
  /** Builds the engine's read model from a stored case (full, unmasked values: documents print them). */
  readonly documentData: (caseId: string) => Promise<CaseDocumentData>;
  readonly audit: AuditService;
  /** The built-in templates (the repository's templates/ or its packaged copy). */
  readonly templatesDir: string;
  /** LibreOffice and poppler, or `null` when not installed (the dossier is then DOCX only). */
  readonly office: () => Promise<OfficeTools | null>;
}

export interface GenerateRequest {
  readonly caseId: string;
  readonly templateId: TemplateId;
  readonly mode: DocumentMode;
  readonly sessionId?: string | undefined;
  readonly followUpId?: string | undefined;
}

/**
 * Official documents of a case: generated from the stored case with the document engine, written under
 * `<dataDir>/documents/<case uuid>/`, and recorded (template and version, hashes, who, when). Nothing is
 * overwritten: regenerating adds a version. Administrators' templates come from the template store.
 */
export function createDocumentService(deps: ServiceDeps, parts: DocumentServiceParts) {
  const { db, clock, newId, dataDir, inTransaction } = deps;
  const templates = createTemplateStore(deps, parts.templatesDir);

  async function requireVisible(caseUuid: string, scope: CaseScope | null): Promise<void> {
    if (!scope) return;
    if ((await isCaseVisible(db, caseUuid, scope)) === false) {
      throw new AppError('PERMISSION_DENIED', '这个案件不是您经办的，您无权查看其文书。', {
        caseId: caseUuid,
      });
    }
  }

  /** Per-event templates are versioned per session or visit: the one asked for, or the engine's default. */
  function eventOf(
    data: CaseDocumentData,
    request: GenerateRequest,
  ): { sessionId: string | null; followUpId: string | null } {
    if (request.templateId === 'investigationRecord' || request.templateId === 'mediationRecord') {
      const kind = request.templateId === 'investigationRecord' ? '调查' : '调解';
      const session = request.sessionId
        ? data.sessions.find((candidate) => candidate.id === request.sessionId && candidate.kind === kind)
        : data.sessions.find((candidate) => candidate.kind === kind);
      if (request.sessionId && !session) {
        throw new AppError('NOT_FOUND', `没有找到这次已进行的${kind}，请刷新后重试。`, {
          sessionId: request.sessionId,
        });
      }
      return { sessionId: session?.id ?? null, followUpId: null };
    }
    if (request.templateId === 'followUp') {
      const visit = request.followUpId
        ? data.followUps.find((candidate) => candidate.id === request.followUpId)
        : data.followUps.at(-1);
      if (request.followUpId && !visit) {
        throw new AppError('NOT_FOUND', '没有找到这次已完成的回访，请刷新后重试。', {
          followUpId: request.followUpId,
        });
      }
      return { sessionId: null, followUpId: visit?.id ?? null };
    }
    return { sessionId: null, followUpId: null };
  }

  const service = {
    templates: (): Promise<DocumentTemplateInfo[]> => templates.list(),
    templateFile: async (id: TemplateId): Promise<DocumentFile> => {
      const file = await templates.file(id);
      return fileResult(file.fileName, DOCX_MIME, file.bytes);
    },
    blankForm: async (id: TemplateId): Promise<DocumentFile> => {
      const file = await templates.blankForm(id);
      return fileResult(file.fileName, DOCX_MIME, file.bytes);
    },
    uploadTemplate: templates.upload,
    revertTemplate: templates.revert,

    /**
     * Fills a template from the case and records the file. A final document with required values
     * missing fails with DOCUMENT_DATA_MISSING (listing them); a draft fills lines and says 草稿.
     * The file is written before the row: if the call's transaction rolls back, an unreferenced file
     * remains, never a row without its file.
     */
    async generate(request: GenerateRequest, actor: SessionUser | null): Promise<CaseDocumentInfo> {
      const caseRow = await requireCaseRow(db, request.caseId);
      const data = await parts.documentData(request.caseId);
      const event = eventOf(data, request);
      const { source, overrides } = await templates.active();
      const generated = await generateCaseDocument({
        templates: source,
        data,
        templateId: request.templateId,
        mode: request.mode,
        context: {
          ...(event.sessionId && { sessionId: event.sessionId }),
          ...(event.followUpId && { followUpId: event.followUpId }),
          ...((request.templateId === 'dossierToc' || request.templateId === 'dossierBackCover') && {
            dossier: planDossier(data, dossierDocumentRefs(data, await listCaseDocuments(db, caseRow.id)))
              .summary,
          }),
        },
        clock,
        newId,
      });
      const relativePath = `documents/${caseRow.uuid}/${generated.documentId}.docx`;
      await writeDataFile(dataDir, relativePath, generated.bytes);
      const row = await inTransaction(async (trx) =>
        insertCaseDocument(trx, {
          uuid: generated.documentId,
          case_id: caseRow.id,
          kind: 'document',
          template_id: generated.templateId,
          template_version: generated.templateVersion,
          template_override_id: overrides.get(generated.templateId)?.id ?? null,
          title: generated.title,
          mode: generated.mode,
          version: await nextDocumentVersion(trx, {
            caseRowId: caseRow.id,
            templateId: generated.templateId,
            sessionUuid: event.sessionId,
            followUpUuid: event.followUpId,
          }),
          session_uuid: event.sessionId,
          follow_up_uuid: event.followUpId,
          file_name: generated.fileName,
          relative_path: relativePath,
          mime_type: DOCX_MIME,
          file_sha256: generated.fileSha256,
          byte_size: generated.bytes.byteLength,
          content_hash: generated.contentHash,
          missing: JSON.stringify(generated.missing),
          generated_at: generated.generatedAt,
          actor_user_id: actor?.rowId ?? null,
          actor_name: actor?.displayName ?? '系统',
        }),
      );
      return rowToInfo(row);
    },

    async list(caseId: string): Promise<CaseDocumentInfo[]> {
      const caseRow = await requireCaseRow(db, caseId);
      return (await listCaseDocuments(db, caseRow.id)).map(rowToInfo);
    },

    async download(documentId: string, scope: CaseScope | null): Promise<DocumentFile> {
      const row = await getCaseDocument(db, documentId);
      if (!row) throw new AppError('NOT_FOUND', '没有找到这份文书，可能编号有误。', { documentId });
      await requireVisible(row.case_uuid, scope);
      return fileResult(
        row.file_name,
        row.mime_type,
        await readDataFile(dataDir, row.relative_path, row.file_sha256),
      );
    },

    /** Builds the dossier outside any transaction (LibreOffice is slow) and records it in a short one. */
    async dossier(caseId: string, actor: SessionUser | null): Promise<DossierOutcome> {
      const caseRow = await requireCaseRow(db, caseId);
      const data = await parts.documentData(caseId);
      const completed = await completeDossierDocuments(
        caseId,
        data,
        await listCaseDocuments(db, caseRow.id),
        (request, by) => service.generate(request, by),
        actor,
      );
      const stored = await listCaseDocuments(db, caseRow.id);
      const { source, overrides } = await templates.active();
      const outcome = await buildDossier({
        deps,
        audit: parts.audit,
        office: await parts.office(),
        templates: source,
        overrides,
        caseRow,
        data,
        stored,
        actor,
      });
      return {
        ...outcome,
        generated: [...completed.generated, ...outcome.generated],
        messages: [...completed.messages, ...outcome.messages],
      };
    },

    /** 一案一码: which case and recorded document a scanned QR payload names. */
    async trace(payload: string, scope: CaseScope | null): Promise<TraceResult> {
      const parsed = parseTracePayload(payload);
      if (!parsed) {
        throw new AppError('INVALID_INPUT', '这不是调解台文书上的二维码。', {
          fields: { payload: '这不是调解台文书上的二维码' },
        });
      }
      const caseRow = await getCaseRow(db, parsed.caseUuid);
      if (!caseRow) {
        throw new AppError('NOT_FOUND', '本机没有这份文书所属的案件（可能由其他调解组织生成）。', {
          caseId: parsed.caseUuid,
        });
      }
      await requireVisible(caseRow.uuid, scope);
      const row = await getCaseDocument(db, parsed.documentId);
      const document = row && row.case_id === caseRow.id ? rowToInfo(row) : null;
      return {
        caseId: caseRow.uuid,
        caseNo: caseRow.case_no,
        caseTitle: caseRow.title,
        document,
        hashMatches: document !== null && document.contentHash === parsed.contentHash,
      };
    },
  };
  return service;
}

export type DocumentService = ReturnType<typeof createDocumentService>;
