/**
 * 补录 in Chromium at 1366×768: an administrator enters a paper case from earlier this year through the
 * same screens as a live case — 案件 → 补录纸质案件, then each step on the case page with the date on the
 * paper — under the banner that says history is being entered. Setup (a mediator) uses the API.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let dataDir: string;
let desk: Desk;

/** Days before today in China, as `YYYY-MM-DD`: the paper case happened about two months ago. */
function daysAgo(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - days * 86_400_000),
  );
}
const REGISTERED = daysAgo(70);
const ACCEPTED = daysAgo(69);
const NOTIFIED = daysAgo(68);
const MEDIATED = daysAgo(67);
const FOLLOWED_UP = daysAgo(60);
const CLOSED = daysAgo(58);
const ARCHIVED = daysAgo(57);
const YEAR = ACCEPTED.slice(0, 4);

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-backfill-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  await desk.call('mediator.create', {
    name: '王秀兰',
    employment: 'full_time',
    specialties: ['neighbourhood'],
  });
});

afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

async function openPage(hash: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addCookies([{ name: 'md_session', value: desk.token, url: desk.host.url }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${desk.host.url}/${hash}`);
  return page;
}

async function fillDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

/** Opens a step's dialog from the toolbar, lets `fill` enter it, submits and waits for it to close. */
async function step(
  page: Page,
  button: string,
  submit: string,
  fill: (d: Locator) => Promise<void>,
  title = button,
) {
  await page
    .getByRole('toolbar', { name: '办理操作' })
    .getByRole('button', { name: button, exact: true })
    .click();
  const d = page.getByRole('dialog', { name: title });
  await d.waitFor();
  // The page refreshes what the previous step changed; fill once that has settled.
  await page.waitForLoadState('networkidle');
  await fill(d);
  await d.getByRole('button', { name: submit, exact: true }).click();
  await d.waitFor({ state: 'detached' });
}

async function statusIs(page: Page, status: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).locator('..').getByText(status, { exact: true }).waitFor();
}

test('a paper case from two months ago, entered step by step with its own dates', async () => {
  const page = await openPage('#/cases');
  await page.getByRole('link', { name: '补录纸质案件' }).click();
  await page.getByRole('heading', { name: '补录纸质案件' }).waitFor();
  const banner = page.getByRole('status', { name: '正在补录历史案件' });
  await banner.getByText('正在补录历史案件…').waitFor();

  // Without the registration date from the paper, nothing is saved.
  await page.getByRole('button', { name: '补录登记' }).click();
  await page.getByText('请填写纸质卷宗上的登记日期').first().waitFor();

  await fillDate(page.getByRole('textbox', { name: '登记日期' }), REGISTERED);
  await fillDate(page.getByLabel('申请日期'), REGISTERED);
  const first = page.getByRole('group', { name: /^当事人 1/ });
  await first.getByLabel('姓名').fill('张建国');
  const second = page.getByRole('group', { name: /^当事人 2/ });
  await second.getByLabel('姓名').fill('李卫东');
  await page.getByRole('textbox', { name: '纠纷简要情况' }).fill('楼上漏水致楼下吊顶受损，双方就赔偿争执。');
  await page.getByRole('textbox', { name: '纠纷名称（卷名）' }).fill('张建国与李卫东漏水纠纷');
  await page.getByRole('button', { name: '补录登记' }).click();
  const check = page.getByRole('dialog', { name: '登记前核对' });
  if (await check.isVisible().catch(() => false))
    await check.getByRole('button', { name: '继续登记' }).click();

  await page.getByRole('heading', { name: '张建国与李卫东漏水纠纷' }).waitFor();
  await statusIs(page, '待受理');
  await page
    .getByRole('status', { name: '正在补录历史案件' })
    .getByText(/由 王管理 于 .* 开始录入/)
    .waitFor();

  // The date-order rules show at the field, with the same words the core uses.
  await page
    .getByRole('toolbar', { name: '办理操作' })
    .getByRole('button', { name: '受理', exact: true })
    .click();
  const accept = page.getByRole('dialog', { name: '受理' });
  // Each dialog says history is being entered, and starts without a date.
  await accept.getByText('补录历史案件：请按纸质卷宗填写这一步实际发生的日期。').waitFor();
  expect(await accept.getByLabel('受理日期').inputValue()).toBe('');
  await fillDate(accept.getByLabel('受理日期'), daysAgo(75));
  await accept.getByRole('button', { name: '受理', exact: true }).click();
  await accept.getByText(`受理日期（${daysAgo(75)}）不能早于登记日期（${REGISTERED}）。`).waitFor();
  await fillDate(accept.getByLabel('受理日期'), ACCEPTED);
  await accept.getByRole('textbox', { name: '纸质案号（第几号）' }).fill('12');
  await accept.getByRole('button', { name: '受理', exact: true }).click();
  await accept.waitFor({ state: 'detached' });
  await statusIs(page, '已受理');
  await page.getByText(`（${YEAR}）栖尧人调字第12号`).first().waitFor();

  await step(page, '指派调解员', '指派', async (d) => {
    await d.getByRole('radio', { name: '王秀兰' }).check();
    await fillDate(d.getByRole('textbox', { name: '指派日期' }), ACCEPTED);
  });
  await page.getByText('王秀兰（主持）').waitFor();

  await step(page, '告知权利义务', '登记告知', async (d) => {
    await fillDate(d.getByLabel('告知日期'), NOTIFIED);
  });
  await step(page, '记录调查/调解', '保存记录', async (d) => {
    await d.getByLabel('开始时间').fill(`${MEDIATED}T09:00`);
    await d.getByLabel('笔录').fill('双方陈述事实，调解员释法说理，双方同意由被申请人修复并赔偿。');
  });
  await statusIs(page, '调解中');

  await step(
    page,
    '登记协议',
    '登记协议',
    async (d) => {
      await fillDate(d.getByLabel('达成日期'), MEDIATED);
      await fillDate(d.getByLabel('生效日期'), MEDIATED);
      await d.getByLabel('条款内容').fill('被申请人李卫东修复卫生间防水层');
    },
    '登记调解协议',
  );
  await statusIs(page, '达成协议');

  await step(page, '登记回访', '保存回访', async (d) => {
    await fillDate(d.getByLabel('回访日期'), FOLLOWED_UP);
    await d.getByLabel('回访情况').fill('防水已修复，双方无异议。');
  });
  await step(page, '结案', '结案', async (d) => {
    await fillDate(d.getByLabel('结案日期'), CLOSED);
  });
  await statusIs(page, '已结案');

  await step(
    page,
    '归档',
    '归档',
    async (d) => {
      await fillDate(d.getByLabel('归档日期'), ARCHIVED);
      const explanations = d.getByRole('textbox', { name: /^卷宗情况说明/ });
      await explanations.first().waitFor();
      for (const box of await explanations.all()) await box.fill('见纸质卷宗，补录时未另附电子材料。');
      await d.getByLabel('检查人').fill('王审核');
      await fillDate(d.getByLabel('检查日期'), ARCHIVED);
      const openFollowUps = d.getByLabel(/次计划回访未进行/);
      if ((await openFollowUps.count()) > 0) await openFollowUps.fill('纸质卷宗已记载回访情况。');
    },
    '立卷归档',
  );
  await statusIs(page, '已归档');
  // Archived: the case is history now, the 补录 banner is gone.
  expect(await page.getByRole('status', { name: '正在补录历史案件' }).count()).toBe(0);

  // The timeline says each step was 补录, when it really happened, and who entered it when.
  await page.getByRole('tab', { name: '时间线' }).click();
  const timeline = page.getByRole('tabpanel', { name: '时间线' });
  await timeline.getByText(`实际日期 ${ACCEPTED} · 补录：王管理 于`).first().waitFor();
  await timeline.getByText(`实际日期 ${ARCHIVED} · 补录：王管理 于`).waitFor();
  expect(await timeline.getByText('补录', { exact: true }).count()).toBeGreaterThanOrEqual(9);

  // A live case accepted afterwards continues after the paper number.
  let live = await desk.call('case.create', {
    title: '现场登记的纠纷',
    summary: '现场来访。',
    parties: [{ role: 'applicant', name: '赵敏' }],
  });
  live = await desk.call('case.accept', {
    caseId: live.id,
    expectedVersion: live.version,
    acceptedOn: daysAgo(0),
    consentMode: 'all_parties_consented',
  });
  expect(live.caseNo).toBe(
    `（${daysAgo(0).slice(0, 4)}）栖尧人调字第${YEAR === daysAgo(0).slice(0, 4) ? 13 : 1}号`,
  );
  await page.context().close();
});
