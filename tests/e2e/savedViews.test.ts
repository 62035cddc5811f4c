import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

let browser: Browser;
let dataDir: string;
let host: HostProcess;

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = makeTempDir('mediation-e2e-views-');
  host = await startHost(dataDir);
  const setup = await fetch(`${host.url}/api/org.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(SAMPLE_ORGANISATION),
  });
  const token = /md_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')![1]!;
  for (const [title, disputeType] of [
    ['张某与李某邻里漏水纠纷', 'neighbourhood'],
    ['王某欠薪纠纷', 'labour'],
  ]) {
    await fetch(`${host.url}/api/case.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title,
        summary: '当事人来访反映。',
        disputeType,
        parties: [{ role: 'applicant', name: '张某' }],
      }),
    });
  }
}, 60_000);
afterAll(async () => {
  await browser.close();
  await host.stop();
  removeTempDir(dataDir);
});

test('a filter saved as a named view comes back with one click', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  await page.goto(`${host.url}/#/cases/?type=neighbourhood`);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('cell', { name: '张某与李某邻里漏水纠纷' }).waitFor();
  expect(await page.getByRole('cell', { name: '王某欠薪纠纷' }).count()).toBe(0);

  await page.getByRole('button', { name: '我的视图' }).click();
  await page.getByRole('menuitem', { name: '将当前筛选保存为视图…' }).click();
  await page.getByLabel('视图名称').fill('邻里纠纷');
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await page.goto(`${host.url}/#/cases`);
  await page.getByRole('cell', { name: '王某欠薪纠纷' }).waitFor();
  await page.getByRole('button', { name: '我的视图' }).click();
  await page.getByRole('menuitem', { name: '邻里纠纷' }).click();
  await expect.poll(() => page.getByRole('cell', { name: '王某欠薪纠纷' }).count()).toBe(0);
  await page.getByRole('cell', { name: '张某与李某邻里漏水纠纷' }).waitFor();
  await page.close();
});
