import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { FileChild, IRunOptions, ParagraphChild } from 'docx';

/**
 * Layout vocabulary shared by the built-in templates, so the fifteen forms look like one set: A4 with
 * GB/T 9704 公文 margins, 仿宋 body, 宋体 bold titles, thin black table rules, and the same header (draft
 * mark) and footer (case number, document id, page x of y, QR code).
 *
 * Fonts name the Windows faces (仿宋, 宋体) in the East Asian slot, which Word and WPS resolve; where they
 * are missing (LibreOffice on Linux) the converter maps them to Noto Serif CJK through fontconfig, and the
 * generator's font table tells Word which substitute family to pick.
 */

export const FONT_BODY = '仿宋';
export const FONT_TITLE = '宋体';
export const FONT_LATIN = 'Times New Roman';

/** Sizes in half-points, by their Chinese names. */
export const SIZE = {
  erhao: 44,
  sanhao: 32,
  xiaosan: 30,
  sihao: 28,
  xiaosi: 24,
  wuhao: 21,
  xiaowu: 18,
} as const;

/** Twips. A4 is 11906 × 16838; margins per GB/T 9704-2012 (37/35/28/26 mm). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1587,
  right: 1474,
  header: 850,
  footer: 567,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** 28 pt fixed line pitch for 三号 prose, as 公文 are set. */
const PROSE_LINE = 560;
/** 16 pt fixed pitch for 小四 text in table cells: room for handwriting, and a 3-party form fits one page. */
const CELL_LINE = 320;

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export function bodyFont(): NonNullable<IRunOptions['font']> {
  return { ascii: FONT_LATIN, hAnsi: FONT_LATIN, eastAsia: FONT_BODY, cs: FONT_LATIN, hint: 'eastAsia' };
}

function titleFont(): NonNullable<IRunOptions['font']> {
  return { ascii: FONT_LATIN, hAnsi: FONT_LATIN, eastAsia: FONT_TITLE, cs: FONT_LATIN, hint: 'eastAsia' };
}

/** Splits "甲{{x}}乙" into runs; a placeholder is always one run so Word and the patcher see it whole. */
export function runs(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun[] {
  return text
    .split(/(\{\{[^}]+\}\})/)
    .filter((part) => part !== '')
    .map((part) => new TextRun({ ...options, text: part }));
}

/** Centred document title, e.g. 人民调解协议书. */
export function title(text: string): Paragraph {
  return new Paragraph({
    style: 'FormTitle',
    children: [new TextRun({ text })],
  });
}

/** Organisation line above a title, e.g. 南京市栖霞区尧化街道人民调解委员会. */
export function subTitle(text: string): Paragraph {
  return new Paragraph({ style: 'FormSubTitle', children: runs(text) });
}

/** Right-aligned number line: （2026）栖尧人调字第001号. */
export function numberLine(text: string): Paragraph {
  return new Paragraph({ style: 'FormNumber', children: runs(text) });
}

export interface ProseOptions {
  readonly indent?: boolean;
  readonly align?: Align;
  readonly bold?: boolean;
  readonly keepNext?: boolean;
  readonly spaceBefore?: number;
}

export type Align = 'left' | 'right' | 'center' | 'justify' | 'distribute';

const ALIGN = {
  distribute: AlignmentType.DISTRIBUTE,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * Word measures `firstLineChars` in characters of the paragraph's font; LibreOffice ignores it and reads
 * the twips, so both are written.
 */
function twoCharIndent(style: 'FormBody' | 'FormCell'): { firstLine: number; firstLineChars: number } {
  return { firstLine: style === 'FormBody' ? SIZE.sanhao * 20 : SIZE.xiaosi * 20, firstLineChars: 200 };
}

/** A body paragraph in 三号 仿宋, first line indented two characters unless told otherwise. */
export function prose(text: string, options: ProseOptions = {}): Paragraph {
  return new Paragraph({
    style: 'FormBody',
    alignment: ALIGN[options.align ?? 'justify'],
    indent: options.indent === false ? undefined : twoCharIndent('FormBody'),
    keepNext: options.keepNext,
    spacing: options.spaceBefore ? { before: options.spaceBefore } : undefined,
    children: runs(text, options.bold ? { bold: true } : {}),
  });
}

/** An empty body line, for space before signature blocks. */
export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ style: 'FormBody', keepNext: keepNext || undefined, children: [] });
}

