import type { CaseDocumentData, DossierAttachment } from '../caseDocumentData.ts';
import { formatChineseDate } from '../format/chineseDate.ts';
import type { DossierSummary, DossierTocRow } from '../mapping/mappingContext.ts';
import type { TemplateId } from '../templateManifest.ts';
import { DOSSIER_SLOTS } from './dossierSlots.ts';
import type { DossierSlot } from './dossierSlots.ts';

/** A generated document offered to the dossier. */
export interface DossierDocumentRef {
  readonly templateId: TemplateId;
  readonly title: string;
  /** Date printed in the 目录's remark column, e.g. the session date. */
  readonly date?: string | null;
  /** Known page count (from the PDF); `null` when not known. */
  readonly pages?: number | null;
  /** Which session or follow-up a per-event document is about, to generate it. */
  readonly context?: { readonly sessionId?: string; readonly followUpId?: string };
}

export type DossierEntry =
  | {
      readonly kind: 'document';
      readonly slot: string;
      readonly document: DossierDocumentRef;
      readonly index: number;
    }
  | { readonly kind: 'attachment'; readonly slot: string; readonly attachment: DossierAttachment };

export interface MissingDossierItem {
  readonly slot: string;
  /** As the archive check names it (shared/cases/dossierItems.ts). */
  readonly label: string;
  /** What is missing, e.g. 当事人李卫东没有证件号码或身份证明材料. */
  readonly detail: string | null;
}

export interface DossierPlan {
  /** Contents in binding order, without the cover and the 目录 (which precede them) and the 备考表. */
  readonly entries: readonly DossierEntry[];
  readonly missing: readonly MissingDossierItem[];
  readonly summary: DossierSummary;
}

const FRAME_TEMPLATES: ReadonlySet<TemplateId> = new Set(['dossierCover', 'dossierToc', 'dossierBackCover']);

const SLOT_INDEX = new Map(DOSSIER_SLOTS.flatMap((slot) => slot.templates.map((id) => [id, slot] as const)));

/** The documents a case's data implies, for a 目录 filled before anything is generated. */
export function impliedDocuments(data: CaseDocumentData): DossierDocumentRef[] {
  const docs: DossierDocumentRef[] = [];
  const intake: TemplateId = data.case.source.startsWith('当事人申请') ? 'application' : 'registration';
  docs.push({
    templateId: intake,
    title: intake === 'application' ? '人民调解申请书' : '人民调解受理登记表',
    date: data.case.appliedAt ?? data.case.registeredAt,
  });
  if (data.refusal)
    docs.push({ templateId: 'refusalNotice', title: '不予受理告知书', date: data.refusal.date });
  if (data.sessions.length > 0) {
    docs.push({
      templateId: 'rightsNotice',
      title: '人民调解当事人权利义务告知书',
      date: data.sessions[0]?.startAt,
    });
  }
  for (const session of data.sessions) {
    docs.push(
      session.kind === '调查'
        ? {
            templateId: 'investigationRecord',
            title: '人民调解调查记录',
            date: session.startAt,
            context: { sessionId: session.id },
          }
        : {
            templateId: 'mediationRecord',
            title: '人民调解记录',
            date: session.startAt,
            context: { sessionId: session.id },
          },
    );
  }
  if (data.agreement?.kind === '书面')
    docs.push({ templateId: 'agreement', title: '人民调解协议书', date: data.agreement.concludedAt });
  if (data.agreement?.kind === '口头')
    docs.push({
      templateId: 'oralAgreement',
      title: '人民调解口头协议登记表',
      date: data.agreement.concludedAt,
    });
  if (data.termination)
    docs.push({ templateId: 'terminationNotice', title: '终止调解告知书', date: data.termination.date });
  for (const visit of data.followUps)
    docs.push({
      templateId: 'followUp',
      title: '人民调解回访记录',
      date: visit.date,
      context: { followUpId: visit.id },
    });
  if (data.judicialConfirmation) {
    docs.push({
      templateId: 'judicialApplication',
      title: '司法确认申请书',
      date: data.judicialConfirmation.appliedAt,
    });
  }
  if (data.case.closedAt)
    docs.push({ templateId: 'closingReport', title: '人民调解结案报告表', date: data.case.closedAt });
  return docs;
}

