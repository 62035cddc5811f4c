/**
 * 台账导入 (issue 14): the columns a ledger can carry, what parsing a file returns, and the results of
 * the dry run and of each imported chunk. Shared so the mapping screen lists the same fields the
 * service validates.
 */

/** The case fields a ledger column can be mapped to. */
export const LEDGER_FIELDS = [
  'seq',
  'caseNo',
  'registeredOn',
  'acceptedOn',
  'applicantName',
  'applicantIdNumber',
  'applicantPhone',
  'respondentName',
  'respondentIdNumber',
  'respondentPhone',
  'disputeType',
  'summary',
  'outcome',
  'amount',
  'mediator',
  'closedOn',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export const LEDGER_FIELD_LABELS: Readonly<Record<LedgerField, string>> = {
  seq: '序号',
  caseNo: '案号',
  registeredOn: '登记日期',
  acceptedOn: '受理日期',
  applicantName: '申请人',
  applicantIdNumber: '申请人身份证号',
  applicantPhone: '申请人联系电话',
  respondentName: '被申请人',
  respondentIdNumber: '被申请人身份证号',
  respondentPhone: '被申请人联系电话',
  disputeType: '纠纷类型',
  summary: '纠纷简要情况',
  outcome: '调解结果',
  amount: '协议金额（元）',
  mediator: '调解员',
  closedOn: '结案日期',
};

/** Fields every import needs a column for (one of the two dates is enough). */
export const REQUIRED_LEDGER_FIELDS: readonly LedgerField[] = ['applicantName', 'disputeType'];
export const LEDGER_DATE_FIELDS: readonly LedgerField[] = ['registeredOn', 'acceptedOn'];

/** Largest file accepted (bytes, before base64). */
export const LEDGER_MAX_BYTES = 20 * 1024 * 1024;
/** Rows per `ledger.import` call: each call is one transaction, and the page moves its progress bar. */
export const LEDGER_CHUNK_ROWS = 500;

export interface LedgerColumn {
  /** 0-based position in the sheet. */
  readonly index: number;
  /** Header text as shown in the file (two header rows joined with “/”). */
  readonly header: string;
  /** The field recognised from the header, or null when unknown (ignored unless the user maps it). */
  readonly field: LedgerField | null;
}

export interface LedgerPreview {
  /** Identifies the parsed file for the dry run and the import (kept in memory for an hour). */
  readonly fileId: string;
  readonly fileName: string;
  readonly format: 'xlsx' | 'csv';
  /** CSV only: how the bytes were decoded. */
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | null;
  readonly sheetName: string | null;
  /** 1-based row numbers of the header rows (two when Excel users split a header over two rows). */
  readonly headerRows: readonly number[];
  readonly columns: readonly LedgerColumn[];
  /** Data rows (blank rows and 合计 rows left out). */
  readonly rowCount: number;
  /** The first data rows as text, for the mapping screen. */
  readonly sample: readonly { readonly rowNo: number; readonly cells: readonly string[] }[];
}

export interface LedgerIssue {
  /** Row number as the user sees it in Excel (1-based). */
  readonly rowNo: number;
  /** Column header as in the file ('' when the problem is the whole row). */
  readonly column: string;
  readonly message: string;
}

export interface LedgerDryRun {
  readonly total: number;
  /** Rows that would become new cases. */
  readonly importable: number;
  /** Rows already imported before (same 案号, or the same row content): skipped, not duplicated. */
  readonly alreadyImported: number;
  /** Every problem of every bad row; a bad row is never imported. */
  readonly errors: readonly LedgerIssue[];
  readonly badRows: number;
  /** Imported anyway, with the note (e.g. a mediator not on the roster is left unassigned). */
  readonly warnings: readonly LedgerIssue[];
  /** 纠纷类型 words in the file that match none of the 15 types: the page offers to map each by hand. */
  readonly unknownDisputeTypes: readonly string[];
}

export interface LedgerImportChunk {
  readonly total: number;
  /** The next row index to send, or `total` when done. */
  readonly nextIndex: number;
  readonly done: boolean;
  readonly imported: number;
  readonly alreadyImported: number;
  readonly badRows: number;
  /** Parties whose ID number already appears in an earlier case (linked as repeat parties). */
  readonly repeatParties: number;
}

export interface LedgerTemplateFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}
