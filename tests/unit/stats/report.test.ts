import { afterEach, beforeEach, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { openCaseKit, type CaseKit } from '../cases/caseKit.ts';
import { createStatsService } from '../../../src/main/services/statsService.ts';
import { statsCasesInput, statsReportInput } from '../../../src/shared/schemas/stats.ts';
import type { StatsReport } from '../../../src/shared/types/stats.ts';
import { resolvePeriod } from '../../../src/shared/stats/periods.ts';
import { seedFixture } from './statsFixture.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit({ level: 'district' });
});
afterEach(() => kit.close());

const march = { period: 'month', year: 2026, month: 3 } as const;
const stats = () => createStatsService(kit.deps);
const row = (report: StatsReport, key: string) => report.caseTable.find((r) => r.key === key)!;
const metric = (report: StatsReport, key: string) => report.metrics.find((m) => m.key === key)!;

test('periods: month, quarter, year and custom with 本年累计, 同比 and 环比 ranges', () => {
  expect(resolvePeriod({ period: 'month', year: 2026, month: 3 })).toMatchObject({
    current: { from: '2026-03-01', to: '2026-03-31', label: '2026年3月' },
    yearToDate: { from: '2026-01-01', to: '2026-03-31' },
    lastYear: { from: '2025-03-01', to: '2025-03-31' },
    previous: { from: '2026-02-01', to: '2026-02-28' },
  });
  expect(resolvePeriod({ period: 'month', year: 2026, month: 1 }).previous).toMatchObject({
    from: '2025-12-01',
    to: '2025-12-31',
  });
  expect(resolvePeriod({ period: 'quarter', year: 2026, quarter: 1 })).toMatchObject({
    current: { from: '2026-01-01', to: '2026-03-31' },
    previous: { from: '2025-10-01', to: '2025-12-31' },
  });
  expect(resolvePeriod({ period: 'year', year: 2024 }).current).toMatchObject({
    from: '2024-01-01',
    to: '2024-12-31',
  });
  expect(resolvePeriod({ period: 'month', year: 2024, month: 2 }).lastYear).toMatchObject({
    from: '2023-02-01',
    to: '2023-02-28',
  });
  // 同比 of a whole month is the whole month a year earlier, 29 February included.
  expect(resolvePeriod({ period: 'month', year: 2025, month: 2 }).lastYear).toMatchObject({
    from: '2024-02-01',
    to: '2024-02-29',
  });
  expect(resolvePeriod({ period: 'quarter', year: 2025, quarter: 1 }).lastYear.to).toBe('2024-03-31');
  expect(
    resolvePeriod({ period: 'custom', year: 2025, from: '2025-02-10', to: '2025-02-20' }).lastYear,
  ).toMatchObject({ from: '2024-02-10', to: '2024-02-20' });
  expect(
    resolvePeriod({ period: 'custom', year: 2026, from: '2026-03-11', to: '2026-03-20' }).previous,
  ).toMatchObject({ from: '2026-03-01', to: '2026-03-10' });
});