/** A thin paragraph between two tables: Word joins tables that touch into one. */
export function spacer(keepNext = false): Paragraph {
  return new Paragraph({
    style: 'FormBody',
    keepNext: keepNext || undefined,
    spacing: { line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

// ---------------------------------------------------------------------------------------------------
// Tables

/** One paragraph of a cell, when its lines need different alignment (text, then signature, then date). */
export interface LineSpec {
  readonly text: string;
  readonly align?: Align;
  readonly indent?: boolean;
}

export interface CellSpec {
  readonly text: string | readonly (string | LineSpec)[];
  /** Grid columns spanned. */
  readonly span?: number;
  readonly align?: Align;
  readonly vAlign?: 'top' | 'center' | 'bottom';
  readonly bold?: boolean;
  readonly indent?: boolean;
  /** Paragraph style for the cell text; table forms use FormCell, prose layouts FormBody. */
  readonly style?: 'FormCell' | 'FormBody';
  /** A label cell spanning several rows: `restart` on the first, `continue` below. */
  readonly vMerge?: 'restart' | 'continue';
  /** A rule under the cell only, for write-on lines in borderless layouts (the cover). */
  readonly underline?: boolean;
}

export interface RowSpec {
  readonly cells: readonly (CellSpec | string)[];
  /** Minimum height in twips. */
  readonly height?: number;
  readonly exactHeight?: boolean;
  readonly cantSplit?: boolean;
  /**
   * Keep this row on the page of the next one (Word: keep-with-next on its paragraphs), so a signature
   * or closing row never stands alone at the top of a page.
   */
  readonly keepWithNext?: boolean;
}

export interface TableSpec {
  /** Column widths in twips; should add up to CONTENT_WIDTH. */
  readonly columns: readonly number[];
  readonly rows: readonly RowSpec[];
  /** Borderless tables lay out prose blocks (party lists, signature blocks) that repeat row by row. */
  readonly borders?: boolean;
  readonly cellStyle?: 'FormCell' | 'FormBody';
  /** Centre a table narrower than the text block (the cover's field list). */
  readonly centered?: boolean;
  /** Keep the whole table on one page (signature blocks): every paragraph keeps with the next. */
  readonly keepTogether?: boolean;
}

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

export function table(spec: TableSpec): Table {
  const bordered = spec.borders !== false;
  const rule = bordered ? RULE : NO_RULE;
  return new Table({
    layout: TableLayoutType.FIXED,
    alignment: spec.centered ? AlignmentType.CENTER : undefined,
    width: { size: spec.columns.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...spec.columns],
    borders: {
      top: rule,
      bottom: rule,
      left: rule,
      right: rule,
      insideHorizontal: rule,
      insideVertical: rule,
    },
    margins: bordered
      ? { top: 60, bottom: 60, left: 100, right: 100 }
      : { top: 0, bottom: 0, left: 0, right: 0 },
    rows: spec.rows.map((row) => tableRow(row, spec)),
  });
}

function tableRow(row: RowSpec, spec: TableSpec): TableRow {
  let column = 0;
  const cells = row.cells.map((raw) => {
    const cell: CellSpec = typeof raw === 'string' ? { text: raw } : raw;
    const span = cell.span ?? 1;
    const width = spec.columns.slice(column, column + span).reduce((sum, value) => sum + value, 0);
    column += span;
    const lines: readonly LineSpec[] = (typeof cell.text === 'string' ? [cell.text] : cell.text).map(
      (line) => (typeof line === 'string' ? { text: line } : line),
    );
    const style = cell.style ?? spec.cellStyle ?? 'FormCell';
    return new TableCell({
      columnSpan: span > 1 ? span : undefined,
      verticalMerge:
        cell.vMerge === undefined
          ? undefined
          : cell.vMerge === 'restart'
            ? VerticalMergeType.RESTART
            : VerticalMergeType.CONTINUE,
      borders: cell.underline ? { bottom: RULE } : undefined,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: V_ALIGN[cell.vAlign ?? 'center'],
      children: lines.map(
        (line) =>
          new Paragraph({
            style,
            alignment: ALIGN[line.align ?? cell.align ?? 'left'],
            keepNext: spec.keepTogether || row.keepWithNext ? true : undefined,
            keepLines: spec.keepTogether ? true : undefined,
            indent: (line.indent ?? cell.indent) ? twoCharIndent(style) : undefined,
            children: runs(line.text, cell.bold ? { bold: true } : {}),
          }),
      ),
    });
  });
  return new TableRow({
    cantSplit: row.cantSplit ?? true,
    height: row.height
      ? { value: row.height, rule: row.exactHeight ? HeightRule.EXACT : HeightRule.ATLEAST }
      : undefined,
    children: cells,
  });
}

// ---------------------------------------------------------------------------------------------------
// Document

export interface FormDocumentOptions {
  readonly title: string;
  readonly children: readonly FileChild[];
}

/**
 * Wraps a form's body in the shared page set-up, styles, header and footer. The header carries the
 * draft mark and the footer the trace line, page numbers and QR code: the engine fills `draftMark`,
 * `traceLine` and `traceQr` for every document, so a page can always be traced to its case.
 */
export function formDocument(options: FormDocumentOptions): Document {
  return new Document({
    title: options.title,
    creator: '调解台',
    lastModifiedBy: '调解台',
    description: '人民调解文书模板（由 scripts/generate-templates.ts 生成）',
    styles: formStyles(),
    // A line ended by a value's line break must not be stretched across the line in justified text.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: new Header({ children: [draftMarkParagraph()] }) },
        footers: { default: new Footer({ children: [traceFooter()] }) },
        children: [...options.children],
      },
    ],
  });
}

function draftMarkParagraph(): Paragraph {
  return new Paragraph({
    style: 'FormHeader',
    children: [new TextRun({ text: '{{draftMark}}', bold: true, color: 'C00000' })],
  });
}

function traceFooter(): Table {
  const footerText = (children: ParagraphChild[]): Paragraph =>
    new Paragraph({ style: 'FormFooter', children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH - 1100, 1100],
    borders: {
      top: NO_RULE,
      bottom: NO_RULE,
      left: NO_RULE,
      right: NO_RULE,
      insideHorizontal: NO_RULE,
      insideVertical: NO_RULE,
    },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: CONTENT_WIDTH - 1100, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [
              footerText([new TextRun('{{traceLine}}')]),
              footerText([
                new TextRun({ children: ['第', PageNumber.CURRENT, '页  共', PageNumber.TOTAL_PAGES, '页'] }),
              ]),
            ],
          }),
          new TableCell({
            width: { size: 1100, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [
              // Auto line pitch: an exact pitch would clip the inline QR picture to one text line.
              new Paragraph({
                style: 'FormFooter',
                alignment: AlignmentType.RIGHT,
                spacing: { line: 240, lineRule: LineRuleType.AUTO },
                children: [new TextRun('{{traceQr}}')],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

function formStyles(): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  // Latin text stays en-US: with zh-CN LibreOffice breaks lines inside numbers such as phone numbers.
  const language = { value: 'en-US', eastAsia: 'zh-CN' } as const;
  const body = { font: bodyFont(), language };
  return {
    default: {
      document: {
        run: { ...body, size: SIZE.sanhao },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'FormTitle',
        name: '文书标题',
        basedOn: 'Normal',
        next: 'FormBody',
        quickFormat: true,
        run: { font: titleFont(), language, size: SIZE.erhao, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 240, line: 720, lineRule: LineRuleType.EXACT },
        },
      },
      {
        id: 'FormSubTitle',
        name: '文书机关名称',
        basedOn: 'Normal',
        next: 'FormTitle',
        quickFormat: true,
        run: { font: titleFont(), language, size: SIZE.xiaosan, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { after: 120, line: 480, lineRule: LineRuleType.EXACT },
        },
      },
      {
        id: 'FormNumber',
        name: '文书编号',
        basedOn: 'Normal',
        next: 'FormBody',
        quickFormat: true,
        run: { ...body, size: SIZE.sihao },
        paragraph: {
          alignment: AlignmentType.RIGHT,
          spacing: { after: 120, line: 480, lineRule: LineRuleType.EXACT },
        },
      },
      {
        id: 'FormBody',
        name: '文书正文',
        basedOn: 'Normal',
        quickFormat: true,
        run: { ...body, size: SIZE.sanhao },
        paragraph: { spacing: { line: PROSE_LINE, lineRule: LineRuleType.EXACT } },
      },
      {
        id: 'FormCell',
        name: '表格文字',
        basedOn: 'Normal',
        quickFormat: true,
        run: { ...body, size: SIZE.xiaosi },
        paragraph: { spacing: { line: CELL_LINE, lineRule: LineRuleType.EXACT } },
      },
      {
        id: 'FormHeader',
        name: '文书页眉',
        basedOn: 'Normal',
        run: { ...body, size: SIZE.xiaosi },
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: 'FormFooter',
        name: '文书页脚',
        basedOn: 'Normal',
        run: { ...body, size: SIZE.xiaowu },
        paragraph: { spacing: { line: 260, lineRule: LineRuleType.EXACT } },
      },
    ],
  };
}
