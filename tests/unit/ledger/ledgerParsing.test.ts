import { expect, test } from 'vitest';
import { decodeCsvBytes } from '../../../src/main/services/ledgerImport/csvDecode.ts';
import { parseCsv } from '../../../src/main/services/ledgerImport/csvParse.ts';
import {
  recogniseHeader,
  recogniseHeaderRows,
} from '../../../src/main/services/ledgerImport/headerRecognition.ts';
import {
  mapDisputeType,
  mapOutcome,
  parseAmountFen,
  parseLedgerDate,
} from '../../../src/main/services/ledgerImport/valueMapping.ts';
import { checkLedgerDateOrder } from '../../../src/main/services/ledgerImport/ledgerDateOrder.ts';
import { splitParties } from '../../../src/main/services/ledgerImport/rowValidation.ts';
import { encodeGbk } from '../../fixtures/ledger/buildLedger.ts';

test('CSV: quoted fields, doubled quotes, embedded line breaks, CRLF and a last line without one', () => {
  const text = '案号,简要案情,金额\r\n"（2026）1号","因漏水,争执\r\n多次""协商""",1,000\r\nA,"",\nB,x,2';
  expect(parseCsv(text)).toEqual([
    ['案号', '简要案情', '金额'],
    ['（2026）1号', '因漏水,争执\r\n多次"协商"', '1', '000'],
    ['A', '', ''],
    ['B', 'x', '2'],
  ]);
  expect(parseCsv('a\tb\r\n1\t"2,3"\r\n')).toEqual([
    ['a', 'b'],
    ['1', '2,3'],
  ]);
  expect(parseCsv('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
});

test('CSV bytes: GBK (WPS, old Excel), UTF-8 with and without BOM, UTF-16LE', () => {
  const text = '申请人,纠纷类型\r\n张三,邻里纠纷\r\n';
  expect(new TextDecoder('gb18030').decode(encodeGbk('中文'))).toBe('中文');
  expect(decodeCsvBytes(encodeGbk(text))).toEqual({ text, encoding: 'gb18030' });
  expect(decodeCsvBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
  expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
    text,
    encoding: 'utf-8-bom',
  });
  expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
    text,
    encoding: 'utf-16le',
  });
});

test('headers: the usual names and their variants', () => {
  const cases: [string, string | null][] = [
    ['序号', 'seq'],
    ['案号', 'caseNo'],
    ['登记日期', 'registeredOn'],
    ['受理日期', 'acceptedOn'],
    ['申请人', 'applicantName'],
    ['申请人姓名', 'applicantName'],
    ['当事人', 'applicantName'],
    ['被申请人', 'respondentName'],
    ['身份证号', 'applicantIdNumber'],
    ['身份证号码', 'applicantIdNumber'],
    ['联系电话', 'applicantPhone'],
    ['电话', 'applicantPhone'],
    ['纠纷类型', 'disputeType'],
    ['案件类型', 'disputeType'],
    ['矛盾纠纷类型', 'disputeType'],
    ['纠纷简要情况', 'summary'],
    ['简要案情', 'summary'],
    ['调解结果', 'outcome'],
    ['调处结果', 'outcome'],
    ['协议金额', 'amount'],
    ['金额（元）', 'amount'],
    ['调解员', 'mediator'],
    ['承办人', 'mediator'],
    ['结案日期', 'closedOn'],
    ['办结日期', 'closedOn'],
    [' 受理\n日期 ', 'acceptedOn'],
    ['*申请人', 'applicantName'],
    ['备注', null],
  ];
  for (const [header, field] of cases) expect([header, recogniseHeader(header)]).toEqual([header, field]);
});

test('header rows: a title row above, a one-row header with 身份证号/电话 repeated for each party', () => {
  const grid = [
    ['某某调委会2026年矛盾纠纷台账', '某某调委会2026年矛盾纠纷台账', '某某调委会2026年矛盾纠纷台账'],
    ['序号', '申请人', '身份证号', '联系电话', '被申请人', '身份证号', '联系电话', '纠纷类型', '受理日期'],
    ['1', '张三', '', '', '李四', '', '', '邻里纠纷', '2026-03-01'],
  ];
  const found = recogniseHeaderRows(grid)!;
  expect(found.headerRows).toEqual([1]);
  expect(found.dataStart).toBe(2);
  expect(found.columns.map((c) => c.field)).toEqual([
    'seq',
    'applicantName',
    'applicantIdNumber',
    'applicantPhone',
    'respondentName',
    'respondentIdNumber',
    'respondentPhone',
    'disputeType',
    'acceptedOn',
  ]);
});

test('header rows: two rows with the upper cells merged across their sub-columns', () => {
  // How exceljs reads merged cells: every cell of the range carries the master's value.
  const grid = [
    ['台账', '台账', '台账', '台账', '台账', '台账', '台账'],
    ['序号', '申请人', '申请人', '被申请人', '被申请人', '日期', '日期'],
    ['序号', '姓名', '身份证号', '姓名', '电话', '受理', '结案'],
    ['1', '张三', '320113199001011234', '李四', '13900000000', '2026-03-01', '2026-03-09'],
  ];
  const found = recogniseHeaderRows(grid)!;
  expect(found.headerRows).toEqual([1, 2]);
  expect(found.dataStart).toBe(3);
  expect(found.columns.map((c) => c.field)).toEqual([
    'seq',
    'applicantName',
    'applicantIdNumber',
    'respondentName',
    'respondentPhone',
    'acceptedOn',
    'closedOn',
  ]);
  expect(found.columns[2]!.header).toBe('申请人/身份证号');
});

