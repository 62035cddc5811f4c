import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../files/newWorkbook.ts';
import type { StatsReport } from '../../../shared/types/stats.ts';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { apportion } from '../../../shared/stats/apportion.ts';
import { changePercent } from '../../../shared/stats/periods.ts';

/**
 * The report as an .xlsx laid out like the paper table (domain §3.5): a merged title, the reporting
 * unit and 单位, two header rows with merged group headings, thin borders on every cell of the table,
 * and notes with the metric definitions. One sheet per table.
 */
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: 'SimSun', size: 10 };

function frame(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r += 1) {
    for (let c = 1; c <= columns; c += 1) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      cell.font = { ...FONT, bold: r < fromRow + 2 && fromRow <= 4 ? true : (cell.font?.bold ?? false) };
      cell.alignment = { vertical: 'middle', horizontal: c === 1 ? 'left' : 'center', wrapText: true };
    }
  }
}

function heading(
  sheet: ExcelJS.Worksheet,
  title: string,
  unitLeft: string,
  unitRight: string,
  columns: number,
): void {
  sheet.mergeCells(1, 1, 1, columns);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: 'SimHei', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, Math.max(1, columns - 3));
  sheet.getCell(2, 1).value = unitLeft;
  sheet.mergeCells(2, columns - 2, 2, columns);
  sheet.getCell(2, columns - 2).value = unitRight;
  sheet.getCell(2, columns - 2).alignment = { horizontal: 'right' };
}

/** A header cell spanning rows/columns of the two header rows (3–4). */
function head(
  sheet: ExcelJS.Worksheet,
  text: string,
  row: number,
  col: number,
  toRow = row,
  toCol = col,
): void {
  if (toRow !== row || toCol !== col) sheet.mergeCells(row, col, toRow, toCol);
  sheet.getCell(row, col).value = text;
}

/** 0.01 万元 in 分: amounts print with two decimals of 万元. */
const HUNDREDTH_WAN = 10_000;

/**
 * One column of 万元 amounts, rounded so that the type rows add up to the 合计 row as printed. The last
 * row of the table is the 合计.
 */
function wanColumn(fens: readonly number[]): number[] {
  const rows = apportion(fens.slice(0, -1), HUNDREDTH_WAN);
  return [...rows, rows.reduce((sum, value) => sum + value, 0)].map((units) => units / 100);
}

/** 2026-03-31 → 2026年3月31日, as a 司法所 writes dates on a report. */
const cn = (iso: string) => formatChineseDate(iso);

/** Print on one A4 page, landscape, with the title repeated if a user prints more rows. */
function onePage(orientation: 'landscape' | 'portrait' = 'landscape'): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** 填表人、审核人、填报日期: the line a 司法所 signs under every table. */
function signLine(sheet: ExcelJS.Worksheet, row: number, columns: number, preparedOn: string): number {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = `填表人：__________　　　　审核人：__________　　　　单位负责人：__________　　　　填报日期：${cn(preparedOn)}`;
  cell.font = FONT;
  cell.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.getRow(row).height = 24;
  return row;
}

