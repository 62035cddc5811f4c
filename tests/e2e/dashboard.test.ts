import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatChineseDate } from '../../src/shared/format/chineseDate.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { neighbourCase } from '../unit/cases/caseKit.ts';
import { callAsPage, setUpAndLogIn } from './caseHelpers.ts';

let browser: Browser;
let host: HostProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-dashboard-');
  [browser, host] = await Promise.all([launchChromium(), startHost(dataDir)]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDir(dataDir);
});

test('工作台 shows an accepted case with its due date; roster, organisation and holiday settings work', async () => {
  const page = await setUpAndLogIn(browser, host);

  // Zero data: the dashboard says so instead of showing empty tables.
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  await page.getByText('目前没有待办工作').waitFor();
  expect(await page.getByRole('group', { name: '在办案件' }).textContent()).toContain('0');

  // A mediator through the roster UI; the schema's message shows before anything is sent.
  await page.getByRole('link', { name: '调解员' }).click();
  await page.getByText('还没有登记调解员').waitFor();
  await page.getByRole('button', { name: '登记调解员' }).click();
  const form = page.getByRole('form', { name: '登记调解员' });
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await form.getByText('请填写姓名').waitFor();
  await form.getByLabel('姓名').first().fill('王秀兰');
  await form.getByLabel('专职 / 兼职').click();
  await page.getByRole('option', { name: '专职' }).click();
  await form.getByLabel('所在街道（乡镇）').fill('尧化街道');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  const roster = page.getByRole('table', { name: '调解员名册' });
  await roster.getByText('王秀兰').waitFor();
  expect(await roster.textContent()).toContain('专职');

  // A case created, accepted and assigned through the API with the page's session.
  const [mediator] = await callAsPage(page, 'mediator.list', {});
  const created = await callAsPage(page, 'case.create', neighbourCase());
  const accepted = await callAsPage(page, 'case.accept', {
    caseId: created.id,
    expectedVersion: created.version,
    acceptedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    consentMode: 'all_parties_consented',
  });
  await callAsPage(page, 'case.assign', {
    caseId: accepted.id,
    expectedVersion: accepted.version,
    mediatorId: mediator!.id,
  });
  expect(accepted.caseNo).toMatch(/^（\d{4}）栖尧人调字第1号$/);
  expect(accepted.dueDate).not.toBeNull();

  await page.getByRole('link', { name: '工作台' }).click();
  const openCases = page.getByRole('table', { name: '在办案件' });
  const row = openCases.getByRole('row').filter({ hasText: accepted.caseNo! });
  await row.waitFor();
  expect(await row.textContent()).toContain(formatChineseDate(accepted.dueDate!));
  expect(await row.textContent()).toContain('王秀兰');
  expect(await page.getByText('目前没有待办工作').count()).toBe(0);
  // The same case under the mediator's own view, and the link opens the case.
  await page.getByLabel('查看').first().click();
  await page.getByRole('option', { name: '王秀兰的案件' }).click();
  await openCases.getByRole('link', { name: accepted.caseNo! }).waitFor();
  expect(await page.getByRole('group', { name: '在办案件' }).textContent()).toContain('1');
  await openCases.getByRole('link', { name: accepted.caseNo! }).click();
  await page.waitForURL(`**/#/cases/${accepted.id}`);

  // This organisation's seal name, edited on 设置.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '编辑本机组织' }).click();
  const orgForm = page.getByRole('form', { name: '编辑组织' });
  await orgForm.getByLabel('印章名称').fill('南京市栖霞区尧化街道人民调解委员会（新章）');
  await orgForm.getByRole('button', { name: '保存' }).click();
  await page
    .getByRole('table', { name: '本机所属组织' })
    .getByText('南京市栖霞区尧化街道人民调解委员会（新章）')
    .waitFor();
  expect((await callAsPage(page, 'org.home', {}))?.sealName).toBe(
    '南京市栖霞区尧化街道人民调解委员会（新章）',
  );

  // Next year's table is there as 暂定 (statutory holidays, issue 15); a day from the State Council
  // notice is picked in the DatePicker and saving the year confirms it.
  const year = new Date().getFullYear() + 1;
  await page.getByRole('link', { name: '节假日与调休' }).click();
  await page.getByLabel('年份').first().click();
  await page.getByRole('option', { name: String(year) }).click();
  await page.getByText(`${year}年节假日表为暂定`).waitFor();
  await page
    .getByRole('table', { name: `${year}年节假日与调休` })
    .getByText('元旦')
    .first()
    .waitFor();
  await page.getByRole('button', { name: '日期' }).click();
  const monday = page.getByRole('button', { name: `${year}年1月4日`, exact: true });
  await monday.click();
  await monday.click();
  await page.getByRole('textbox', { name: '名称' }).fill('元旦补休');
  await page.getByRole('button', { name: '加入表中' }).click();
  await page
    .getByRole('table', { name: `${year}年节假日与调休` })
    .getByText('元旦补休')
    .waitFor();
  await page.getByRole('button', { name: `保存 ${year} 年节假日表` }).click();
  await page.getByText('节假日与调休表已更新', { exact: false }).waitFor();
  expect(await callAsPage(page, 'holiday.list', { year })).toContainEqual({
    date: `${year}-01-04`,
    kind: 'holiday',
    name: '元旦补休',
  });
  expect((await callAsPage(page, 'holidayYear.list', {})).find((y) => y.year === year)?.status).toBe(
    'confirmed',
  );
  await page.getByText('已确认').first().waitFor();
  await page.close();
}, 60_000);