function dateKey(date: string | null | undefined): string {
  return date ?? '9999';
}

/**
 * Orders the documents and filed papers by §1.2, numbers the 目录, and lists the mandatory items the
 * archive check (`data.dossier.completeness`) finds missing. Page numbers run from 1 on the first item after the 目录, as dossiers are paginated; they are
 * only known when every item's page count is.
 */
export function planDossier(
  data: CaseDocumentData,
  documents: readonly DossierDocumentRef[] = impliedDocuments(data),
): DossierPlan {
  const entries: DossierEntry[] = [];
  const missing: MissingDossierItem[] = [];

  // The assembly makes the cover, 目录 and 备考表 itself; copies offered with the documents are ignored.
  const contents = documents.filter((document) => !FRAME_TEMPLATES.has(document.templateId));
  for (const document of contents) {
    if (!SLOT_INDEX.has(document.templateId)) throw new RangeError(`不能入卷的文书：${document.templateId}`);
  }

  for (const slot of DOSSIER_SLOTS) {
    if (slot.key === 'backCover') continue;
    entries.push(...entriesForSlot(slot, data, contents));
  }
  // One definition of completeness: what the archive check finds missing (not explained), nothing else.
  for (const item of data.dossier.completeness?.items ?? []) {
    if (item.state !== 'missing') continue;
    const slot = DOSSIER_SLOTS.find((candidate) => candidate.item === item.item);
    missing.push({ slot: slot?.key ?? item.item, label: item.label, detail: item.detail });
  }

  const rows: DossierTocRow[] = [];
  let nextPage = 1;
  let pagesKnown = true;
  entries.forEach((entry, index) => {
    const pages = entry.kind === 'document' ? (entry.document.pages ?? null) : entry.attachment.pages;
    if (pages === null || !pagesKnown) pagesKnown = false;
    const range = pagesKnown && pages !== null ? pageRange(nextPage, pages) : '';
    if (pages !== null) nextPage += pages;
    rows.push({
      no: String(index + 1),
      title: entry.kind === 'document' ? entry.document.title : entry.attachment.title,
      pages: range,
      remark:
        entry.kind === 'document'
          ? entry.document.date
            ? formatChineseDate(entry.document.date)
            : ''
          : entry.attachment.pdfPath
            ? ''
            : '纸质',
    });
  });
  rows.push({ no: String(entries.length + 1), title: '卷内备考表', pages: '', remark: '封底' });

  const notes = [
    ...(missing.length > 0 ? [`缺少必备材料：${missing.map((item) => item.label).join('；')}。`] : []),
    ...(data.dossier.remarks ? [data.dossier.remarks] : []),
  ];

  return {
    entries,
    missing,
    summary: {
      rows,
      itemCount: entries.length,
      pageCount: pagesKnown ? nextPage - 1 : null,
      notes,
    },
  };
}

function entriesForSlot(
  slot: DossierSlot,
  data: CaseDocumentData,
  documents: readonly DossierDocumentRef[],
): DossierEntry[] {
  const generated = documents
    .map((document, index) => ({ document, index }))
    .filter(({ document }) => slot.templates.includes(document.templateId))
    // Within a slot: template order first (申请书 before 登记表), then date, then the order given.
    .sort(
      (a, b) =>
        slot.templates.indexOf(a.document.templateId) - slot.templates.indexOf(b.document.templateId) ||
        dateKey(a.document.date).localeCompare(dateKey(b.document.date)) ||
        a.index - b.index,
    )
    .map(({ document, index }): DossierEntry => ({ kind: 'document', slot: slot.key, document, index }));
  const filed = data.dossier.attachments
    .filter((attachment) => slot.attachments.includes(attachment.kind))
    .map((attachment): DossierEntry => ({ kind: 'attachment', slot: slot.key, attachment }));
  return [...generated, ...filed];
}

function pageRange(first: number, pages: number): string {
  return pages <= 1 ? String(first) : `${first}-${first + pages - 1}`;
}
