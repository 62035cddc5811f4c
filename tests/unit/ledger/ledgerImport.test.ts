import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import type { InputOf, ResultOf } from '../../../src/shared/api/contract.ts';
import type { LedgerField } from '../../../src/shared/types/ledgerImport.ts';
import { callApi, loginAs, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import {
  ledgerCsv,
  ledgerRows,
  ledgerXlsx,
  validIdNumber,
  type BadKind,
  type LedgerFixtureRow,
} from '../../fixtures/ledger/buildLedger.ts';

let dir: string;
let core: Core;
let token: string;

beforeEach(async () => {
  dir = makeTempDir();
  core = await openTestCore(dir);
  token = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

const BAD: Readonly<Record<number, BadKind>> = {
  3: 'id_checksum',
  8: 'unknown_type',
  12: 'closed_before_accepted',
  17: 'empty_applicant',
  25: 'empty_type',
};
/** Excel row of fixture row i in the .xlsx (title row + two header rows above). */
const xlsxRow = (i: number) => i + 4;
/** Row of fixture row i in the CSV (one header row). */
const csvRow = (i: number) => i + 2;

const call = <M extends Parameters<typeof mustCall>[1]>(method: M, input: InputOf<M>) =>
  mustCall(core, method, input, token) as Promise<ResultOf<M>>;

async function upload(fileName: string, bytes: Buffer) {
  return call('ledger.parse', { fileName, base64: bytes.toString('base64') });
}

async function importAll(fileId: string, columns: (LedgerField | null)[], chunk = 10) {
  let from = 0;
  const sum = { imported: 0, alreadyImported: 0, badRows: 0, repeatParties: 0, calls: 0 };
  for (;;) {
    const r = await call('ledger.import', { fileId, columns, fromIndex: from, count: chunk });
    sum.imported += r.imported;
    sum.alreadyImported += r.alreadyImported;
    sum.badRows += r.badRows;
    sum.repeatParties += r.repeatParties;
    sum.calls += 1;
    if (r.done) return sum;
    from = r.nextIndex;
  }
}

async function caseCount(): Promise<number> {
  return (await call('case.list', { pageSize: 1 })).total;
}

function goodRows(rows: readonly LedgerFixtureRow[], bad: Readonly<Record<number, BadKind>>) {
  return rows.filter((_, i) => bad[i] === undefined);
}

test('a realistic .xlsx ledger: header found under the title, dry run names exactly the bad rows, then import, re-import, overlap', async () => {
  await call('mediator.create', { name: '刘明', employment: 'full_time' });
  // A case already in the program whose applicant reappears in the ledger (row 5): linked by ID number.
  await call('case.create', {
    title: '既有案件',
    summary: '此前登记的纠纷',
    disputeType: 'neighbourhood',
    parties: [{ role: 'applicant', name: '某人', idNumber: validIdNumber(5) }],
  });
  const rows = ledgerRows({ rows: 40, bad: BAD, mediator: '刘明' });
  const preview = await upload('尧化2026台账.xlsx', await ledgerXlsx(rows));
  expect(preview.format).toBe('xlsx');
  expect(preview.headerRows).toEqual([2, 3]);
  expect(preview.rowCount).toBe(40);
  expect(preview.columns.map((c) => c.field)).toEqual([
    'seq',
    'caseNo',
    'registeredOn',
    'acceptedOn',
    'applicantName',
    'applicantIdNumber',
    'applicantPhone',
    'respondentName',
    'respondentPhone',
    'disputeType',
    'summary',
    'outcome',
    'amount',
    'mediator',
    'closedOn',
  ]);
  const columns = preview.columns.map((c) => c.field);

  const dry = await call('ledger.dryRun', { fileId: preview.fileId, columns });
  expect(dry.total).toBe(40);
  expect(dry.importable).toBe(35);
  expect(dry.badRows).toBe(5);
  expect(dry.errors.map((e) => [e.rowNo, e.column])).toEqual([
    [xlsxRow(3), '申请人/身份证号码'],
    [xlsxRow(8), '矛盾纠纷类型'],
    [xlsxRow(12), '办结日期'],
    [xlsxRow(17), '申请人/姓名'],
    [xlsxRow(25), '矛盾纠纷类型'],
  ]);
  expect(dry.errors[1]!.message).toContain('外星人纠纷');
  expect(dry.unknownDisputeTypes).toEqual(['外星人纠纷']);
  // Mapped by hand on the page, the row becomes good.
  const mapped = await call('ledger.dryRun', {
    fileId: preview.fileId,
    columns,
    disputeTypes: { 外星人纠纷: 'other' },
  });
  expect(mapped).toMatchObject({ badRows: 4, importable: 36, unknownDisputeTypes: [] });
  expect(dry.errors[2]!.message).toMatch(/结案日期（.*）不能早于受理日期/);
  expect(dry.errors[3]!.message).toBe('申请人为空');
  // 赵六 is not on the roster: imported, unassigned, said so.
  expect(dry.warnings.some((w) => w.column === '承办人' && w.message.includes('赵六'))).toBe(true);
  // The dry run wrote nothing.
  expect(await caseCount()).toBe(1);

  const first = await importAll(preview.fileId, columns);
  expect(first).toMatchObject({ imported: 35, alreadyImported: 0, badRows: 5, calls: 4 });
  expect(first.repeatParties).toBe(1);
  const repeat = (await call('case.list', { search: '栖尧人调字第6号', pageSize: 5 })).rows.find(
    (r) => r.caseNo === '（2026）栖尧人调字第6号',
  )!;
  const [repeatEvent] = await call('case.timeline', { caseId: repeat.id });
  expect(repeatEvent!.summary).toContain('（证件号码相同）在其他 1 件案件中出现过：既有案件');
  expect(await caseCount()).toBe(36);

  // The same file again: nothing new.
  const again = await upload('尧化2026台账.xlsx', await ledgerXlsx(rows));
  const dryAgain = await call('ledger.dryRun', { fileId: again.fileId, columns });
  expect(dryAgain).toMatchObject({ importable: 0, alreadyImported: 35, badRows: 5 });
  expect(await importAll(again.fileId, columns)).toMatchObject({ imported: 0, alreadyImported: 35 });
  expect(await caseCount()).toBe(36);

  // An overlapping export of the same ledger, as GBK CSV from WPS, five rows longer.
  const longer = ledgerRows({ rows: 45, bad: BAD, mediator: '刘明' });
  const csv = await upload('尧化台账-WPS导出.csv', ledgerCsv(longer, 'gbk'));
  expect(csv.encoding).toBe('gb18030');
  expect(csv.rowCount).toBe(45);
  expect(csv.sample[0]!.cells[4]).toBe(longer[0]!.applicant);
  const csvColumns = csv.columns.map((c) => c.field);
  const dryCsv = await call('ledger.dryRun', { fileId: csv.fileId, columns: csvColumns });
  expect(dryCsv).toMatchObject({ importable: 5, alreadyImported: 35, badRows: 5 });
  expect(dryCsv.errors.map((e) => e.rowNo)).toEqual(Object.keys(BAD).map((i) => csvRow(Number(i))));
  expect(await importAll(csv.fileId, csvColumns, 500)).toMatchObject({ imported: 5, alreadyImported: 35 });
  expect(await caseCount()).toBe(41);

  // Each imported case says where it came from; the live counter continues after the imported numbers.
  const list = await call('case.list', { search: '栖尧人调字第1号', pageSize: 5 });
  const imported = list.rows.find((r) => r.caseNo === '（2026）栖尧人调字第1号')!;
  const timeline = await call('case.timeline', { caseId: imported.id });
  expect(timeline[0]).toMatchObject({ action: 'import' });
  expect(timeline[0]!.summary).toContain('《尧化2026台账.xlsx》第 4 行');
  const detail = await call('case.get', { id: imported.id });
  expect(detail.registeredAt.slice(0, 10)).toBe(rows[0]!.registeredOn);
  expect(detail.acceptedOn).toBe(rows[0]!.acceptedOn);

  const live = await call('case.create', {
    title: '新登记的纠纷',
    summary: '当场登记',
    parties: [{ role: 'applicant', name: '钱七' }],
  });
  const accepted = await call('case.accept', {
    caseId: live.id,
    expectedVersion: live.version,
    acceptedOn: '2026-11-22',
    consentMode: 'all_parties_consented',
  });
  expect(accepted.caseNo).toBe('（2026）栖尧人调字第46号');
});

test('imported cases count in the monthly reports by their real dates, and can be completed afterwards', async () => {
  const rows = ledgerRows({ rows: 30, bad: BAD });
  const preview = await upload('台账.xlsx', await ledgerXlsx(rows));
  const columns = preview.columns.map((c) => c.field);
  await importAll(preview.fileId, columns, 500);
  const good = goodRows(rows, BAD);
  for (const month of [1, 3, 7]) {
    const inMonth = good.filter((r) => r.acceptedOn.startsWith(`2026-${String(month).padStart(2, '0')}`));
    const report = await call('stats.report', { period: 'month', year: 2026, month });
    const total = report.caseTable.find((r) => r.key === 'total')!;
    expect([month, total.current.accepted]).toEqual([month, inMonth.length]);
    // Classified as of the month's last day: an agreement reached later is still pending then.
    const lastDay = new Date(Date.UTC(2026, month, 0)).toISOString().slice(0, 10);
    const success = inMonth.filter(
      (r) => ['调解成功', '达成协议', '成功', '调处成功'].includes(r.outcome) && r.closedOn <= lastDay,
    );
    expect([month, total.current.success]).toEqual([month, success.length]);
  }
  // A row without an outcome is an open case (调解中) that continues through the normal steps.
  const openRow = good.find((r) => r.outcome === '')!;
  const found = await call('case.list', { search: openRow.caseNo, pageSize: 5 });
  const open = await call('case.get', { id: found.rows[0]!.id });
  expect(open.status).toBe('in_mediation');
  const updated = await call('case.update', {
    caseId: open.id,
    expectedVersion: open.version,
    fields: { summary: `${open.summary}（已补充卷宗材料）` },
  });
  expect(updated.summary).toContain('已补充');
});

test('a UTF-8 CSV with a byte-order mark and no 案号: rows keyed by their content, so re-import adds nothing', async () => {
  const rows = ledgerRows({ rows: 12, caseNumbers: false, year: 2025 });
  const bytes = ledgerCsv(rows, 'utf-8-bom');
  const preview = await upload('台账（UTF-8）.csv', bytes);
  expect(preview.encoding).toBe('utf-8-bom');
  expect(preview.columns[0]!.header).toBe('序号');
  const columns = preview.columns.map((c) => c.field);
  expect(await importAll(preview.fileId, columns)).toMatchObject({ imported: 12, badRows: 0 });
  const again = await upload('台账（UTF-8）副本.csv', bytes);
  expect(await importAll(again.fileId, columns)).toMatchObject({ imported: 0, alreadyImported: 12 });
  expect(await caseCount()).toBe(12);
});

test('a 案号 already used by a live case is a bad row; duplicates inside one file are named', async () => {
  const live = await call('case.create', {
    title: '现场登记',
    summary: '现场登记的纠纷',
    parties: [{ role: 'applicant', name: '钱七' }],
  });
  await call('case.accept', {
    caseId: live.id,
    expectedVersion: live.version,
    acceptedOn: '2026-11-22',
    consentMode: 'all_parties_consented',
  });
  const rows = ledgerRows({ rows: 4 });
  const withDuplicate = [...rows, rows[2]!];
  const preview = await upload('台账.csv', ledgerCsv(withDuplicate, 'utf-8'));
  const dry = await call('ledger.dryRun', {
    fileId: preview.fileId,
    columns: preview.columns.map((c) => c.field),
  });
  expect(dry.errors).toEqual([
    { rowNo: 2, column: '案号', message: '案号“（2026）栖尧人调字第1号”已被系统中的其他案件使用' },
    { rowNo: 6, column: '案号', message: '案号“（2026）栖尧人调字第3号”与第 4 行重复' },
  ]);
});

test('mapping, file and permission errors are coded, in Chinese, and change nothing', async () => {
  const bytes = await ledgerXlsx(ledgerRows({ rows: 3 }));
  const preview = await upload('台账.xlsx', bytes);
  const columns = preview.columns.map((c) => (c.field === 'applicantName' ? null : c.field));
  const missing = await callApi(core, 'ledger.dryRun', { fileId: preview.fileId, columns }, token);
  expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!missing.ok) expect(missing.error.message).toContain('申请人');
  const twice = preview.columns.map((c) => (c.field === 'seq' ? 'caseNo' : c.field));
  const doubled = await callApi(core, 'ledger.dryRun', { fileId: preview.fileId, columns: twice }, token);
  expect(doubled).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  const garbage = await callApi(
    core,
    'ledger.parse',
    { fileName: '台账.xlsx', base64: Buffer.from('not a zip').toString('base64') },
    token,
  );
  expect(garbage).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const xls = await callApi(
    core,
    'ledger.parse',
    { fileName: '台账.xls', base64: bytes.toString('base64') },
    token,
  );
  expect(xls).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const noHeader = await callApi(
    core,
    'ledger.parse',
    { fileName: 'x.csv', base64: Buffer.from('a,b\n1,2\n').toString('base64') },
    token,
  );
  expect(noHeader).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const expired = await callApi(core, 'ledger.import', { fileId: 'nope', columns: [], fromIndex: 0 }, token);
  expect(expired).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  const intake = await loginAs(core, token, 'intake');
  const denied = await callApi(
    core,
    'ledger.parse',
    { fileName: '台账.xlsx', base64: bytes.toString('base64') },
    intake,
  );
  expect(denied).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  const reviewer = await loginAs(core, token, 'reviewer');
  expect(await callApi(core, 'ledger.template', {}, reviewer)).toMatchObject({ ok: true });
  expect(await caseCount()).toBe(0);
});

test('the template downloads and is recognised as it is', async () => {
  const template = await call('ledger.template', {});
  expect(template.fileName).toMatch(/\.xlsx$/);
  const preview = await upload(template.fileName, Buffer.from(template.base64, 'base64'));
  expect(preview.headerRows).toEqual([2]);
  expect(preview.columns.every((c) => c.field !== null)).toBe(true);
  expect(preview.rowCount).toBe(1);
});

test('a minimal ledger with one 当事人 column: both parties come in, the case is open (调解中)', async () => {
  const csv = '序号,当事人,案件类型,受理日期,电话\r\n1,张三与李四,邻里,2026/3/2,13912345678\r\n';
  const preview = await upload('简易台账.csv', Buffer.from(csv));
  const columns = preview.columns.map((c) => c.field);
  expect(columns).toEqual(['seq', 'applicantName', 'disputeType', 'acceptedOn', 'applicantPhone']);
  expect(await importAll(preview.fileId, columns)).toMatchObject({ imported: 1, badRows: 0 });
  const [row] = (await call('case.list', {})).rows;
  const detail = await call('case.get', { id: row!.id });
  expect(detail.title).toBe('张三与李四邻里纠纷');
  expect(detail.parties.map((p) => [p.role, p.name])).toEqual([
    ['applicant', '张三'],
    ['respondent', '李四'],
  ]);
  expect(detail.status).toBe('in_mediation');
  expect(detail.acceptedOn).toBe('2026-03-02');
  expect(detail.dueDate).not.toBeNull();
});
