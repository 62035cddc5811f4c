import type { Clock } from '../../core/clock.ts';
import type { CaseDocumentData } from '../caseDocumentData.ts';
import type { FillMode } from '../fillTemplate.ts';
import { generateCaseDocument } from '../generateCaseDocument.ts';
import type { GeneratedDocument } from '../generateCaseDocument.ts';
import type { DossierSummary } from '../mapping/mappingContext.ts';
import type { OfficeTools } from '../office/officeTools.ts';
import type { TemplateId } from '../templateManifest.ts';
import type { TemplateSource } from '../templateSource.ts';
import { planDossier } from './planDossier.ts';
import { stampPageNumbers } from './stampPageNumbers.ts';
import type { DossierDocumentRef, DossierPlan, MissingDossierItem } from './planDossier.ts';

/** A generated document offered for binding (normally the latest final version of each). */
export interface DossierSourceDocument {
  readonly templateId: TemplateId;
  readonly title: string;
  readonly date?: string | null;
  readonly bytes: Uint8Array;
}

export interface AssembleDossierInput {
  readonly data: CaseDocumentData;
  readonly documents: readonly DossierSourceDocument[];
  readonly templates: TemplateSource;
  /** `null` when LibreOffice/poppler are not installed: the dossier is then DOCX only. */
  readonly office: OfficeTools | null;
  /** Reads a scanned attachment (`pdfPath`) for binding into the PDF. */
  readonly readAttachment?: (path: string) => Promise<Uint8Array>;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Mode for the cover, 目录 and 备考表 (default final: missing cover data stops the assembly). */
  readonly mode?: FillMode;
}

export interface DossierFile {
  /** e.g. 03-人民调解协议书.docx, numbered in binding order. */
  readonly name: string;
  readonly role: 'cover' | 'toc' | 'document' | 'backCover';
  readonly title: string;
  readonly bytes: Uint8Array;
  /** From the PDF when there is one. */
  readonly pages: number | null;
}

export type DossierPdfStatus = 'created' | 'unavailable' | 'failed';

export interface AssembledDossier {
  /** DOCX files in binding order: cover, 目录, contents, 备考表. */
  readonly files: readonly DossierFile[];
  /** The cover, 目录 and 备考表 just generated, to be recorded like any generated document. */
  readonly generated: readonly GeneratedDocument[];
  readonly plan: DossierPlan;
  readonly missing: readonly MissingDossierItem[];
  /** One PDF of the whole dossier, when LibreOffice is available and conversion worked. */
  readonly pdf: Uint8Array | null;
  readonly pdfStatus: DossierPdfStatus;
  /** What the clerk should know, in Chinese: PDF or not and why, missing items, unscanned papers. */
  readonly messages: readonly string[];
}

/**
 * Builds a case's dossier in the order of domain §1.2. With office tools it converts every document,
 * takes the page numbers of the 目录 from the PDFs, and merges one PDF; without them (or if conversion
 * fails) it still returns the DOCX files and says why there is no PDF.
 */
