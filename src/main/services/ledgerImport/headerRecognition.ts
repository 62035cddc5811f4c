import type { LedgerColumn, LedgerField } from '../../../shared/types/ledgerImport.ts';

/**
 * Finds the header of a ledger sheet and what each column holds. Committees keep their 台账 in Excel
 * with a title row above the header ("XX人民调解委员会2026年矛盾纠纷登记台账"), sometimes a header over two
 * rows whose upper cells are merged across their sub-columns (申请人 → 姓名 / 身份证号 / 联系电话), and
 * many spellings of the same column. The header is the row (or pair of rows) among the first ones in
 * which the most cells are recognised; the user corrects the result on the mapping screen.
 */

const SYNONYMS: Readonly<Record<LedgerField, readonly string[]>> = {
  seq: ['序号', '序', 'no', 'no.', '顺序号'],
  caseNo: ['案号', '案件编号', '案件号', '卷宗号', '案卷号', '档案号', '调解案号', '编号', '卷号'],
  registeredOn: [
    '登记日期',
    '登记时间',
    '申请日期',
    '申请时间',
    '来访日期',
    '来访时间',
    '收案日期',
    '接待日期',
    '登记日',
    '日期',
    '时间',
    '发生日期',
  ],
  acceptedOn: ['受理日期', '受理时间', '立案日期', '立案时间', '受案日期', '受理日'],
  applicantName: [
    '申请人',
    '申请人姓名',
    '申请人名称',
    '申请人姓名或名称',
    '当事人',
    '当事人姓名',
    '当事人(申请人)',
    '申请方',
    '甲方',
    '当事人甲',
    '申请人(甲方)',
  ],
  applicantIdNumber: [
    '身份证号',
    '身份证号码',
    '身份证',
    '公民身份号码',
    '证件号码',
    '证件号',
    '申请人身份证号',
    '申请人身份证号码',
    '申请人证件号码',
    '申请人身份证',
    '当事人身份证号',
    '当事人身份证号码',
  ],
  applicantPhone: [
    '联系电话',
    '电话',
    '联系方式',
    '手机',
    '手机号',
    '手机号码',
    '电话号码',
    '申请人电话',
    '申请人联系电话',
    '申请人联系方式',
    '申请人手机',
    '当事人电话',
    '当事人联系电话',
  ],
  respondentName: [
    '被申请人',
    '被申请人姓名',
    '被申请人名称',
    '被申请人姓名或名称',
    '对方当事人',
    '被申请方',
    '乙方',
    '当事人乙',
    '被申请人(乙方)',
  ],
  respondentIdNumber: ['被申请人身份证号', '被申请人身份证号码', '被申请人证件号码', '被申请人身份证'],
  respondentPhone: ['被申请人电话', '被申请人联系电话', '被申请人联系方式', '被申请人手机'],
  disputeType: [
    '纠纷类型',
    '案件类型',
    '矛盾纠纷类型',
    '纠纷类别',
    '案件类别',
    '纠纷种类',
    '矛盾纠纷类别',
    '类型',
    '类别',
    '纠纷性质',
  ],
  summary: [
    '纠纷简要情况',
    '简要案情',
    '案情简介',
    '纠纷情况',
    '主要事实',
    '案由',
    '基本案情',
    '纠纷简况',
    '简要情况',
    '纠纷事由',
    '矛盾纠纷简要情况',
    '纠纷主要事实',
    '案情',
    '纠纷内容',
    '主要案情',
  ],
  outcome: [
    '调解结果',
    '调处结果',
    '调解情况',
    '处理结果',
    '调处情况',
    '结果',
    '调解结论',
    '是否调解成功',
    '化解情况',
  ],
  amount: ['协议金额', '金额', '涉及金额', '涉案金额', '履行金额', '协议履行金额', '标的额', '涉及金额(元)'],
  mediator: [
    '调解员',
    '承办人',
    '主调解员',
    '调解人',
    '经办人',
    '承办调解员',
    '调解人员',
    '主持人',
    '承办人员',
  ],
  closedOn: ['结案日期', '办结日期', '结案时间', '办结时间', '调结日期', '协议日期', '调处日期', '结案日'],
};

