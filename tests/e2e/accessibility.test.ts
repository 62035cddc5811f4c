/**
 * axe-core on the main pages and two dialogs at the front desk's 1366×768: no critical and no serious
 * violation (contrast, names of buttons and inputs, heading outline, ARIA use).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { seriousViolations } from './axeCheck.ts';
import { ID_MAN, openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let desk: Desk;
let dataDir: string;
let caseId: string;

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-a11y-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  await desk.call('mediator.create', { name: '王秀兰', employment: 'full_time', phone: '13700002222' });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  let c = await desk.call('case.create', {
    title: '张建国与李卫东邻里纠纷',
    summary: '楼上漏水导致楼下天花板受损。',
    disputeType: 'neighbourhood',
    parties: [
      { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
      { role: 'respondent', name: '李卫东' },
    ],
  });
  await desk.call('case.create', {
    title: '孙立与周强劳务费纠纷',
    summary: '周强拖欠劳务费。',
    disputeType: 'labour',
    parties: [
      { role: 'applicant', name: '孙立' },
      { role: 'respondent', name: '周强' },
    ],
  });
  c = await desk.call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: today,
    consentMode: 'all_parties_consented',
  });
  caseId = c.id;
});
afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

async function expectClean(page: Page, what: string, selector?: string): Promise<void> {
  const found = await seriousViolations(page, selector);
  expect.soft(found, `${what}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

async function openAt(hash: string): Promise<Page> {
  const page = await openLoggedIn(browser, desk, hash);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

test('工作台, 案件列表, 登记, 案件详情, 统计 and 设置 have no critical or serious axe violation', async () => {
  const pages: [string, string, string][] = [
    ['工作台', '#/', '工作台'],
    ['案件列表', '#/cases', '案件'],
    ['登记', '#/cases/new', '登记纠纷'],
    ['案件详情', `#/cases/${caseId}`, '张建国与李卫东邻里纠纷'],
    ['统计', '#/stats', '统计'],
    ['设置', '#/settings', '设置'],
  ];
  const page = await openAt('#/');
  for (const [what, hash, heading] of pages) {
    await page.goto(`${desk.host.url}/${hash}`);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await expectClean(page, what);
    // One h1 per page and no level skipped below it.
    const levels = await page.$$eval('h1,h2,h3,h4,h5,h6', (hs) =>
      hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])),
    );
    expect
      .soft(
        levels.filter((l) => l === 1),
        `${what} h1`,
      )
      .toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0)
        expect
          .soft(level - levels[i - 1]!, `${what} heading ${i}: ${levels.join(',')}`)
          .toBeLessThanOrEqual(1);
    });
  }
  await page.context().close();
});

test('the 受理 and 修改密码 dialogs have no critical or serious axe violation and a named close button', async () => {
  const page = await openAt('#/cases');
  const registered = await desk.call('case.list', {});
  const open = registered.rows.find((c) => c.status === 'registered')!;
  await page.goto(`${desk.host.url}/#/cases/${open.id}`);
  await page.getByRole('button', { name: '受理', exact: true }).click();
  const accept = page.getByRole('dialog');
  await accept.getByRole('button', { name: '关闭' }).waitFor();
  await page.waitForTimeout(300);
  await expectClean(page, '受理 dialog', '[role=dialog]');
  await accept.getByRole('button', { name: '关闭' }).click();
  await accept.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: /王管理/ }).click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  const password = page.getByRole('dialog', { name: '修改密码' });
  await password.getByRole('button', { name: '关闭' }).waitFor();
  await page.waitForTimeout(300);
  await expectClean(page, '修改密码 dialog', '[role=dialog]');
  await page.context().close();
});
