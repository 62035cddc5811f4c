/**
 * The front desk at 1366×768 (issue 17): a 登记 draft that survives reload and 切换用户, the first invalid
 * field focused on a refused save, focus on the first field of a dialog and on the next action after it,
 * the next user landing on 工作台, login focus, no cut-off text, and China dates in any browser zone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chinaDateTime } from '../../src/shared/format/chinaTime.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN } from '../helpers/testCore.ts';
import { ID_MAN, openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let desk: Desk;
let dataDir: string;
const CLERK = { username: 'qian', password: 'Secret789', displayName: '钱登记' };

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-frontdesk-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  await desk.call('user.create', {
    username: CLERK.username,
    displayName: CLERK.displayName,
    role: 'intake',
    password: 'Initial123',
  });
  const login = await fetch(`${desk.host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: CLERK.username, password: 'Initial123' }),
  });
  const token = /md_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
  await fetch(`${desk.host.url}/api/auth.changePassword`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ currentPassword: 'Initial123', newPassword: CLERK.password }),
  });
  await desk.call('mediator.create', { name: '王秀兰', employment: 'full_time', phone: '13700002222' });
});
afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

async function frontDesk(hash: string): Promise<Page> {
  const page = await openLoggedIn(browser, desk, hash);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

/** A page with its own administrator session (switching user there ends only that session). */
async function ownSession(hash: string): Promise<Page> {
  const login = await fetch(`${desk.host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
  });
  const token = /md_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    timezoneId: 'Asia/Shanghai',
  });
  await context.addCookies([{ name: 'md_session', value: token, url: desk.host.url }]);
  const page = await context.newPage();
  await page.goto(`${desk.host.url}/${hash}`);
  return page;
}

/** The label (or name, or text) of the focused element. */
const focusedLabel = async (page: Page): Promise<string | null> => {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return null;
  return focused.first().evaluate((el) => {
    const label = el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return label?.replace(/\s*\*$/, '') ?? el.getAttribute('aria-label') ?? el.textContent;
  });
};

async function switchUser(page: Page, to: { username: string; password: string }): Promise<void> {
  await page.getByRole('button', { name: /（/ }).first().click();
  await page.getByRole('menuitem', { name: '切换用户' }).click();
  await page.getByLabel('用户名').waitFor();
  await page.getByLabel('用户名').fill(to.username);
  await page.getByLabel('密码').fill(to.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

test('a half-filled 登记 survives a reload and a switch of user, asks before leaving, and is gone once saved', async () => {
  const page = await ownSession('#/cases/new');
  const first = page.getByRole('group', { name: /^当事人 1/ });
  await first.getByLabel('姓名').fill('草稿申请人');
  await page.getByLabel('纠纷简要情况').fill('楼上漏水，草稿还没保存。');
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByText('已恢复未保存的登记草稿').waitFor();
  expect(await page.getByLabel('纠纷简要情况').inputValue()).toBe('楼上漏水，草稿还没保存。');
  expect(
    await page
      .getByRole('group', { name: /^当事人 1/ })
      .getByLabel('姓名')
      .inputValue(),
  ).toBe('草稿申请人');

  // Leaving by the navigation asks first; 继续填写 stays.
  await page.getByRole('link', { name: '案件' }).click();
  const ask = page.getByRole('dialog', { name: '离开这一页？' });
  await ask.waitFor();
  await ask.getByRole('button', { name: '继续填写' }).click();
  await ask.waitFor({ state: 'detached' });
  expect(page.url()).toContain('#/cases/new');

  // Another user at the same PC sees an empty form and lands on 工作台; the first gets theirs back.
  await switchUser(page, CLERK);
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/');
  await page.goto(`${desk.host.url}/#/cases/new`);
  await page.getByRole('heading', { level: 1, name: '登记纠纷' }).waitFor();
  expect(await page.getByLabel('纠纷简要情况').inputValue()).toBe('');
  expect(await page.getByText('已恢复未保存的登记草稿').count()).toBe(0);
  await switchUser(page, ADMIN);
  await page.goto(`${desk.host.url}/#/cases/new`);
  await page.getByText('已恢复未保存的登记草稿').waitFor();

  // Saved: the draft is removed.
  await page
    .getByRole('group', { name: /^当事人 2/ })
    .getByLabel('姓名')
    .fill('草稿被申请人');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const check = page.getByRole('dialog', { name: /登记前核对/ });
  const landed = page.getByRole('heading', { level: 1, name: /草稿申请人/ });
  await Promise.race([check.waitFor(), landed.waitFor()]);
  if (await check.isVisible()) await check.getByRole('button', { name: /仍然登记|继续登记/ }).click();
  await landed.waitFor();
  await page.goto(`${desk.host.url}/#/cases/new`);
  await page.getByRole('heading', { level: 1, name: '登记纠纷' }).waitFor();
  expect(await page.getByLabel('纠纷简要情况').inputValue()).toBe('');
  expect(await page.getByText('已恢复未保存的登记草稿').count()).toBe(0);
  await page.context().close();
});