test('table A for March 2026 matches the hand count', async () => {
  await seedFixture(kit.deps.db);
  const report = await stats().report(statsReportInput.parse(march));
  // Accepted in March, not voided: C1 C2 C3 C4 C8 C9 (C7 is voided, C5 is February, C6 is 2025).
  expect(row(report, 'total').current).toEqual({
    accepted: 6,
    initiative: 1, // C2 排查发现
    application: 3, // C1 C4 C8
    referral: 2, // C3 法院委派, C9 12345
    success: 2, // C1 written, C2 oral
    oral: 1,
    written: 1,
    failed: 2, // C3 terminated, C9 transferred on 31 March
    pending: 2, // C4, and C8 whose agreement came in April
    amountFen: 3_560_000, // only C1 (C8's agreement is after the period)
    performed: 1, // C1 performed on 20 March
    confirmationApplied: 1,
    confirmed: 1,
  });
  expect(row(report, 'neighbourhood').current).toMatchObject({
    accepted: 2,
    success: 2,
    oral: 1,
    written: 1,
  });
  expect(row(report, 'labour').current).toMatchObject({
    accepted: 2,
    failed: 1,
    pending: 1,
    referral: 1,
    application: 1,
  });
  expect(row(report, 'contract').current).toMatchObject({ accepted: 1, pending: 1, amountFen: 0 });
  expect(row(report, 'medical').current.accepted).toBe(0);
  expect(report.caseTable).toHaveLength(16);

  // 本年累计 (1 Jan – 31 Mar) adds C5 (February) and C11 (January); 同比 is C6; 环比 is C5.
  expect(row(report, 'total').yearToDate).toMatchObject({
    accepted: 8,
    success: 3,
    failed: 3,
    pending: 2,
    amountFen: 4_560_000,
  });
  expect(row(report, 'other').yearToDate).toMatchObject({ accepted: 2, failed: 2 });
  expect(row(report, 'total').lastYear).toMatchObject({ accepted: 1, success: 1 });
  expect(row(report, 'total').previous).toMatchObject({ accepted: 1, success: 1, amountFen: 1_000_000 });
  expect(report.charts.byMonth.slice(0, 4).map((p) => [p.label, p.accepted, p.success])).toEqual([
    ['1月', 1, 0],
    ['2月', 1, 1],
    ['3月', 6, 2],
    ['4月', 0, 0],
  ]);
  expect(report.charts.bySource.map((p) => [p.key, p.accepted]).sort()).toEqual([
    ['court_assigned', 1],
    ['hotline_transfer', 1],
    ['party_application', 3],
    ['screening', 1],
  ]);
});

test('metrics, prevention, organisation and mediator tables', async () => {
  await seedFixture(kit.deps.db);
  const report = await stats().report(statsReportInput.parse(march));
  expect(metric(report, 'successRate')).toMatchObject({
    numerator: 2,
    denominator: 6,
    percent: 33.3,
    lastYearPercent: 100,
    previousPercent: 100,
  });
  expect(metric(report, 'within30Rate')).toMatchObject({ numerator: 4, denominator: 4, percent: 100 });
  // C1 and C2 had a follow-up due by 31 March; only C1's was done.
  expect(metric(report, 'followUpRate')).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
  // C1: one 满意, one 不满意.
  expect(metric(report, 'satisfactionRate')).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
  // The home organisation is a district centre: only the village committee's C2 is 基层化解.
  expect(metric(report, 'basicLevelRate')).toMatchObject({ numerator: 1, denominator: 6, percent: 16.7 });
  expect(metric(report, 'successRate').definition).toContain('调解成功数 ÷ 受理数');

  expect(report.prevention).toMatchObject({ screenings: 2, disputesFound: 8, casesFromScreening: 1 });
  expect(report.prevention.prevented.find((p) => p.kind === 'prevented_suicide')).toMatchObject({
    cases: 1,
    persons: 2,
  });

  expect(report.organisations.map((o) => [o.level, o.accepted, o.success, o.mediators])).toEqual([
    ['district', 5, 1, 1],
    ['village', 1, 1, 0],
  ]);
  expect(report.mediators.map((m) => [m.name, m.accepted, m.success, m.decided, m.within30])).toEqual([
    ['陈调解', 2, 1, 2, 2],
  ]);

  // Without subordinates the village committee's cases drop out.
  const homeOnly = await stats().report(statsReportInput.parse({ ...march, includeSubordinates: false }));
  expect(row(homeOnly, 'total').current.accepted).toBe(5);

  // Quarter 1: C11 took 46 days (1 of 5 decided cases outside 30 days).
  const q1 = await stats().report(statsReportInput.parse({ period: 'quarter', year: 2026, quarter: 1 }));
  expect(metric(q1, 'within30Rate')).toMatchObject({ numerator: 5, denominator: 6 });
});

