import { AppError } from '../../../shared/errors.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import type { CaseDocumentInfo } from '../../../shared/types/documents.ts';
import type { CaseDocumentData } from '../../documents/caseDocumentData.ts';
import { impliedDocuments } from '../../documents/dossier/planDossier.ts';
import type { DossierDocumentRef } from '../../documents/dossier/planDossier.ts';
import type { TemplateId } from '../../documents/templateManifest.ts';
import type { CaseDocumentRow } from '../../db/queries/documents.ts';

export interface GenerateFinal {
  (
    request: {
      readonly caseId: string;
      readonly templateId: TemplateId;
      readonly mode: 'final';
      readonly sessionId?: string;
      readonly followUpId?: string;
    },
    actor: SessionUser | null,
  ): Promise<CaseDocumentInfo>;
}

export interface CompletedDocuments {
  readonly generated: readonly CaseDocumentInfo[];
  /** In Chinese, for the dossier's messages. */
  readonly messages: readonly string[];
}

/**
 * 一键组卷, first step: every document the case's data calls for (申请书 or 登记表, 告知书, each record,
 * the 协议书, each 回访, 司法确认申请书, 结案报告表 — `impliedDocuments`, the same list the 卷内目录 uses)
 * that has no final version yet is generated now, so the dossier is judged on what it will hold, not on
 * what someone remembered to click. A document the data cannot fill yet is named with what it lacks.
 */
export async function completeDossierDocuments(
  caseId: string,
  data: CaseDocumentData,
  stored: readonly CaseDocumentRow[],
  generate: GenerateFinal,
  actor: SessionUser | null,
): Promise<CompletedDocuments> {
  const have = new Set(
    stored
      .filter((row) => row.kind === 'document' && row.mode === 'final')
      .map((row) => `${row.template_id}|${row.session_uuid ?? ''}|${row.follow_up_uuid ?? ''}`),
  );
  const generated: CaseDocumentInfo[] = [];
  const messages: string[] = [];
  for (const document of impliedDocuments(data)) {
    const sessionId = document.context?.sessionId;
    const followUpId = document.context?.followUpId;
    const key = `${document.templateId}|${sessionId ?? ''}|${followUpId ?? ''}`;
    if (have.has(key)) continue;
    have.add(key);
    try {
      generated.push(
        await generate(
          {
            caseId,
            templateId: document.templateId,
            mode: 'final',
            ...(sessionId && { sessionId }),
            ...(followUpId && { followUpId }),
          },
          actor,
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'DOCUMENT_DATA_MISSING') throw error;
      const missing = ((error.details ?? {}) as { missing?: { meaning: string }[] }).missing ?? [];
      messages.push(
        `《${document.title}》缺少${missing.map((item) => item.meaning).join('、')}，未能自动生成，请补充后重新组卷。`,
      );
    }
  }
  if (generated.length > 0) {
    messages.unshift(
      `已按案件信息自动生成${generated.length}份文书：${generated.map((doc) => doc.title).join('、')}。`,
    );
  }
  return { generated, messages };
}

/**
 * The documents a dossier made now would hold: the latest final of each recorded document, plus those
 * 一键组卷 would generate. The 卷内目录 and 备考表 generated on their own list exactly these, so they
 * match the bound dossier item for item.
 */
export function dossierDocumentRefs(
  data: CaseDocumentData,
  stored: readonly CaseDocumentRow[],
): DossierDocumentRef[] {
  const refs = new Map<string, DossierDocumentRef>();
  for (const document of impliedDocuments(data)) {
    refs.set(
      `${document.templateId}|${document.context?.sessionId ?? ''}|${document.context?.followUpId ?? ''}`,
      document,
    );
  }
  for (const row of stored) {
    if (row.kind !== 'document' || row.mode !== 'final') continue;
    const key = `${row.template_id}|${row.session_uuid ?? ''}|${row.follow_up_uuid ?? ''}`;
    if (!refs.has(key)) refs.set(key, { templateId: row.template_id as TemplateId, title: row.title });
  }
  return [...refs.values()];
}
