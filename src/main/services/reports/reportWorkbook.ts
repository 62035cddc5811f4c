import ExcelJS from 'exceljs';
import type { StatsReport } from '../../../shared/types/stats.ts';
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

const wan = (fen: number) => Math.round(fen / 100) / 10_000;

export async function reportWorkbook(report: StatsReport, preparedOn: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '调解台';
  const unit = `填报单位：${report.organisationName}${report.includesSubordinates ? '（含下级组织）' : ''}`;

  // Table A — 人民调解案件情况
  const a = book.addWorksheet('案件情况', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const columns = 17;
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
  head(a, '受理数比较', 3, 15, 3, 17);
  ['本年累计', '同比（%）', '环比（%）'].forEach((t, i) => head(a, t, 4, 15 + i));
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
      wan(c.amountFen),
      c.performed,
      c.confirmationApplied,
      c.confirmed,
      row.yearToDate.accepted,
      changePercent(c.accepted, row.lastYear.accepted) ?? '—',
      changePercent(c.accepted, row.previous.accepted) ?? '—',
    ];
    a.getCell(5 + index, 11).numFmt = '0.00';
  });
  const lastRow = 4 + report.caseTable.length;
  frame(a, 3, lastRow, columns);
  for (let c = 1; c <= columns; c += 1) a.getCell(lastRow, c).font = { ...FONT, bold: true };
  a.getColumn(1).width = 20;
  for (let c = 2; c <= columns; c += 1) a.getColumn(c).width = 10;
  a.getRow(4).height = 42;
  const notes = [
    `统计期间：${report.current.from} 至 ${report.current.to}；本年累计：${report.yearToDate.from} 至 ${report.yearToDate.to}；同比：${report.lastYear.from} 至 ${report.lastYear.to}；环比：${report.previous.from} 至 ${report.previous.to}。`,
    '口径：统计期内受理（不含作废）的案件，按期末状态计调解结果；协议涉及金额为调解成功案件协议约定金额合计。',
    `制表日期：${preparedOn}`,
  ];
  notes.forEach((text, i) => {
    a.mergeCells(lastRow + 2 + i, 1, lastRow + 2 + i, columns);
    a.getCell(lastRow + 2 + i, 1).value = text;
    a.getCell(lastRow + 2 + i, 1).font = FONT;
  });

  // Table B — 预防与排查
  const b = book.addWorksheet('预防与排查', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true },
  });
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

  // Table C — 组织队伍与调解员
  const c = book.addWorksheet('组织队伍', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true },
  });
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

  // Metrics with their definitions.
  const m = book.addWorksheet('指标');
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
  m.getColumn(1).width = 16;
  m.getColumn(7).width = 60;

  return Buffer.from(await book.xlsx.writeBuffer());
}