/** Header text reduced to what tells columns apart: no blanks, marks or units. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s*＊:：、]/g, '')
    .replace(/\((元|人民币元|万元|年月日|yyyy-mm-dd|必填|选填)\)/gi, '')
    .toLowerCase();
}

const LOOKUP: ReadonlyMap<string, LedgerField> = new Map(
  (Object.entries(SYNONYMS) as [LedgerField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normaliseHeader(name), field] as const),
  ),
);

/** The field a header names, or null. */
export function recogniseHeader(text: string): LedgerField | null {
  const normal = normaliseHeader(text);
  if (normal === '') return null;
  return LOOKUP.get(normal) ?? LOOKUP.get(normal.replace(/\(.*?\)/g, '')) ?? null;
}

/** For a two-row header: the upper cell (merged across its sub-columns) and the lower one. */
function recogniseTwoRows(upper: string, lower: string): LedgerField | null {
  if (lower === '' || normaliseHeader(upper) === normaliseHeader(lower)) return recogniseHeader(upper);
  if (upper === '') return recogniseHeader(lower);
  return (
    recogniseHeader(upper + lower) ??
    recogniseHeader(lower + upper) ??
    recogniseHeader(lower) ??
    recogniseHeader(upper)
  );
}

const APPLICANT_TO_RESPONDENT: Partial<Record<LedgerField, LedgerField>> = {
  applicantIdNumber: 'respondentIdNumber',
  applicantPhone: 'respondentPhone',
};

/**
 * A one-row header often repeats 身份证号 / 联系电话 after 申请人 and again after 被申请人: a generic
 * ID or phone column belongs to the party named in the nearest name column to its left. A field
 * recognised twice keeps its first column; the user can map the rest by hand.
 */
function resolveColumns(headers: readonly string[], fields: readonly (LedgerField | null)[]): LedgerColumn[] {
  const used = new Set<LedgerField>();
  let lastName: LedgerField | null = null;
  return headers.map((header, index) => {
    let field = fields[index] ?? null;
    if (field === 'applicantName' || field === 'respondentName') lastName = field;
    const respondentVariant = field ? APPLICANT_TO_RESPONDENT[field] : undefined;
    if (respondentVariant && lastName === 'respondentName' && !normaliseHeader(header).startsWith('申请人'))
      field = respondentVariant;
    if (field && used.has(field)) field = null;
    if (field) used.add(field);
    return { index, header, field };
  });
}

export interface RecognisedHeader {
  /** 0-based indexes of the header rows in the grid. */
  readonly headerRows: readonly number[];
  readonly columns: readonly LedgerColumn[];
  /** 0-based index of the first row after the header. */
  readonly dataStart: number;
  /** How many different fields were recognised. */
  readonly score: number;
}

const SCAN_ROWS = 15;

export function recogniseHeaderRows(grid: readonly (readonly string[])[]): RecognisedHeader | null {
  const candidates: RecognisedHeader[] = [];
  const width = Math.max(0, ...grid.slice(0, SCAN_ROWS + 1).map((r) => r.length));
  const cell = (r: number, c: number) => (grid[r]?.[c] ?? '').trim();
  const consider = (headerRows: number[], headers: string[], fields: (LedgerField | null)[]) => {
    // Columns after the last header cell (a title merged wider than the table) are not part of it.
    let end = headers.length;
    while (end > 0 && headers[end - 1] === '') end -= 1;
    const columns = resolveColumns(headers.slice(0, end), fields.slice(0, end));
    const score = new Set(columns.map((c) => c.field).filter((f) => f !== null)).size;
    if (score >= 2) candidates.push({ headerRows, columns, dataStart: headerRows.at(-1)! + 1, score });
  };
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.length); r += 1) {
    const upper = Array.from({ length: width }, (_, c) => cell(r, c));
    consider([r], upper, upper.map(recogniseHeader));
    if (r + 1 < grid.length) {
      const lower = Array.from({ length: width }, (_, c) => cell(r + 1, c));
      const joined = upper.map((u, c) =>
        lower[c] === '' || u === lower[c] ? u : u === '' ? lower[c]! : `${u}/${lower[c]}`,
      );
      consider(
        [r, r + 1],
        joined,
        upper.map((u, c) => recogniseTwoRows(u, lower[c]!)),
      );
    }
  }
  // Most fields recognised wins; on a tie one header row beats two (a title row above the header
  // must not be taken as its upper half), then the earlier row.
  candidates.sort(
    (a, b) => b.score - a.score || a.headerRows.length - b.headerRows.length || a.dataStart - b.dataStart,
  );
  return candidates[0] ?? null;
}
