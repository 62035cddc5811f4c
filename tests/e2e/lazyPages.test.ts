/**
 * Pages off the first screen load their own script when first opened (issue 18, cold start). When
 * that script cannot come — the host was updated while this window stayed open, so the old file name
 * is gone, or the connection dropped — the window keeps its navigation and says what to do, and
 * reloading brings the page (found by the review of the change: the whole window went blank).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let dataDir: string;
let desk: Desk;

beforeAll(async () => {
  dataDir = makeTempDir('e2e-lazy-pages-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
});
afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

test('a page whose script fails to load says so under the navigation, and 重新加载 brings it', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addCookies([{ name: 'md_session', value: desk.token, url: desk.host.url }]);
  const page = await context.newPage();
  await page.goto(`${desk.host.url}/#/`);
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  // The statistics script is requested only when the page is opened …
  const laterScripts: string[] = [];
  page.on('request', (request) => laterScripts.push(request.url()));
  await page.route(/StatsPage-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('link', { name: '统计' }).first().click();
  const alert = page.getByRole('alert').filter({ hasText: '这部分没有加载成功' });
  await alert.waitFor();
  expect(laterScripts.some((url) => /StatsPage-/.test(url))).toBe(true);
  // … the navigation stays, and another page still opens.
  await page.getByRole('link', { name: '工作台' }).first().click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  await page.getByRole('link', { name: '统计' }).first().click();
  await page.unroute(/StatsPage-[^/]*\.js$/);
  await page.getByRole('button', { name: '重新加载' }).click();
  await page.getByRole('heading', { name: /统计/ }).first().waitFor();
  await context.close();
}, 60_000);
