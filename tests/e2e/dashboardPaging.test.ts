import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { neighbourCase } from '../unit/cases/caseKit.ts';
import { callAsPage, setUpAndLogIn } from './caseHelpers.ts';

let browser: Browser;
let host: HostProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-dashboard-paging-');
  [browser, host] = await Promise.all([launchChromium(), startHost(dataDir)]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDir(dataDir);
});

/**
 * Issue 18: the 工作台 shows each list's count and its first page, and pages through the rest (and
 * narrows by kind) with the keyboard-reachable pagination, asking the host for one page at a time.
 */
test('工作台 lists show counts and page through the overdue items', async () => {
  const page = await setUpAndLogIn(browser, host, 768);
  await page.getByRole('heading', { name: '工作台' }).waitFor();

  // Twelve accepted cases whose 30-day periods ran out in February (the due dates moved back by hand,
  // as if they had been accepted in January).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  for (let day = 5; day <= 16; day += 1) {
    const created = await callAsPage(page, 'case.create', neighbourCase({ title: `超期案件${day}` }));
    await callAsPage(page, 'case.accept', {
      caseId: created.id,
      expectedVersion: created.version,
      acceptedOn: today,
      consentMode: 'all_parties_consented',
    });
  }
  const file = new Database(path.join(dataDir, 'mediation-desk.db'));
  file.pragma('busy_timeout = 5000');
  file.prepare(`UPDATE dispute_case SET due_date = '2026-02-' || substr('0' || substr(title, 5), -2)`).run();
  file.close();
  await page.reload();
  const overdue = page.getByRole('region', { name: '已超期（12）' });
  await overdue.waitFor();
  expect(await page.getByRole('group', { name: '已超期' }).textContent()).toContain('12');
  const table = overdue.getByRole('table', { name: '已超期事项' });
  await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
  expect(await table.locator('tbody tr').first().textContent()).toContain('超期案件5');
  await overdue.getByText('共 12 项，最紧迫的在前').waitFor();

  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/deadline.list')) asked.push(request.postData() ?? '');
  });
  await overdue.getByRole('button', { name: '下一页' }).click();
  await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
  expect(await table.textContent()).toContain('超期案件16');
  expect(asked.some((body) => body.includes('"page":2'))).toBe(true);
  await overdue.getByRole('button', { name: '第 1 页' }).click();
  await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
});
