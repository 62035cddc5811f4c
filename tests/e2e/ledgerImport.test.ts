import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';
import { ledgerRows, ledgerXlsx } from '../fixtures/ledger/buildLedger.ts';

let browser: Browser;
let dataDir: string;
let desk: Desk;

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = makeTempDir('mediation-e2e-ledger-');
  desk = await startDesk(dataDir);
}, 60_000);
afterAll(async () => {
  await browser.close();
  await desk.host.stop();
  removeTempDir(dataDir);
});

test('导入台账 through the UI: upload, correct a column, dry run, map an unknown type, import with progress', async () => {
  const rows = ledgerRows({ rows: 12, bad: { 3: 'id_checksum', 8: 'unknown_type' } });
  const xlsx = await ledgerXlsx(rows);
  const page = await openLoggedIn(browser, desk, '#/cases');
  await page.getByRole('link', { name: '导入台账' }).click();
  await page.getByRole('heading', { name: '导入台账' }).waitFor();

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /选择台账文件/ }).click(),
  ]);
  await chooser.setFiles({
    name: '尧化2026台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  });
  await page.getByText('表头在第 2、3 行，数据 12 行').waitFor();
  const mapping = page.getByRole('table', { name: '列对应关系' });
  expect(
    await mapping.getByRole('combobox', { name: '第 11 列“简要案情”导入为', exact: true }).inputValue(),
  ).toBe('纠纷简要情况');
  // The user decides not to import the 承办人 column.
  await mapping.getByRole('combobox', { name: '第 14 列“承办人”导入为', exact: true }).click();
  await page.getByRole('option', { name: '（不导入）' }).click();
  expect(
    await mapping.getByRole('combobox', { name: '第 14 列“承办人”导入为', exact: true }).inputValue(),
  ).toBe('（不导入）');

  await page.getByRole('button', { name: /试导入/ }).click();
  await page.getByText('共 12 行：可导入 10 行，以前已导入 0 行（将跳过），有问题 2 行').waitFor();
  const issues = page.getByRole('table', { name: '有问题的行' });
  await issues.getByRole('cell', { name: '7', exact: true }).waitFor();
  await issues.getByRole('cell', { name: '12', exact: true }).waitFor();
  expect(await issues.innerText()).toContain('外星人纠纷');
  // Nothing was written by the dry run.
  expect((await desk.call('case.list', {})).total).toBe(0);

  // Map the unknown dispute type by hand and check again.
  await page.getByRole('combobox', { name: '“外星人纠纷”按此类型导入', exact: true }).click();
  await page.getByRole('option', { name: '其他纠纷' }).click();
  await page.getByText('列的对应关系或纠纷类型已改动，请重新试导入。').waitFor();
  await page.getByRole('button', { name: /试导入/ }).click();
  await page.getByText('共 12 行：可导入 11 行，以前已导入 0 行（将跳过），有问题 1 行').waitFor();

  await page.getByRole('button', { name: '导入 11 行合格的数据' }).click();
  const done = page.getByRole('alert').filter({ hasText: '导入完成' });
  await done.waitFor();
  expect(await done.innerText()).toContain('新导入 11 件案件');
  expect(await page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')).toBe('100');
  expect((await desk.call('case.list', {})).total).toBe(11);

  // The imported case shows where it came from on its timeline.
  const listed = await desk.call('case.list', { search: '栖尧人调字第1号' });
  await page.goto(`${desk.host.url}/#/cases/${listed.rows[0]!.id}`);
  await page.getByText('导入：台账《尧化2026台账.xlsx》第 4 行').waitFor();
  await page.getByRole('tab', { name: '时间线' }).click();
  await page.getByText('导入：据台账《尧化2026台账.xlsx》第 4 行补入', { exact: false }).waitFor();
  await page.close();
}, 120_000);
