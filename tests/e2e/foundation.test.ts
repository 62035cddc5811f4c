import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';

let browser: Browser;
let dataDir: string;
let host: HostProcess | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(() => {
  dataDir = makeTempDir('mediation-e2e-');
});
afterEach(async () => {
  await host?.stop();
  host = null;
  removeTempDir(dataDir);
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  return page;
}

describe('foundation slice in the real browser', () => {
  test('first-run setup, register a dispute, restart the host, and it is still there', async () => {
    host = await startHost(dataDir);
    const page = await openPage(host.url);

    await page.getByRole('heading', { name: '欢迎使用调解台' }).waitFor();
    // Submitting empty shows the schema's field messages without calling the server.
    await page.getByRole('button', { name: '完成设置' }).click();
    await expect.poll(() => page.getByText('请填写组织全称').count()).toBeGreaterThan(0);

    await page.getByLabel('组织全称').fill('南京市栖霞区尧化街道人民调解委员会');
    await page.getByLabel('行政区划代码').fill('320113');
    await page.getByLabel('案号简称').fill('栖尧');
    await page.getByLabel('管理员姓名').fill('王管理');
    await page.getByLabel('管理员用户名').fill('admin');
    await page.getByLabel('管理员密码').fill('Admin12345');
    await page.getByLabel('再次输入密码').fill('Admin12345');
    await page.getByRole('button', { name: '完成设置' }).click();

    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect.poll(() => page.getByText('南京市栖霞区尧化街道人民调解委员会').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: '案件' }).click();
    await page.getByRole('link', { name: '登记纠纷' }).click();
    await page
      .getByRole('group', { name: /^当事人 1/ })
      .getByLabel('姓名')
      .fill('张某');
    await page.getByLabel('纠纷名称').fill('张某与李某邻里漏水纠纷');
    await page.getByLabel('纠纷简要情况').fill('楼上卫生间漏水，损坏楼下吊顶，双方协商未果。');
    await page.getByRole('button', { name: '登记', exact: true }).click();

    await page.getByRole('heading', { name: '张某与李某邻里漏水纠纷' }).waitFor();
    await expect.poll(() => page.getByText('楼上卫生间漏水').count()).toBe(1);
    await page.close();

    expect(await host.stop()).toBe(0);
    // Clean shutdown checkpointed the WAL into the main file.
    const wal = path.join(dataDir, 'mediation-desk.db-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    host = await startHost(dataDir);
    const again = await openPage(`${host.url}/#/cases`);
    // A new browser context has no session cookie: log in, and land on the page that was asked for.
    await again.getByRole('heading', { name: '调解台' }).waitFor();
    await again.getByLabel('用户名').fill('admin');
    await again.getByLabel('密码').fill('Admin12345');
    await again.getByRole('button', { name: '登录' }).click();
    const row = again.getByRole('cell', { name: '张某与李某邻里漏水纠纷' });
    await row.waitFor();
    await row.click();
    await again.getByText('楼上卫生间漏水，损坏楼下吊顶，双方协商未果。').waitFor();
    await again.close();
  });

  test('bad input gets coded 4xx errors and the host keeps serving', async () => {
    host = await startHost(dataDir);
    const call = (method: string, body: string) =>
      fetch(`${host!.url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });

    const malformed = await call('case.list', '{"page":');
    expect([malformed.status, ((await malformed.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'BAD_REQUEST',
    ]);
    const unknown = await call('case.explode', '{}');
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'UNKNOWN_METHOD',
    ]);
    const invalid = await call(
      'org.setup',
      JSON.stringify({ name: 'x', regionCode: '12', abbreviation: '', admin: {} }),
    );
    const invalidBody = (await invalid.json()) as {
      error: { code: string; details: { fields: Record<string, string> } };
    };
    expect(invalid.status).toBe(400);
    expect(invalidBody.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(invalidBody.error.details.fields).sort()).toEqual([
      'abbreviation',
      'admin.displayName',
      'admin.password',
      'admin.username',
      'kind',
      'level',
      'name',
      'regionCode',
    ]);

    const health = await fetch(`${host.url}/api/health`);
    expect(health.status).toBe(200);
    const info = await call('app.info', '{}');
    expect(((await info.json()) as { value: { setupComplete: boolean } }).value.setupComplete).toBe(false);
  });

  test('a corrupt database shows the error screen and the file is left as it was', async () => {
    const garbage = Buffer.from('损坏的文件'.repeat(1000));
    const file = path.join(dataDir, 'mediation-desk.db');
    fs.writeFileSync(file, garbage);
    host = await startHost(dataDir);
    expect((await fetch(`${host.url}/api/health`)).status).toBe(503);

    const page = await openPage(host.url);
    await page.getByRole('heading', { name: '调解台无法打开数据' }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('数据文件已损坏');
    await page.close();
    expect(await host.stop()).toBe(0);
    host = null;
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });
});
