import { newWorkbook } from '../../files/newWorkbook.ts';
import type { CaseSummary } from '../../../shared/types/dispute.ts';
import { CASE_STATUS_LABELS } from '../../../shared/types/caseStatus.ts';
import {
  CASE_SOURCE_LABELS,
  DISPUTE_TYPE_LABELS,
  RISK_LEVEL_LABELS,
} from '../../../shared/types/disputeTaxonomy.ts';

const COLUMNS: readonly { header: string; width: number; value: (c: CaseSummary) => string }[] = [
  { header: '案号', width: 26, value: (c) => c.caseNo ?? '（未受理）' },
  { header: '案件名称', width: 32, value: (c) => c.title },
  { header: '当事人', width: 22, value: (c) => c.partyNames },
  { header: '纠纷类型', width: 16, value: (c) => DISPUTE_TYPE_LABELS[c.disputeType] },
  { header: '来源', width: 18, value: (c) => CASE_SOURCE_LABELS[c.source] },
  { header: '状态', width: 10, value: (c) => CASE_STATUS_LABELS[c.status] },
  { header: '风险', width: 14, value: (c) => (c.riskLevel ? RISK_LEVEL_LABELS[c.riskLevel] : '') },
  { header: '登记日期', width: 12, value: (c) => c.registeredAt.slice(0, 10) },
  { header: '受理日期', width: 12, value: (c) => c.acceptedOn ?? '' },
  { header: '期限', width: 12, value: (c) => c.dueDate ?? '' },
  { header: '主办调解员', width: 12, value: (c) => c.leadMediatorName ?? '' },
  { header: '街道', width: 14, value: (c) => c.placeStreet ?? '' },
  { header: '社区', width: 14, value: (c) => c.placeCommunity ?? '' },
];

/** The case list as shown on screen (no ID numbers or phones), one row per case, with a frozen header. */
export async function caseListWorkbook(rows: readonly CaseSummary[], title: string): Promise<Buffer> {
  const book = await newWorkbook();
  book.creator = '调解台';
  const sheet = book.addWorksheet('案件列表', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { name: 'SimHei', size: 14, bold: true };
  sheet.getRow(2).values = COLUMNS.map((c) => c.header);
  sheet.getRow(2).font = { bold: true };
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  rows.forEach((row, i) => (sheet.getRow(3 + i).values = COLUMNS.map((c) => c.value(row))));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