test('a refused save puts the cursor in the first invalid field; a case needs a named applicant', async () => {
  const page = await frontDesk('#/cases/new');
  await page.getByRole('heading', { level: 1, name: '登记纠纷' }).waitFor();
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.locator(':focus').getAttribute('aria-invalid')).toBe('true');
  expect(await focusedLabel(page)).toBe('姓名');
  const applicant = page.getByRole('group', { name: /^当事人 1/ });
  await applicant.getByText('请至少登记一名申请人').waitFor();
  // The focused field is on screen, not somewhere above the fold.
  const box = (await page.locator(':focus').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);

  // A birth date in the future is refused where it is typed.
  await applicant.getByLabel('出生日期').fill('2030-01-01');
  await applicant.getByLabel('出生日期').blur();
  await applicant.getByText(/不能晚于/).waitFor();
  await page.context().close();
});

test('login focuses 用户名, keeps the cursor in 密码 after a wrong password', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(desk.host.url);
  await page.getByLabel('用户名').waitFor();
  expect(await focusedLabel(page)).toBe('用户名');
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong-password');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').waitFor();
  await expect.poll(() => focusedLabel(page)).toBe('密码');
  await context.close();
});

test('a dialog opens on its first field and, once its step is done, focus moves to the next action', async () => {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const created = await desk.call('case.create', {
    title: '孙立与周强劳务费纠纷',
    summary: '周强拖欠劳务费。',
    disputeType: 'labour',
    parties: [
      { role: 'applicant', name: '孙立' },
      { role: 'respondent', name: '周强' },
    ],
  });
  const page = await frontDesk(`#/cases/${created.id}`);
  await page.getByRole('button', { name: '受理', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '受理' });
  await dialog.waitFor();
  await expect.poll(() => focusedLabel(page)).toBe('受理日期');
  expect(await page.getByLabel('受理日期').inputValue()).toBe(today);
  // A refused submit puts the cursor back in the field at fault.
  await page.getByLabel('受理日期').fill('');
  await dialog.getByRole('button', { name: '受理', exact: true }).focus();
  await dialog.getByRole('button', { name: '受理', exact: true }).press('Enter');
  await expect.poll(() => page.locator(':focus').getAttribute('aria-invalid')).toBe('true');
  expect(await focusedLabel(page)).toBe('受理日期');
  await page.keyboard.type(today);
  await dialog.getByRole('button', { name: '受理', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => focusedLabel(page)).toBe('指派调解员');

  // Cancelling a dialog returns to the button that opened it.
  await page.getByRole('button', { name: '指派调解员' }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await expect.poll(() => focusedLabel(page)).toBe('指派调解员');
  await page.context().close();
});

/** Elements whose text does not fit (badges, cells, buttons, filled inputs), as readable lines. */
async function cutOff(page: Page): Promise<string[]> {
  return page
    .locator(
      '.mantine-Badge-label, td, th, .mantine-Button-label, .mantine-Tabs-tabLabel, .mantine-Input-input',
    )
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => {
          const input = el as unknown as { value?: string };
          return `${el.className.toString().split(' ')[0]}: ${el.textContent || input.value || ''}`;
        })
        .filter((line) => !line.endsWith(': ')),
    );
}

/**
 * 受理 → 指派 → 调解 → 书面协议 → a 回访 done, by API; the applicant came before (a 重复来访 badge), so
 * the case pages carry the badges and columns that were seen cut off at 1366×768.
 */
async function caseWithAgreement(): Promise<string> {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await desk.call('case.create', {
    title: '张建国与王五借款纠纷',
    summary: '借款未还。',
    parties: [{ role: 'applicant', name: '张建国', idNumber: ID_MAN }],
  });
  let c = await desk.call('case.create', {
    title: '张建国与李卫东漏水赔偿纠纷',
    summary: '楼上漏水导致楼下天花板受损。',
    parties: [
      { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
      { role: 'respondent', name: '李卫东', contacts: [{ value: '13987654321' }] },
    ],
  });
  c = await desk.call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: today,
    consentMode: 'all_parties_consented',
  });
  const mediator = await desk.call('mediator.create', { name: '陈调解', employment: 'full_time' });
  c = await desk.call('case.assign', {
    caseId: c.id,
    expectedVersion: c.version,
    mediatorId: mediator.id,
    role: 'lead',
    mode: 'designated',
  });
  const applicant = c.parties.find((p) => p.role === 'applicant')!;
  const respondent = c.parties.find((p) => p.role === 'respondent')!;
  c = await desk.call('session.record', {
    caseId: c.id,
    expectedVersion: c.version,
    kind: 'mediation',
    startAt: chinaDateTime(new Date(Date.now() - 60_000)).replace(' ', 'T'),
    place: '调解室',
    mediatorIds: [mediator.id],
    recorder: '刘记录',
    partyIdsPresent: [applicant.id, respondent.id],
    rightsNoticeGivenAtStart: true,
    transcript: '双方陈述。',
    result: '达成协议',
  });
  c = await desk.call('agreement.record', {
    caseId: c.id,
    expectedVersion: c.version,
    form: 'written',
    concludedOn: today,
    effectiveOn: today,
    facts: '李卫东家卫生间漏水，致张建国家天花板受损。',
    obligations: [
      {
        obligorId: respondent.id,
        obligeeId: applicant.id,
        content: '向申请人张建国支付房屋漏水损失赔偿款',
        amountFen: 3_560_000,
        dueDate: today,
      },
    ],
    otherClauses: ['双方就本纠纷再无其他争议'],
  });
  c = await desk.call('followUp.record', {
    caseId: c.id,
    expectedVersion: c.version,
    visitedOn: today,
    method: 'phone',
    visitor: '陈调解',
    partyIds: [applicant.id, respondent.id],
    situation: '赔偿款已付清，天花板已修复，双方关系缓和。',
    satisfaction: 'basically_satisfied',
  });
  return c.id;
}

