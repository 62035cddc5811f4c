import type { Clock } from '../core/clock.ts';
import type { CaseDocumentData } from './caseDocumentData.ts';
import { fillTemplate } from './fillTemplate.ts';
import type { FillMode, MissingValue } from './fillTemplate.ts';
import { isoDateOf } from './format/chineseDate.ts';
import type { MappingContext } from './mapping/mappingContext.ts';
import { mapTemplateValues } from './mapping/templateMappers.ts';
import type { TemplateId } from './templateManifest.ts';
import type { TemplateSource } from './templateSource.ts';

export interface GenerateDocumentInput {
  readonly templates: TemplateSource;
  readonly data: CaseDocumentData;
  readonly templateId: TemplateId;
  readonly mode: FillMode;
  /** Session, follow-up or dossier rows for per-event documents; `today` comes from the clock. */
  readonly context?: Omit<MappingContext, 'today'>;
  readonly clock: Clock;
  /** Makes the document's UUID. */
  readonly newId: () => string;
}

/** Everything the case service records about a generated document, plus its bytes. */
export interface GeneratedDocument {
  readonly documentId: string;
  readonly caseUuid: string;
  readonly templateId: TemplateId;
  readonly templateVersion: number;
  readonly title: string;
  /** Suggested name for 另存为 / download. */
  readonly fileName: string;
  readonly mode: FillMode;
  /** ISO instant from the clock. */
  readonly generatedAt: string;
  readonly bytes: Uint8Array;
  readonly fileSha256: string;
  readonly contentHash: string;
  readonly qrPayload: string;
  readonly missing: readonly MissingValue[];
}

/** Maps the case onto a template and fills it: the one call behind "生成文书". */
export async function generateCaseDocument(input: GenerateDocumentInput): Promise<GeneratedDocument> {
  const entry = input.templates.entry(input.templateId);
  const now = input.clock.now();
  const values = mapTemplateValues(input.templateId, input.data, { ...input.context, today: isoDateOf(now) });
  const documentId = input.newId();
  const filled = await fillTemplate(await input.templates.read(input.templateId), values, {
    mode: input.mode,
    entry,
    trace: { caseUuid: input.data.case.uuid, caseNo: input.data.case.caseNo, documentId },
  });
  return {
    documentId,
    caseUuid: input.data.case.uuid,
    templateId: entry.id,
    templateVersion: entry.version,
    title: entry.title,
    fileName: documentFileName(input.data.case.caseNo, entry.title, input.mode),
    mode: input.mode,
    generatedAt: now.toISOString(),
    ...filled,
  };
}

/** （2026）栖尧人调字第001号-人民调解协议书.docx; characters Windows forbids in names are dropped. */
export function documentFileName(caseNo: string | null, title: string, mode: FillMode): string {
  const base = [caseNo, title].filter(Boolean).join('-') + (mode === 'draft' ? '（草稿）' : '');
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  return `${base.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '')}.docx`;
}
