/**
 * The search box and the 统计 page in Chromium against the real host. Cases are set up through the
 * API; searching, reading the report, drilling into a number and exporting go through the UI.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let dataDir: string;
let desk: Desk;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-search-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  const register = (
    title: string,
    summary: string,
    disputeType: 'neighbourhood' | 'labour',
    names: [string, string],
  ) =>
    desk.call('case.create', {
      title,
      summary,
      disputeType,
      source: 'party_application',
      parties: [
        { role: 'applicant', name: names[0] },
        { role: 'respondent', name: names[1] },
      ],
    });
  const leak = await register(
    '张建国与李卫东邻里纠纷',
    '楼上卫生间漏水导致楼下天花板受损。',
    'neighbourhood',
    ['张建国', '李卫东'],
  );
  const wage = await register('王小明欠薪纠纷', '工地拖欠三个月工资。', 'labour', [
    '王小明',
    '南京宁馨建筑有限公司',
  ]);
  await register('赵六与钱七邻里纠纷', '楼道堆放杂物。', 'neighbourhood', ['赵六', '钱七']);
  for (const c of [leak, wage]) {
    await desk.call('case.accept', {
      caseId: c.id,
      expectedVersion: c.version,
      acceptedOn: today,
      consentMode: 'all_parties_consented',
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

test('the header search box finds cases by 1, 2 and 3+ characters and highlights the match', async () => {
  const page = await openLoggedIn(browser, desk, '#/');
  const box = page.getByRole('textbox', { name: '搜索案件' });
  await box.fill('漏水');
  await box.press('Enter');
  await expect.poll(() => decodeURIComponent(page.url())).toMatch(/\?q=漏水#\/search$/);
  const hits = page.getByTestId('search-hit');
  await expect.poll(() => hits.count()).toBe(1);
  await expect.poll(() => hits.first().textContent()).toContain('张建国与李卫东邻里纠纷');
  expect(await hits.first().locator('mark').first().textContent()).toBe('漏水');

  await page.goto(`${desk.host.url}/?q=${encodeURIComponent('邻里纠纷')}#/search`);
  await expect.poll(() => page.getByTestId('search-total').textContent()).toContain('找到 2 件');

  await page.goto(`${desk.host.url}/?q=${encodeURIComponent('王')}#/search`);
  await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);

  // FTS syntax typed into the box is only text: no error, just no match.
  await page.goto(`${desk.host.url}/?q=${encodeURIComponent('"漏 AND * -水 NEAR(')}#/search`);
  await expect.poll(() => page.getByText('没有找到符合的案件').count()).toBe(1);

  // A hit opens the case.
  await page.goto(`${desk.host.url}/?q=${encodeURIComponent('南京宁馨建筑')}#/search`);
  await page.getByRole('link', { name: '王小明欠薪纠纷' }).click();
  await expect.poll(() => page.url()).toMatch(/#\/cases\/[0-9a-f-]{36}$/);
  await page.context().close();
});

test('the 统计 page shows the report, drills into a number and exports the official table', async () => {
  const page = await openLoggedIn(browser, desk, '#/stats');
  await page.getByText('年报', { exact: true }).click();
  const year = today.slice(0, 4);
  await expect
    .poll(() => page.getByTestId('report-title').textContent())
    .toBe(`人民调解案件情况统计表（${year}年）`);
  const total = page.getByRole('button', { name: '合计 · 受理（调解）纠纷数' });
  await expect.poll(() => total.textContent()).toBe('2');
  expect(await page.getByRole('button', { name: '邻里纠纷 · 受理（调解）纠纷数' }).textContent()).toBe('1');
  expect(await page.getByTestId('metrics').textContent()).toContain('调解成功数 ÷ 受理数');

  await page.getByRole('button', { name: '劳动争议纠纷 · 正在调解数' }).click();
  const dialog = page.getByRole('dialog', { name: '劳动争议纠纷 · 正在调解数' });
  await expect.poll(() => dialog.getByRole('link').allTextContents()).toEqual(['王小明欠薪纠纷']);
  await page.keyboard.press('Escape');

  // 预防与排查 entered on the page shows in table B.
  await page.getByRole('button', { name: '登记预防与排查' }).click();
  const form = page.getByRole('form', { name: '登记预防与排查' });
  await form.getByLabel('件数（排查时为发现纠纷数）').fill('3');
  await form.getByRole('button', { name: '登记' }).click();
  await expect
    .poll(async () =>
      (await page.getByTestId('prevention-table').locator('tbody td').allTextContents()).slice(0, 2),
    )
    .toEqual(['1', '3']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`人民调解统计报表（${year}年）.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('案件情况')!;
  expect(sheet.getCell('A1').value).toBe(`人民调解案件情况统计表（${year}年）`);
  expect(sheet.getCell('B20').value).toBe(2);
  expect(sheet.getCell('E3').master.address).toBe('C3');
  await page.context().close();
});
