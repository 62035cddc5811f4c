/**
 * Issue 15 end to end in Chromium, each step as the role that does it: the administrator creates a
 * mediator's login on the 调解员 page and that mediator sees the case; a 受理员's accepted case waits
 * on the 审核员's 工作台 under 待指派 and the 审核员 assigns it; a transfer comes back (退单) and is
 * assigned again; a 12345 reply is overdue on the 工作台.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addCalendarDays } from '../../src/shared/deadlines/dayCount.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

let browser: Browser;
let host: HostProcess;
let dataDir: string;
let admin: string;

const todayInChina = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

interface Reply {
  readonly ok: boolean;
  readonly value: { readonly id: string; readonly version: number } & Record<string, unknown>;
  readonly error?: { readonly message: string };
}

async function api(method: string, input: unknown, token?: string): Promise<Reply['value']> {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as Reply;
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

async function tokenOf(username: string, password: string): Promise<string> {
  const response = await fetch(`${host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return /md_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
}

/** An account whose initial password has been changed once (so the UI login goes straight in). */
async function createUser(username: string, role: string): Promise<void> {
  await api('user.create', { username, displayName: `${username}用户`, role, password: 'Initial123' }, admin);
  await api(
    'auth.changePassword',
    { currentPassword: 'Initial123', newPassword: 'Secret789' },
    await tokenOf(username, 'Initial123'),
  );
}

async function registerCase(title: string, extra: Record<string, unknown> = {}, token = admin) {
  return api(
    'case.create',
    {
      title,
      summary: '楼上漏水。',
      parties: [
        { role: 'applicant', name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' },
        { role: 'respondent', name: '李四' },
      ],
      ...extra,
    },
    token,
  );
}

async function acceptCase(c: { id: string; version: number }, token = admin) {
  return api(
    'case.accept',
    {
      caseId: c.id,
      expectedVersion: c.version,
      acceptedOn: todayInChina(),
      consentMode: 'all_parties_consented',
    },
    token,
  );
}

async function loginAs(username: string, password: string, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${host.url}/${hash}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  return page;
}

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-ticket-');
  [browser, host] = await Promise.all([launchChromium(), startHost(dataDir)]);
  await api('org.setup', SAMPLE_ORGANISATION);
  admin = await tokenOf(ADMIN.username, ADMIN.password);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDir(dataDir);
});

test('the administrator creates 张德明’s login on the 调解员 page; 张德明 logs in and sees his case', async () => {
  const zhang = await api('mediator.create', { name: '张德明', employment: 'full_time' }, admin);
  const page = await loginAs(ADMIN.username, ADMIN.password, '#/mediators');
  await page.getByRole('button', { name: '为张德明创建登录账户' }).click();
  const dialog = page.getByRole('dialog', { name: '为调解员张德明创建登录账户' });
  await dialog.getByLabel('用户名').fill('zhangdm');
  await dialog.getByLabel('初始密码').fill('Initial123');
  await dialog.getByRole('button', { name: '添加' }).click();
  await page.getByRole('cell', { name: 'zhangdm' }).waitFor();
  await page.close();

  const c = await acceptCase(await registerCase('张某与李某邻里漏水纠纷'));
  await api('case.assign', { caseId: c.id, expectedVersion: c.version, mediatorId: zhang.id }, admin);
  await api(
    'auth.changePassword',
    { currentPassword: 'Initial123', newPassword: 'Secret789' },
    await tokenOf('zhangdm', 'Initial123'),
  );
  const mediator = await loginAs('zhangdm', 'Secret789', '#/cases');
  await mediator.getByText('张某与李某邻里漏水纠纷').first().waitFor();
  await mediator.goto(`${host.url}/#/cases/${c.id}`);
  await mediator.getByRole('heading', { name: '张某与李某邻里漏水纠纷' }).waitFor();
  expect(await mediator.getByText('这个案件不是您经办的').count()).toBe(0);
  await mediator.close();
});

