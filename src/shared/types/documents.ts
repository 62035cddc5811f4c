/**
 * Generated documents and document templates as the API returns them. The engine
 * (src/main/documents/templateManifest.ts) uses these same template ids.
 */
export const DOCUMENT_TEMPLATE_IDS = [
  'application',
  'registration',
  'rightsNotice',
  'investigationRecord',
  'mediationRecord',
  'agreement',
  'oralAgreement',
  'followUp',
  'closingReport',
  'dossierCover',
  'dossierToc',
  'dossierBackCover',
  'judicialApplication',
  'refusalNotice',
  'terminationNotice',
] as const;
export type DocumentTemplateId = (typeof DOCUMENT_TEMPLATE_IDS)[number];

export const DOCUMENT_MODES = ['final', 'draft'] as const;
export type DocumentMode = (typeof DOCUMENT_MODES)[number];
export const DOCUMENT_MODE_LABELS: Readonly<Record<DocumentMode, string>> = {
  final: '正式',
  draft: '草稿',
};

/** Which event a per-event template is filled for: a session record, a follow-up record. */
export type TemplateEvent = 'session' | 'followUp' | null;

export interface TemplatePlaceholderInfo {
  readonly key: string;
  readonly meaning: string;
  readonly required: boolean;
  /** Repeat group for row fields (`parties` for `parties.name`). */
  readonly repeat: string | null;
}

export interface TemplateOverrideInfo {
  readonly id: string;
  readonly version: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly uploadedAt: string;
  readonly uploadedBy: string;
}

export interface DocumentTemplateInfo {
  readonly id: DocumentTemplateId;
  readonly title: string;
  readonly description: string;
  /** Built-in version (from the manifest); recorded with every document. */
  readonly version: number;
  readonly source: 'builtin' | 'override';
  /** The active replacement, when the administrator uploaded one. */
  readonly override: TemplateOverrideInfo | null;
  /** Cover, 目录 and 备考表 are made by the dossier action, not one by one. */
  readonly dossierOnly: boolean;
  readonly event: TemplateEvent;
  readonly placeholders: readonly TemplatePlaceholderInfo[];
}

export interface MissingItem {
  readonly key: string;
  readonly meaning: string;
}

export interface CaseDocumentInfo {
  readonly id: string;
  readonly caseId: string;
  readonly kind: 'document' | 'dossier';
  /** `dossier` for a bound dossier. */
  readonly templateId: DocumentTemplateId | 'dossier';
  readonly templateVersion: number;
  /** Version of the administrator's template used, `null` for the built-in one. */
  readonly templateOverrideVersion: number | null;
  readonly title: string;
  readonly mode: DocumentMode;
  /** 1 for the first generation of this template (and session/follow-up) for the case, then 2, 3 … */
  readonly version: number;
  readonly sessionId: string | null;
  readonly followUpId: string | null;
  readonly fileName: string;
  readonly mimeType: string;
  readonly sha256: string;
  readonly byteSize: number;
  readonly contentHash: string | null;
  /** Required values a draft left blank. */
  readonly missing: readonly MissingItem[];
  readonly generatedAt: string;
  readonly generatedBy: string;
}

/** File bytes for the renderer to turn into a Blob (download, preview, save as). */
export interface DocumentFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

export interface DossierOutcome {
  /** The bound dossier: a PDF, or a zip of the DOCX files when LibreOffice is not available. */
  readonly dossier: CaseDocumentInfo;
  /** Cover, 目录 and 备考表 generated for it, recorded like any document. */
  readonly generated: readonly CaseDocumentInfo[];
  readonly pdfStatus: 'created' | 'unavailable' | 'failed';
  /** Mandatory dossier items not present. */
  /** The archive check's missing items (one rule for 归档, 组卷 and the 卷内目录), with what is missing. */
  readonly missing: readonly {
    readonly slot: string;
    readonly label: string;
    readonly detail?: string | null;
  }[];
  /** What the clerk should know, in Chinese. */
  readonly messages: readonly string[];
}

export interface TraceResult {
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly caseTitle: string;
  /** `null` when the document id is not recorded here (e.g. printed by another installation). */
  readonly document: CaseDocumentInfo | null;
  /** Whether the scanned content hash equals the recorded one (a different hash: altered or foreign). */
  readonly hashMatches: boolean;
}
