import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { reportWorkbook } from '../../../src/main/services/reports/reportWorkbook.ts';
import { createStatsService } from '../../../src/main/services/statsService.ts';
import { statsReportInput } from '../../../src/shared/schemas/stats.ts';
import { apportion } from '../../../src/shared/stats/apportion.ts';
import type { StatsReport } from '../../../src/shared/types/stats.ts';
import { openCaseKit, type CaseKit } from '../cases/caseKit.ts';
import { seedFixture } from './statsFixture.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit({ level: 'district' });
});
afterEach(() => kit.close());

const march = { period: 'month', year: 2026, month: 3 } as const;

test('rounding: the rows as printed add up to the 合计 as printed (largest remainder)', () => {
  // Three rows of 3.88633 万元: rounded alone they print 3.89 each (11.67) under a total of 11.66.
  const fens = [3_886_330, 3_886_330, 3_886_330];
  const rounded = apportion(fens, 10_000);
  expect(rounded.reduce((sum, value) => sum + value, 0)).toBe(Math.round(11_658_990 / 10_000));
  expect(rounded).toEqual([389, 389, 388]);
  expect(apportion([0, 0], 10_000)).toEqual([0, 0]);
});

async function workbook(report: StatsReport): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await reportWorkbook(report, '2026-04-03')) as unknown as ArrayBuffer);
  return book;
}

test('the .xlsx prints each table on one page, rows summing to the 合计, Chinese dates and the signing line', async () => {
  await seedFixture(kit.deps.db);
  const report = await createStatsService(kit.deps).report(statsReportInput.parse(march));
  // Amounts that do not round evenly: each type row 1.166 万元 and a bit.
  const odd = (index: number) => 11_658_900 + index * 37;
  const caseTable = report.caseTable.map((row, index, all) =>
    index < all.length - 1
      ? { ...row, current: { ...row.current, amountFen: odd(index) } }
      : {
          ...row,
          current: {
            ...row.current,
            amountFen: all.slice(0, -1).reduce((sum, _row, i) => sum + odd(i), 0),
          },
        },
  );
  const book = await workbook({ ...report, caseTable });
  const a = book.getWorksheet('案件情况')!;
  const rows = caseTable.length;
  const printed = Array.from({ length: rows - 1 }, (_, i) => Number(a.getCell(5 + i, 11).value));
  const total = Number(a.getCell(4 + rows, 11).value);
  expect(Math.round(printed.reduce((sum, value) => sum + value, 0) * 100)).toBe(Math.round(total * 100));
  for (const value of printed) expect(Math.round(value * 100)).toBe(value * 100);

  for (const sheet of book.worksheets) {
    expect(sheet.pageSetup.fitToPage, sheet.name).toBe(true);
    expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
    expect(sheet.pageSetup.fitToHeight, sheet.name).toBe(1);
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    const all = texts.join('\n');
    expect(all, sheet.name).toContain('填表人：');
    expect(all, sheet.name).toContain('审核人：');
    expect(all, sheet.name).toContain('填报日期：2026年4月3日');
    expect(all, sheet.name).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }
  expect(String(a.getCell(6 + rows, 1).value)).toContain('统计期间：2026年3月1日至2026年3月31日');

  // 本年累计, 同比 and 环比 for 受理数, 调解成功数 and 协议金额.
  expect([a.getCell('O3').value, a.getCell('R3').value, a.getCell('U3').value]).toEqual([
    '受理数',
    '调解成功数',
    '协议金额（万元）',
  ]);
  const totalRow = report.caseTable.at(-1)!;
  expect(a.getCell(4 + rows, 18).value).toBe(totalRow.yearToDate.success);
  expect(a.getCell(4 + rows, 21).value).toBe(Math.round(totalRow.yearToDate.amountFen / 10_000) / 100);

  // The 指标 口径 wraps inside its cell instead of running over the border.
  const m = book.getWorksheet('指标')!;
  expect(m.getCell('G5').alignment?.wrapText).toBe(true);
});

test('chart and table agree: last month’s bar equals the 上期 (环比) column, this month’s bar the 本期 column', async () => {
  await seedFixture(kit.deps.db);
  // Reported in April: a case accepted in March reached its agreement on 25 April. March's report (and
  // so April's 上期 column) counted it as 正在调解; the March bar must too.
  const april = await createStatsService(kit.deps).report(
    statsReportInput.parse({ period: 'month', year: 2026, month: 4 }),
  );
  const totalRow = april.caseTable.at(-1)!;
  const bar = (month: number) => april.charts.byMonth[month - 1]!;
  expect({ accepted: bar(3).accepted, success: bar(3).success }).toEqual({
    accepted: totalRow.previous.accepted,
    success: totalRow.previous.success,
  });
  expect({ accepted: bar(4).accepted, success: bar(4).success }).toEqual({
    accepted: totalRow.current.accepted,
    success: totalRow.current.success,
  });
  expect(bar(3).accepted).toBeGreaterThan(0);
});