export async function reportWorkbook(report: StatsReport, preparedOn: string): Promise<Buffer> {
  const book = await newWorkbook();
  book.creator = '调解台';
  const unit = `填报单位：${report.organisationName}${report.includesSubordinates ? '（含下级组织）' : ''}`;

  // Table A — 人民调解案件情况
  const a = book.addWorksheet('案件情况', { pageSetup: onePage() });
  const columns = 23;
  heading(a, `人民调解案件情况统计表（${report.current.label}）`, unit, '单位：件、万元', columns);
  head(a, '纠纷类型', 3, 1, 4, 1);
  head(a, '受理（调解）纠纷数', 3, 2, 4, 2);
  head(a, '案件来源', 3, 3, 3, 5);
  ['主动调解', '申请调解', '接受委托移送调解'].forEach((t, i) => head(a, t, 4, 3 + i));
  head(a, '调解结果', 3, 6, 3, 10);
  ['调解成功数', '其中：口头协议', '其中：书面协议', '调解不成功数', '正在调解数'].forEach((t, i) =>
    head(a, t, 4, 6 + i),
  );
  head(a, '协议涉及金额（万元）', 3, 11, 4, 11);
  head(a, '履行数', 3, 12, 4, 12);
  head(a, '司法确认', 3, 13, 3, 14);
  ['申请数', '确认数'].forEach((t, i) => head(a, t, 4, 13 + i));
  // 本年累计, 同比 and 环比 for the three figures bulletins compare: 受理数, 调解成功数, 协议金额.
  (['受理数', '调解成功数', '协议金额（万元）'] as const).forEach((label, group) => {
    const col = 15 + group * 3;
    head(a, label, 3, col, 3, col + 2);
    ['本年累计', '同比（%）', '环比（%）'].forEach((t, i) => head(a, t, 4, col + i));
  });
  const amounts = wanColumn(report.caseTable.map((row) => row.current.amountFen));
  const ytdAmounts = wanColumn(report.caseTable.map((row) => row.yearToDate.amountFen));
  report.caseTable.forEach((row, index) => {
    const c = row.current;
    a.getRow(5 + index).values = [
      row.label,
      c.accepted,
      c.initiative,
      c.application,
      c.referral,
      c.success,
      c.oral,
      c.written,
      c.failed,
      c.pending,
      amounts[index]!,
      c.performed,
      c.confirmationApplied,
      c.confirmed,
      row.yearToDate.accepted,
      changePercent(c.accepted, row.lastYear.accepted) ?? '—',
      changePercent(c.accepted, row.previous.accepted) ?? '—',
      row.yearToDate.success,
      changePercent(c.success, row.lastYear.success) ?? '—',
      changePercent(c.success, row.previous.success) ?? '—',
      ytdAmounts[index]!,
      changePercent(c.amountFen, row.lastYear.amountFen) ?? '—',
      changePercent(c.amountFen, row.previous.amountFen) ?? '—',
    ];
    a.getCell(5 + index, 11).numFmt = '0.00';
    a.getCell(5 + index, 21).numFmt = '0.00';
  });
  const lastRow = 4 + report.caseTable.length;
  frame(a, 3, lastRow, columns);
  for (let c = 1; c <= columns; c += 1) a.getCell(lastRow, c).font = { ...FONT, bold: true };
  a.getColumn(1).width = 18;
  for (let c = 2; c <= columns; c += 1) a.getColumn(c).width = 9;
  a.getRow(3).height = 30;
  a.getRow(4).height = 42;
  const notes = [
    `统计期间：${cn(report.current.from)}至${cn(report.current.to)}；本年累计：${cn(report.yearToDate.from)}至${cn(report.yearToDate.to)}；同比：${cn(report.lastYear.from)}至${cn(report.lastYear.to)}；环比：${cn(report.previous.from)}至${cn(report.previous.to)}。`,
    '口径：统计期内受理（不含作废）的案件，按期末状态计调解结果；协议涉及金额为调解成功案件协议约定金额合计，各行按0.01万元取整后与合计相符。',
  ];
  notes.forEach((text, i) => {
    a.mergeCells(lastRow + 2 + i, 1, lastRow + 2 + i, columns);
    const cell = a.getCell(lastRow + 2 + i, 1);
    cell.value = text;
    cell.font = FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
    a.getRow(lastRow + 2 + i).height = 28;
  });
  signLine(a, lastRow + 2 + notes.length, columns, preparedOn);
  a.pageSetup.printArea = `A1:W${lastRow + 2 + notes.length}`;

  // Table B — 预防与排查
  const b = book.addWorksheet('预防与排查', { pageSetup: onePage() });
  const bColumns = 3 + report.prevention.prevented.length * 2;
  heading(b, `人民调解预防与排查情况统计表（${report.current.label}）`, unit, '单位：次、件、人', bColumns);
  head(b, '排查次数', 3, 1, 4, 1);
  head(b, '排查发现纠纷数', 3, 2, 4, 2);
  head(b, '排查发现并登记受理的案件数', 3, 3, 4, 3);
  report.prevention.prevented.forEach((p, i) => {
    head(b, p.label, 3, 4 + i * 2, 3, 5 + i * 2);
    head(b, '件', 4, 4 + i * 2);
    head(b, '人', 4, 5 + i * 2);
  });
  b.getRow(5).values = [
    report.prevention.screenings,
    report.prevention.disputesFound,
    report.prevention.casesFromScreening,
    ...report.prevention.prevented.flatMap((p) => [p.cases, p.persons]),
  ];
  frame(b, 3, 5, bColumns);
  for (let c = 1; c <= bColumns; c += 1) b.getColumn(c).width = 12;
  b.getRow(3).height = 42;
  signLine(b, 7, bColumns, preparedOn);

  // Table C — 组织队伍与调解员
  const c = book.addWorksheet('组织队伍', { pageSetup: onePage('portrait') });
  heading(c, `人民调解组织队伍情况统计表（${report.current.label}）`, unit, '单位：个、人、件', 6);
  ['调解组织', '层级', '调解员', '其中：专职', '受理数', '调解成功数'].forEach((t, i) =>
    head(c, t, 3, 1 + i, 4, 1 + i),
  );
  const LEVEL: Record<string, string> = {
    village: '村（居）',
    town: '乡镇（街道）',
    district: '区县',
    city: '市',
  };
  report.organisations.forEach((o, i) => {
    c.getRow(5 + i).values = [
      o.name,
      LEVEL[o.level] ?? o.level,
      o.mediators,
      o.fullTimeMediators,
      o.accepted,
      o.success,
    ];
  });
  frame(c, 3, 4 + report.organisations.length, 6);
  const mStart = 6 + report.organisations.length;
  ['调解员', '所属组织', '专职/兼职', '主办受理数', '调解成功数', '30日内办结数'].forEach((t, i) =>
    head(c, t, mStart, 1 + i),
  );
  report.mediators.forEach((m, i) => {
    c.getRow(mStart + 1 + i).values = [
      m.name,
      m.organisationName,
      m.fullTime ? '专职' : '兼职',
      m.accepted,
      m.success,
      m.within30,
    ];
  });
  frame(c, mStart, mStart + report.mediators.length, 6);
  c.getColumn(1).width = 34;
  c.getColumn(2).width = 34;
  for (let i = 3; i <= 6; i += 1) c.getColumn(i).width = 12;
  signLine(c, mStart + report.mediators.length + 2, 6, preparedOn);

  // Metrics with their definitions.
  const m = book.addWorksheet('指标', { pageSetup: onePage() });
  heading(m, `人民调解工作指标（${report.current.label}）`, unit, '单位：%', 7);
  ['指标', '本期（%）', '分子', '分母', '上年同期（%）', '上期（%）', '口径'].forEach((t, i) =>
    head(m, t, 3, 1 + i, 4, 1 + i),
  );
  report.metrics.forEach((metric, i) => {
    m.getRow(5 + i).values = [
      metric.label,
      metric.percent ?? '—',
      metric.numerator,
      metric.denominator,
      metric.lastYearPercent ?? '—',
      metric.previousPercent ?? '—',
      metric.definition,
    ];
  });
  frame(m, 3, 4 + report.metrics.length, 7);
  m.getColumn(1).width = 18;
  for (let col = 2; col <= 6; col += 1) m.getColumn(col).width = 11;
  m.getColumn(7).width = 64;
  // The 口径 wraps inside its cell: each row is as tall as its text needs (about 32 characters a line).
  report.metrics.forEach((metric, i) => {
    m.getCell(5 + i, 7).alignment = { wrapText: true, vertical: 'middle', horizontal: 'left' };
    m.getRow(5 + i).height = Math.max(20, Math.ceil(metric.definition.length / 32) * 14 + 6);
  });
  m.getRow(3).height = 20;
  m.getRow(4).height = 20;
  signLine(m, 6 + report.metrics.length, 7, preparedOn);

  return Buffer.from(await book.xlsx.writeBuffer());
}