export async function assembleDossier(input: AssembleDossierInput): Promise<AssembledDossier> {
  const { data } = input;
  const mode = input.mode ?? 'final';
  const messages: string[] = [];
  const generate = (templateId: TemplateId, dossier?: DossierSummary): Promise<GeneratedDocument> =>
    generateCaseDocument({
      templates: input.templates,
      data,
      templateId,
      mode,
      context: dossier ? { dossier } : {},
      clock: input.clock,
      newId: input.newId,
    });

  const contents = input.documents.filter(
    (document) => !['dossierCover', 'dossierToc', 'dossierBackCover'].includes(document.templateId),
  );
  const refs = (pages: readonly (number | null)[] | null): DossierDocumentRef[] =>
    contents.map((document, index) => ({
      templateId: document.templateId,
      title: document.title,
      date: document.date ?? null,
      pages: pages ? (pages[index] ?? null) : null,
    }));

  const cover = await generate('dossierCover');
  let pdfStatus: DossierPdfStatus = input.office ? 'created' : 'unavailable';
  let contentPdfs: Uint8Array[] | null = null;
  let coverPdf: Uint8Array | null = null;
  let dataWithPages = data;
  const attachmentPdfs = new Map<string, Uint8Array>();

  if (input.office) {
    try {
      const pdfs = await input.office.convertToPdf([
        { name: cover.fileName, bytes: cover.bytes },
        ...contents.map((document) => ({ name: document.title, bytes: document.bytes })),
      ]);
      coverPdf = pdfs[0] ?? null;
      contentPdfs = pdfs.slice(1);
      dataWithPages = await withScannedAttachmentPages(data, input, attachmentPdfs, messages);
    } catch (error) {
      pdfStatus = 'failed';
      contentPdfs = null;
      messages.push(
        `PDF 转换失败，已只生成 DOCX 文件，目录页号请打印后手工填写。原因：${(error as Error).message}`,
      );
    }
  } else {
    messages.push('未检测到 LibreOffice，已只生成 DOCX 文件，未生成 PDF；目录页号请打印后手工填写。');
  }

  let contentPages: number[] | null = null;
  if (contentPdfs && input.office) {
    const office = input.office;
    contentPages = await Promise.all(contentPdfs.map((pdf) => office.pageCount(pdf)));
  }

  const plan = planDossier(dataWithPages, refs(contentPages));
  const toc = await generate('dossierToc', plan.summary);
  const backCover = await generate('dossierBackCover', plan.summary);

  if (plan.missing.length > 0) {
    messages.push(
      `卷宗缺少必备材料：${plan.missing.map((item) => item.label).join('、')}。归档前请补齐，或附卷宗情况说明。`,
    );
  }
  const unscanned = plan.entries.filter(
    (entry) => entry.kind === 'attachment' && !attachmentPdfs.has(entry.attachment.title),
  );
  if (pdfStatus === 'created' && unscanned.length > 0) {
    messages.push(
      `以下纸质材料没有扫描件，PDF 中不含，装订时请按目录顺序放入：${unscanned
        .map((entry) => (entry.kind === 'attachment' ? entry.attachment.title : ''))
        .join('、')}。`,
    );
  }

  const files: DossierFile[] = [];
  const add = (role: DossierFile['role'], title: string, bytes: Uint8Array, pages: number | null): void => {
    files.push({ name: `${String(files.length).padStart(2, '0')}-${title}.docx`, role, title, bytes, pages });
  };
  add('cover', '卷宗封面', cover.bytes, null);
  add('toc', '卷内目录', toc.bytes, null);
  for (const entry of plan.entries) {
    if (entry.kind !== 'document') continue;
    const source = contents[entry.index]!;
    add('document', source.title, source.bytes, contentPages?.[entry.index] ?? null);
  }
  add('backCover', '卷内备考表', backCover.bytes, null);

  let pdf: Uint8Array | null = null;
  if (pdfStatus === 'created' && input.office && coverPdf && contentPdfs) {
    try {
      const [tocPdf, backPdf] = await input.office.convertToPdf([
        { name: toc.fileName, bytes: toc.bytes },
        { name: backCover.fileName, bytes: backCover.bytes },
      ]);
      const ordered: Uint8Array[] = [coverPdf, tocPdf!];
      for (const entry of plan.entries) {
        if (entry.kind === 'document') ordered.push(contentPdfs[entry.index]!);
        else {
          const scan = attachmentPdfs.get(entry.attachment.title);
          if (scan) ordered.push(scan);
        }
      }
      ordered.push(backPdf!);
      const office = input.office;
      const [coverPages, tocPages, backPages] = await Promise.all(
        [coverPdf, tocPdf!, backPdf!].map((part) => office.pageCount(part)),
      );
      const numbers = pageNumbers(
        plan,
        contentPages ?? [],
        attachmentPdfs,
        coverPages! + tocPages!,
        backPages!,
      );
      pdf = await stampPageNumbers(await office.merge(ordered), numbers);
      messages.unshift(
        `已生成卷宗 PDF（共 ${plan.summary.pageCount ?? '?'} 页卷内材料，页号已印在每页右上角）及 DOCX 文件。`,
      );
    } catch (error) {
      pdfStatus = 'failed';
      messages.push(`PDF 合并失败，已只生成 DOCX 文件。原因：${(error as Error).message}`);
    }
  }

  return {
    files,
    generated: [cover, toc, backCover],
    plan,
    missing: plan.missing,
    pdf,
    pdfStatus,
    messages,
  };
}

/**
 * The number each page of the merged PDF carries: none on the cover and 目录 (`before`) and the 备考表
 * (`after`); the contents numbered from 1 exactly as the 目录 counts them. A paper filed without a scan
 * keeps its numbers in the count (it is numbered by hand when it is put in), so the pages after it carry
 * the numbers the 目录 gives them.
 */
function pageNumbers(
  plan: DossierPlan,
  contentPages: readonly number[],
  scans: ReadonlyMap<string, Uint8Array>,
  before: number,
  after: number,
): (number | null)[] {
  const numbers: (number | null)[] = Array.from({ length: before }, () => null);
  let next = 1;
  for (const entry of plan.entries) {
    const pages = entry.kind === 'document' ? (contentPages[entry.index] ?? 0) : entry.attachment.pages;
    const bound = entry.kind === 'document' || scans.has(entry.attachment.title);
    for (let page = 0; page < pages; page += 1, next += 1) if (bound) numbers.push(next);
  }
  numbers.push(...Array.from({ length: after }, () => null));
  return numbers;
}

/** Scanned attachments count with their real page counts; unreadable scans are reported, not fatal. */
async function withScannedAttachmentPages(
  data: CaseDocumentData,
  input: AssembleDossierInput,
  pdfs: Map<string, Uint8Array>,
  messages: string[],
): Promise<CaseDocumentData> {
  if (!input.readAttachment || !input.office) return data;
  const office = input.office;
  const read = input.readAttachment;
  const attachments = await Promise.all(
    data.dossier.attachments.map(async (attachment) => {
      if (!attachment.pdfPath) return attachment;
      try {
        const scan = await read(attachment.pdfPath);
        const pages = await office.pageCount(scan);
        pdfs.set(attachment.title, scan);
        return { ...attachment, pages };
      } catch {
        messages.push(`扫描件“${attachment.title}”无法读取，PDF 中不含该材料。`);
        return attachment;
      }
    }),
  );
  return { ...data, dossier: { ...data.dossier, attachments } };
}