test('受理员 accepts → the case says who assigns → the 审核员 finds it under 待指派 and assigns', async () => {
  await createUser('window', 'intake');
  await createUser('sfs', 'reviewer');
  await api('mediator.create', { name: '陈调解', employment: 'full_time' }, admin);
  const intakeToken = await tokenOf('window', 'Secret789');
  const c = await acceptCase(await registerCase('王某与赵某噪音纠纷', {}, intakeToken), intakeToken);

  const intake = await loginAs('window', 'Secret789', `#/cases/${c.id}`);
  const next = intake.getByRole('note', { name: '下一步' });
  await next.waitFor();
  expect(await next.textContent()).toContain('下一步（派单）：由调解员、审核员（司法所）或管理员指派调解员');
  await intake.close();

  const reviewer = await loginAs('sfs', 'Secret789');
  const queue = reviewer.getByRole('region', { name: /^待指派/ });
  await queue
    .getByRole('link', { name: /王某与赵某噪音纠纷|人调字/ })
    .first()
    .click();
  await reviewer.getByRole('button', { name: '指派调解员' }).first().click();
  const dialog = reviewer.getByRole('dialog', { name: '指派调解员' });
  await dialog.getByRole('radio', { name: '陈调解' }).click();
  await dialog.getByRole('button', { name: '指派' }).click();
  await reviewer.getByRole('note', { name: '下一步' }).getByText('（办单）').waitFor();
  await reviewer.goto(`${host.url}/#/`);
  await reviewer.getByRole('region', { name: '待指派（0）' }).waitFor();
  await reviewer.close();
});

test('a transfer returned by the receiver goes back to 待指派 with its reason and is assigned again', async () => {
  const m = await api('mediator.create', { name: '周调解', employment: 'full_time' }, admin);
  let c = await acceptCase(await registerCase('孙某与钱某宅基地纠纷'));
  c = await api('case.assign', { caseId: c.id, expectedVersion: c.version, mediatorId: m.id }, admin);
  await api(
    'case.transfer',
    {
      caseId: c.id,
      expectedVersion: c.version,
      targetKind: 'police',
      targetName: '尧化派出所',
      reason: '可能涉及治安',
      transferredOn: todayInChina(),
    },
    admin,
  );
  const page = await loginAs(ADMIN.username, ADMIN.password, `#/cases/${c.id}`);
  await page.getByRole('tab', { name: /移交/ }).click();
  await page.getByRole('button', { name: '登记反馈' }).click();
  const dialog = page.getByRole('dialog', { name: '登记移交反馈' });
  await dialog.getByLabel('反馈结果').click();
  await page.getByRole('option', { name: /退回本组织/ }).click();
  await dialog.getByLabel('退回理由').fill('不属于治安案件，退回调解');
  await dialog.getByRole('button', { name: '保存反馈' }).click();
  await page.getByRole('note', { name: '下一步' }).getByText('（派单）').waitFor();
  await page.getByRole('tab', { name: '时间线' }).click();
  await page
    .getByText(/尧化派出所退回（接收方退单）：不属于治安案件，退回调解/)
    .first()
    .waitFor();

  await page.goto(`${host.url}/#/`);
  const queue = page.getByRole('region', { name: /^待指派/ });
  await queue.getByText('孙某与钱某宅基地纠纷').waitFor();
  await queue
    .getByRole('link', { name: /人调字/ })
    .first()
    .click();
  await page.getByRole('button', { name: '指派调解员' }).first().click();
  const assign = page.getByRole('dialog', { name: '指派调解员' });
  await assign.getByRole('radio', { name: '周调解' }).click();
  await assign.getByRole('button', { name: '指派' }).click();
  await page.getByRole('note', { name: '下一步' }).getByText('（办单）').waitFor();
  await page.close();
});

test('a 12345 ticket whose reply is overdue shows on the 工作台 and is answered from the case', async () => {
  const received = addCalendarDays(todayInChina(), -20);
  const c = await registerCase('12345转办：楼道堆物纠纷', {
    source: 'hotline_transfer',
    referralReceivedOn: received,
  });
  const page = await loginAs(ADMIN.username, ADMIN.password);
  const section = page.getByRole('region', { name: /^待答复转办单位（超期 1/ });
  await section.getByText('12345转办：楼道堆物纠纷').waitFor();
  expect(await section.getByText(/超期 \d+ 天/).count()).toBe(1);

  await section.getByRole('link', { name: '12345转办：楼道堆物纠纷' }).click();
  await page.getByRole('tab', { name: /答复/ }).click();
  await page.getByText(/已超期 \d+ 天/).waitFor();
  await page.getByRole('button', { name: '登记答复' }).click();
  const dialog = page.getByRole('dialog', { name: '登记答复（交单）' });
  await dialog.getByLabel('答复类型').click();
  await page.getByRole('option', { name: '办结答复' }).click();
  await dialog.getByLabel('办理结果').click();
  await page.getByRole('option', { name: '已化解' }).click();
  await dialog.getByLabel('答复内容').fill('经调解双方和解，堆物已清理。');
  await dialog.getByRole('button', { name: '保存答复' }).click();
  await page.getByRole('table', { name: '答复记录' }).getByText('经调解双方和解，堆物已清理。').waitFor();
  await page.goto(`${host.url}/#/`);
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  await page.waitForTimeout(300);
  expect(await page.getByRole('region', { name: /^待答复转办单位/ }).count()).toBe(0);
  expect(c.id).toBeTruthy();
  await page.close();
});