test('no cut-off text on the main pages and the case tabs at 1366×768', async () => {
  const withAgreement = await caseWithAgreement();
  const page = await frontDesk('#/');
  for (const hash of ['#/', '#/cases', '#/cases/new', '#/stats', '#/settings', '#/settings/audit']) {
    await page.goto(`${desk.host.url}/${hash}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect.soft(await cutOff(page), hash).toEqual([]);
  }
  await page.goto(`${desk.host.url}/#/cases/${withAgreement}`);
  await page.getByRole('heading', { level: 1, name: '张建国与李卫东漏水赔偿纠纷' }).waitFor();
  for (const tab of ['概况', '当事人', '调解记录', '协议', '回访', '时间线']) {
    const button = page.getByRole('tab', { name: new RegExp(`^${tab}`) });
    if ((await button.count()) === 0) continue;
    await button.first().click();
    await page.waitForTimeout(300);
    expect.soft(await cutOff(page), `案件 · ${tab}`).toEqual([]);
  }
  await page.context().close();
});

test('timestamps read in China time whatever zone the browser is in', async () => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    timezoneId: 'America/New_York',
  });
  await context.addCookies([{ name: 'md_session', value: desk.token, url: desk.host.url }]);
  const page = await context.newPage();
  // The oldest case: the search index has long caught up with it.
  const listed = (await desk.call('case.list', {})).rows.at(-1)!;
  await page.goto(`${desk.host.url}/#/cases`);
  await page
    .getByRole('cell', { name: chinaDateTime(listed.registeredAt) })
    .first()
    .waitFor();
  await page.getByLabel('搜索案件').fill(listed.title.slice(0, 2));
  await page.getByLabel('搜索案件').press('Enter');
  await page
    .getByText(`登记于 ${chinaDateTime(listed.registeredAt).slice(0, 10)}`)
    .first()
    .waitFor();
  await context.close();
});

test('a walk-in case registered from the keyboard alone: the key presses are counted', async () => {
  const page = await frontDesk('#/cases/new');
  await page.getByRole('heading', { level: 1, name: '登记纠纷' }).waitFor();
  await expect.poll(() => focusedLabel(page)).toBe('案件来源');
  let keys = 0;
  /** Tab until the field labelled `label` has the cursor (at most 40 presses). */
  const tabTo = async (label: string) => {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      keys += 1;
      if ((await focusedLabel(page)) === label) return;
    }
    throw new Error(`never reached ${label}`);
  };
  const type = async (text: string) => {
    await page.keyboard.type(text);
    keys += text.length;
  };
  await tabTo('姓名');
  await type('吴建华');
  await tabTo('联系电话');
  await type('13912345678');
  const second = page.getByRole('group', { name: /^当事人 2/ });
  await second.getByLabel('姓名').waitFor();
  for (
    let i = 0;
    i < 60 && !(await second.getByLabel('姓名').evaluate((el) => el === el.ownerDocument.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
    keys += 1;
  }
  await type('郑小军');
  await tabTo('纠纷简要情况');
  await type('邻居装修噪音扰民，双方争吵。');
  await page.keyboard.press('Control+s');
  keys += 1;
  await page.getByRole('heading', { level: 1, name: /吴建华/ }).waitFor();
  // Measured figure for README (Latin keystrokes; a pinyin input method needs more for the Chinese).
  console.log(`登记 from the keyboard: ${keys} key presses`);
  expect(keys).toBeLessThan(120);
  await page.context().close();
});

test('审计日志 reads in Chinese: action names, and cases as links by number', async () => {
  const page = await frontDesk('#/settings/audit');
  const table = page.getByRole('table').first();
  await table.getByRole('cell', { name: '受理', exact: true }).first().waitFor();
  const accepted = (await desk.call('case.list', {})).rows.find((c) => c.caseNo !== null)!;
  await table.getByRole('link', { name: accepted.caseNo! }).first().click();
  await page.getByRole('heading', { level: 1, name: accepted.title }).waitFor();
  await page.goBack();
  const text = (await table.textContent()) ?? '';
  // No method names ("agreement.updatePerformance") and no UUIDs.
  expect(text).not.toMatch(/[a-z]+\.[a-zA-Z]+/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  await page.context().close();
});