test('drill-down returns exactly the cases behind a number', async () => {
  await seedFixture(kit.deps.db);
  const titles = async (extra: Record<string, unknown>) => {
    const page = await stats().cases(statsCasesInput.parse({ ...march, ...extra }), null);
    return { titles: page.rows.map((r) => r.title).sort(), total: page.total };
  };
  expect(await titles({ column: 'accepted' })).toEqual({
    titles: ['C1号案件', 'C2号案件', 'C3号案件', 'C4号案件', 'C8号案件', 'C9号案件'],
    total: 6,
  });
  expect(await titles({ column: 'failed' })).toEqual({ titles: ['C3号案件', 'C9号案件'], total: 2 });
  expect(await titles({ column: 'failed', disputeType: 'labour' })).toEqual({
    titles: ['C3号案件'],
    total: 1,
  });
  expect(await titles({ column: 'pending' })).toEqual({ titles: ['C4号案件', 'C8号案件'], total: 2 });
  expect(await titles({ column: 'oral' })).toEqual({ titles: ['C2号案件'], total: 1 });
  expect(await titles({ column: 'success', range: 'yearToDate' })).toEqual({
    titles: ['C1号案件', 'C2号案件', 'C5号案件'],
    total: 3,
  });
  expect(await titles({ column: 'accepted', range: 'lastYear' })).toEqual({ titles: ['C6号案件'], total: 1 });
  expect(await titles({ column: 'followUpDue' })).toEqual({ titles: ['C1号案件', 'C2号案件'], total: 2 });
  expect(await titles({ column: 'accepted', mediatorId: '00000000-0000-4000-8000-00000000b001' })).toEqual({
    titles: ['C1号案件', 'C3号案件'],
    total: 2,
  });
  expect(
    await titles({ column: 'accepted', cellOrganisationId: '00000000-0000-4000-8000-00000000a001' }),
  ).toEqual({ titles: ['C2号案件'], total: 1 });
  const paged = await stats().cases(
    statsCasesInput.parse({ ...march, column: 'accepted', pageSize: 4, page: 2 }),
    null,
  );
  expect(paged.rows).toHaveLength(2);
  expect(paged.total).toBe(6);
});

test('the .xlsx export reads back with the official layout and the same numbers', async () => {
  await seedFixture(kit.deps.db);
  const file = await stats().exportReport(statsReportInput.parse(march));
  expect(file.fileName).toBe('人民调解统计报表（2026年3月）.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['案件情况', '预防与排查', '组织队伍', '指标']);
  const a = book.getWorksheet('案件情况')!;
  expect(a.getCell('A1').value).toBe('人民调解案件情况统计表（2026年3月）');
  expect(a.getCell('Q1').master.address).toBe('A1');
  expect(a.getCell('U2').value).toBe('单位：件、万元');
  // Merged group headings over their sub-columns, and single headings over both header rows.
  expect(a.getCell('C3').value).toBe('案件来源');
  expect(a.getCell('E3').master.address).toBe('C3');
  expect(a.getCell('F3').value).toBe('调解结果');
  expect(a.getCell('J3').master.address).toBe('F3');
  expect(a.getCell('B4').master.address).toBe('B3');
  expect(a.getCell('E4').value).toBe('接受委托移送调解');
  // Row 5 is 婚姻家庭纠纷 … row 20 is 合计.
  expect(a.getCell('A5').value).toBe('婚姻家庭纠纷');
  expect(a.getCell('A20').value).toBe('合计');
  expect(a.getCell('B20').value).toBe(6);
  expect(a.getCell('F20').value).toBe(2);
  expect(a.getCell('K20').value).toBe(3.56);
  expect(a.getCell('O20').value).toBe(8);
  expect(a.getCell('P20').value).toBe(500); // 6 vs 1 a year earlier: +500%
  expect(a.getCell('B6').value).toBe(2); // 邻里纠纷
  expect(a.getCell('B20').border.top?.style).toBe('thin');
  expect(a.getCell('A3').border.left?.style).toBe('thin');

  const b = book.getWorksheet('预防与排查')!;
  expect([b.getCell('A5').value, b.getCell('B5').value, b.getCell('C5').value]).toEqual([2, 8, 1]);
  const m = book.getWorksheet('指标')!;
  expect(m.getCell('A5').value).toBe('调解成功率');
  expect(m.getCell('B5').value).toBe(33.3);
  expect(String(m.getCell('G5').value)).toContain('调解成功数 ÷ 受理数');
});
