import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

let browser: Browser;
let dataDir: string;
let host: HostProcess;
let caseOfLi: string;

/** Acceptance may not be dated before registration, which the core counts in China time. */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

interface Reply {
  readonly ok: boolean;
  readonly value: { readonly id: string; readonly version: number };
}

/** Calls the API as a script would, with a bearer token. */
async function api(method: string, input: unknown, token?: string): Promise<Reply> {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Reply;
}

async function tokenOf(username: string, password: string): Promise<string> {
  const response = await fetch(`${host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return /md_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
}

/** An account with a chosen password: created by the admin, initial password changed once. */
async function createUser(admin: string, username: string, role: string, mediatorId?: string): Promise<void> {
  const created = await api(
    'user.create',
    { username, displayName: `${username}调解员`, role, password: 'Initial123' },
    admin,
  );
  if (mediatorId) await api('user.update', { id: created.value.id, mediatorId }, admin);
  const token = await tokenOf(username, 'Initial123');
  await api('auth.changePassword', { currentPassword: 'Initial123', newPassword: 'Secret789' }, token);
}

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = makeTempDir('mediation-e2e-accounts-');
  host = await startHost(dataDir);
  await api('org.setup', SAMPLE_ORGANISATION);
  const admin = await tokenOf(ADMIN.username, ADMIN.password);
  const liMediator = (await api('mediator.create', { name: '李调解', employment: 'full_time' }, admin)).value;
  const wangMediator = (await api('mediator.create', { name: '王调解', employment: 'full_time' }, admin))
    .value;
  await createUser(admin, 'li', 'mediator', liMediator.id);
  await createUser(admin, 'wang', 'mediator', wangMediator.id);
  const created = (
    await api(
      'case.create',
      {
        title: '张某与李某邻里漏水纠纷',
        summary: '楼上漏水。',
        parties: [{ role: 'applicant', name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' }],
      },
      admin,
    )
  ).value;
  const accepted = (
    await api(
      'case.accept',
      {
        caseId: created.id,
        expectedVersion: created.version,
        acceptedOn: todayInChina(),
        consentMode: 'all_parties_consented',
      },
      admin,
    )
  ).value;
  await api(
    'case.assign',
    { caseId: created.id, expectedVersion: accepted.version, mediatorId: liMediator.id },
    admin,
  );
  caseOfLi = created.id;
}, 120_000);
afterAll(async () => {
  await browser.close();
  await host.stop();
  removeTempDir(dataDir);
});

async function loginPage(path = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  await page.goto(`${host.url}/${path}`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  return page;
}

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('a 调解员 logs in, sees their own case, and cannot open another mediator’s case', async () => {
  const li = await loginPage('#/cases');
  await login(li, 'li', 'Secret789');
  await li.getByText('张某与李某邻里漏水纠纷').first().waitFor();
  await li.close();

  const wang = await loginPage(`#/cases/${caseOfLi}`);
  await login(wang, 'wang', 'Secret789');
  await wang.getByText('这个案件不是您经办的').first().waitFor();
  await wang.goto(`${host.url}/#/cases`);
  await wang.waitForTimeout(500);
  expect(await wang.getByText('张某与李某邻里漏水纠纷').count()).toBe(0);
  await wang.close();
});

test('the ID number is masked on the page unless revealed', async () => {
  const page = await loginPage(`#/cases/${caseOfLi}`);
  await login(page, 'li', 'Secret789');
  await page.getByText('张三').first().waitFor();
  await page.getByRole('tab', { name: '当事人' }).click();
  await page.getByText('110105********002X').first().waitFor();
  expect(await page.content()).not.toContain('11010519491231002X');
  await page.close();
});

test('wrong passwords slow that computer down, and the page says how long to wait', async () => {
  // Seven wrong passwords from this computer (as a script would send them, waiting when told to):
  // the next attempt for that name must wait 8 s — the account itself is not locked.
  for (let failures = 0; failures < 7;) {
    const response = await fetch(`${host.url}/api/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'wang', password: 'wrong-password' }),
    });
    const body = (await response.json()) as { error: { details?: { retryAfterSeconds?: number } } };
    const wait = body.error.details?.retryAfterSeconds;
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    else failures += 1;
  }
  const page = await loginPage();
  await login(page, 'wang', 'Secret789');
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/请 \d+ 秒后再试/);
  await page.close();
});