test('values: dispute types, outcomes in words, dates and amounts as clerks write them', () => {
  expect(mapDisputeType('邻里纠纷')).toBe('neighbourhood');
  expect(mapDisputeType('婚姻家庭')).toBe('marriage_family');
  expect(mapDisputeType('劳资纠纷')).toBe('labour');
  expect(mapDisputeType('交通事故')).toBe('road_traffic');
  expect(mapDisputeType(' 物业 ')).toBe('property_management');
  expect(mapDisputeType('其它')).toBe('other');
  expect(mapDisputeType('外星人纠纷')).toBeNull();
  expect(mapDisputeType('外星人纠纷', { 外星人纠纷: 'other' })).toBe('other');
  expect(mapOutcome('成功')).toEqual({ outcome: 'success', oral: false });
  expect(mapOutcome('达成口头协议')).toEqual({ outcome: 'success', oral: true });
  expect(mapOutcome('调解不成')?.outcome).toBe('failed');
  expect(mapOutcome('终止')?.outcome).toBe('failed');
  expect(mapOutcome('')?.outcome).toBe('pending');
  expect(mapOutcome('也许')).toBeNull();
  expect(parseLedgerDate('2026-03-05')).toBe('2026-03-05');
  expect(parseLedgerDate('2026/3/5')).toBe('2026-03-05');
  expect(parseLedgerDate('2026.3.5')).toBe('2026-03-05');
  expect(parseLedgerDate('2026年3月5日')).toBe('2026-03-05');
  expect(parseLedgerDate('20260305')).toBe('2026-03-05');
  expect(parseLedgerDate('2026-03-05 14:30:00')).toBe('2026-03-05');
  expect(parseLedgerDate('46086')).toBe('2026-03-05');
  expect(parseLedgerDate('')).toBeNull();
  expect(parseLedgerDate('2026-02-30')).toBe('invalid');
  expect(parseLedgerDate('三月五日')).toBe('invalid');
  expect(parseAmountFen('5,000.50')).toBe(500_050);
  expect(parseAmountFen('￥3000元')).toBe(300_000);
  expect(parseAmountFen('1.2万')).toBe(1_200_000);
  expect(parseAmountFen('')).toBeNull();
  expect(parseAmountFen('若干')).toBe('invalid');
});

test('date order: 登记 ≤ 受理 ≤ 结案, and nothing after today', () => {
  const today = '2026-11-22';
  expect(
    checkLedgerDateOrder(
      { registeredOn: '2026-03-01', acceptedOn: '2026-03-02', closedOn: '2026-03-09' },
      today,
    ),
  ).toEqual([]);
  expect(checkLedgerDateOrder({ acceptedOn: '2026-03-02', closedOn: '2026-03-01' }, today)).toEqual([
    { field: 'closedOn', message: '结案日期（2026-03-01）不能早于受理日期（2026-03-02）。' },
  ]);
  expect(
    checkLedgerDateOrder({ registeredOn: '2026-03-05', acceptedOn: '2026-03-02' }, today)[0]?.field,
  ).toBe('acceptedOn');
  expect(checkLedgerDateOrder({ registeredOn: '2026-03-05', closedOn: '2026-03-02' }, today)[0]?.field).toBe(
    'closedOn',
  );
  expect(checkLedgerDateOrder({ acceptedOn: '2026-12-01' }, today)[0]?.message).toContain('晚于今天');
});

test('one 当事人 column holding both sides is split; a single name or a longer list is kept', () => {
  expect(splitParties('张三与李四')).toEqual(['张三', '李四']);
  expect(splitParties('张三、李四')).toEqual(['张三', '李四']);
  expect(splitParties('南京某某物业有限公司诉王五')).toEqual(['南京某某物业有限公司', '王五']);
  expect(splitParties('王和平')).toEqual(['王和平', '']);
  expect(splitParties('张三、李四、王五')).toEqual(['张三、李四、王五', '']);
});

test('a stray cell at XFD1048576 is refused by its row number, not read as a million rows × 16,384 columns', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['序号', '申请人', '纠纷类型']);
  sheet.addRow([1, '张三', '邻里纠纷']);
  sheet.getCell('XFD1048576').value = 'x';
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const { readLedgerFile } = await import('../../../src/main/services/ledgerImport/sheetRead.ts');
  await expect(readLedgerFile('台账.xlsx', bytes)).rejects.toThrow(/第 1048576 行有内容，超过了 100000 行/);
  // A cell far to the right is ignored; the ledger's own columns are read.
  sheet.getCell('XFD1048576').value = null;
  sheet.getCell('XFD2').value = 'y';
  const ok = await readLedgerFile('台账.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
  expect(ok.sheets[0]!.rows.map((r) => r.slice(0, 3))).toEqual([
    ['序号', '申请人', '纠纷类型'],
    ['1', '张三', '邻里纠纷'],
  ]);
  expect(ok.sheets[0]!.rows[0]!.length).toBeLessThanOrEqual(200);
});
