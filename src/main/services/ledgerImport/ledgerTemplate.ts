import { newWorkbook } from '../../files/newWorkbook.ts';
import { DISPUTE_TYPES, DISPUTE_TYPE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';

/** The columns of the downloadable template, in the order most committees keep them. */
export const TEMPLATE_HEADERS = [
  '序号',
  '案号',
  '登记日期',
  '受理日期',
  '申请人',
  '身份证号',
  '联系电话',
  '被申请人',
  '被申请人身份证号',
  '被申请人联系电话',
  '纠纷类型',
  '纠纷简要情况',
  '调解结果',
  '协议金额（元）',
  '调解员',
  '结案日期',
] as const;

const WIDTHS = [6, 24, 12, 12, 10, 21, 14, 10, 21, 14, 16, 40, 10, 12, 10, 12];

/** 台账导入模板: a title row, the header, one example row, and a sheet explaining each column. */
export async function buildLedgerTemplate(): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.mergeCells(1, 1, 1, TEMPLATE_HEADERS.length);
  sheet.getCell(1, 1).value = '人民调解委员会矛盾纠纷调解台账（导入模板）';
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  TEMPLATE_HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    sheet.getColumn(i + 1).width = WIDTHS[i]!;
  });
  // ID numbers and phones as text, so Excel does not turn them into 3.20113E+17.
  for (const col of [2, 6, 7, 9, 10]) sheet.getColumn(col).numFmt = '@';
  for (const col of [3, 4, 16]) sheet.getColumn(col).numFmt = 'yyyy-mm-dd';
  sheet.addRow([
    1,
    '（2026）示例人调字第1号',
    new Date(Date.UTC(2026, 2, 2)),
    new Date(Date.UTC(2026, 2, 3)),
    '张三',
    '',
    '13800000000',
    '李四',
    '',
    '',
    '邻里纠纷',
    '（示例行，导入前请删除）因排水沟堵塞引发纠纷。',
    '调解成功',
    2000,
    '王调解',
    new Date(Date.UTC(2026, 2, 20)),
  ]);
  const typeList = `"${DISPUTE_TYPES.map((t) => DISPUTE_TYPE_LABELS[t]).join(',')}"`;
  for (let r = 3; r <= 2000; r += 1) {
    sheet.getCell(r, 11).dataValidation = { type: 'list', allowBlank: true, formulae: [typeList] };
    sheet.getCell(r, 13).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"调解成功,调解不成,在办"'],
    };
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];

  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 18;
  help.getColumn(2).width = 90;
  const lines: [string, string][] = [
    ['必填', '申请人、纠纷类型，以及登记日期或受理日期（至少一个）'],
    ['案号', '有则填写原纸质案号（如“（2026）栖尧人调字第12号”）；同一案号重复导入不会重复建案'],
    ['日期', '2026-03-05、2026/3/5、2026年3月5日 均可；登记 ≤ 受理 ≤ 结案，不能晚于今天'],
    ['纠纷类型', DISPUTE_TYPES.map((t) => DISPUTE_TYPE_LABELS[t]).join('、')],
    ['调解结果', '成功（调解成功、达成协议）、不成功（调解不成、终止），或空白/在办（尚未办结）'],
    ['结案日期', '调解结果为成功或不成功时必填'],
    ['身份证号', '18 位居民身份证号会校验校验位；同一身份证号的当事人会与已有案件关联'],
    ['调解员', '与调解员名册中的姓名一致时自动指派为主调解员'],
  ];
  for (const line of lines) help.addRow(line);
  help.getColumn(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
