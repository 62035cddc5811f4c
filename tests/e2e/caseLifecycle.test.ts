/**
 * The case screens in Chromium against the real host: a dispute registered from the keyboard and
 * carried from the front desk to the archive, the 不予受理 and termination paths, a court-委派 case
 * with its 30-day limit, and a stale edit from a second window. Test setup (a mediator, an earlier
 * case) uses the API; every step under test goes through the UI.
 */
import { createHash } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ID_MAN, openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

let browser: Browser;
let dataDir: string;
let desk: Desk;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-cases-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  await desk.call('mediator.create', {
    name: '王秀兰',
    employment: 'full_time',
    specialties: ['neighbourhood'],
    street: '尧化街道',
    community: '尧化门社区',
  });
});

afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  removeTempDir(dataDir);
});

/** The label of the focused control (what a keyboard user is on): its <label>, or its aria-label. */
async function focusedLabel(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  const id = await focused.getAttribute('id');
  const label = id ? page.locator(`label[for="${id}"]`) : null;
  const text =
    label && (await label.count()) > 0 ? await label.textContent() : await focused.getAttribute('aria-label');
  return (text ?? '').replace(/\s*\*$/, '').trim();
}

async function tabTo(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe(expected);
}

function dialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

/** Opens a transition dialog by its button, fills it with `fill`, submits with `submit` and waits for it to close. */
async function step(
  page: Page,
  button: string,
  submit: string,
  fill?: (d: Locator) => Promise<void>,
  title = button,
) {
  await page
    .getByRole('toolbar', { name: '办理操作' })
    .getByRole('button', { name: button, exact: true })
    .click();
  const d = dialog(page, title);
  await d.waitFor();
  await fill?.(d);
  await d.getByRole('button', { name: submit, exact: true }).click();
  await d.waitFor({ state: 'detached' });
}

async function statusIs(page: Page, status: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).locator('..').getByText(status, { exact: true }).waitFor();
}

test('a walk-in dispute from the keyboard, through every step, to the archive', async () => {
  // An earlier visit by the same applicant, so the intake check has a repeat to show.
  await desk.call('case.create', {
    title: '张建国与王某相邻通行纠纷',
    summary: '通道被占。',
    parties: [{ role: 'applicant', name: '张建国', idNumber: ID_MAN }],
  });
  const page = await openLoggedIn(browser, desk, '#/cases/new');
  await page.getByRole('heading', { name: '登记纠纷' }).waitFor();

  // Keyboard only: the source is focused first, then the 受理登记表 order through the first party.
  await expect.poll(() => focusedLabel(page)).toBe('案件来源');
  await tabTo(page, '申请方式');
  await tabTo(page, '申请日期');
  await tabTo(page, '身份');
  await tabTo(page, '类型');
  await tabTo(page, '姓名');
  await page.keyboard.type('张建国');
  await tabTo(page, '证件类型');
  await tabTo(page, '证件号码');
  await page.keyboard.type(ID_MAN);
  // Leaving a valid 居民身份证 fills sex and birth date from it.
  await tabTo(page, '性别');
  expect(await page.locator(':focus').inputValue()).toBe('男');
  await tabTo(page, '出生日期');
  expect(await page.locator(':focus').inputValue()).toBe('1980-01-01');
  await page.getByText('证件号码显示：男，1980-01-01 出生').waitFor();
  await tabTo(page, '民族');
  await tabTo(page, '职业或职务');
  await tabTo(page, '联系电话');
  await page.keyboard.type('13812345678');
  await tabTo(page, '住址');
  await page.keyboard.type('尧新花园12栋302室');
  await tabTo(page, '删除当事人 1（张建国）');

  // Ctrl+Enter adds a party and puts the cursor on it; its labelled remove button takes it away again.
  await page.keyboard.press('Control+Enter');
  const third = page.getByRole('group', { name: /^当事人 3/ });
  await third.waitFor();
  expect(await focusedLabel(page)).toBe('身份');
  for (let i = 0; i < 12; i++) {
    if ((await focusedLabel(page)) === '删除当事人 3') break;
    await page.keyboard.press('Tab');
  }
  expect(await focusedLabel(page)).toBe('删除当事人 3');
  await page.keyboard.press('Enter');
  await third.waitFor({ state: 'detached' });

  // A mismatch between the entered sex and the ID number is a warning, not an error.
  const first = page.getByRole('group', { name: /^当事人 1/ });
  await first.getByLabel('性别').selectOption('女');
  await first.getByText('填写的性别为“女”，但身份证号码显示为“男”，请核对。').waitFor();
  await first.getByLabel('性别').selectOption('男');

  const second = page.getByRole('group', { name: /^当事人 2/ });
  await second.getByLabel('姓名').fill('李卫东');
  await second.getByLabel('联系电话').fill('139 8765 4321');
  await page.getByLabel('街道（乡镇）').fill('尧化街道');
  await page.getByLabel('社区（村）').fill('尧化门社区');
  await page.getByLabel('风险等级').selectOption('yellow');
  await page
    .getByRole('textbox', { name: '纠纷简要情况' })
    .fill('楼上卫生间漏水，导致楼下吊顶霉变脱落，双方就赔偿金额争执不下。');
  await page.getByLabel('当事人申请事项').fill('1、修复防水\n2、赔偿损失');
  await expect.poll(() => page.getByText('留空则使用：张建国与李卫东邻里纠纷').count()).toBe(1);
  await page.keyboard.press('Control+s');

  // The repeat visitor is shown with a link to the earlier case before anything is saved.
  const check = dialog(page, '登记前核对');
  await check.getByText('张建国与王某相邻通行纠纷').waitFor();
  await check.getByText('重复纠纷', { exact: true }).waitFor();
  await check.getByRole('button', { name: '查看' }).click();
  await check.getByText('通道被占。').waitFor();
  await check.getByRole('button', { name: '继续登记' }).click();

  await page.getByRole('heading', { name: '张建国与李卫东邻里纠纷' }).waitFor();
  await statusIs(page, '待受理');

  await step(page, '受理', '受理');
  await statusIs(page, '已受理');
  await page
    .getByText(/（\d{4}）栖尧人调字第\d+号/)
    .first()
    .waitFor();
  await page.getByRole('group', { name: '案件概要' }).getByText('30 日', { exact: true }).waitFor();

  // 指派 from the ranked suggestions, which say why.
  await step(page, '指派调解员', '指派', async (d) => {
    await d.getByText('擅长邻里纠纷；同在尧化门社区').waitFor();
    await d.getByRole('radio', { name: '王秀兰' }).check();
  });
  await page.getByText('王秀兰（主持）').waitFor();

  // A 调解 before the rights notice is refused by the core, and the dialog says why.
  await page
    .getByRole('toolbar', { name: '办理操作' })
    .getByRole('button', { name: '记录调查/调解' })
    .click();
  const session = dialog(page, '记录调查/调解');
  await session.getByLabel('笔录').fill('双方陈述事实，调解员释法说理。');
  await session.getByRole('button', { name: '保存记录' }).click();
  await expect
    .poll(() => session.getByRole('alert', { name: '没有完成' }).textContent())
    .toContain('调解前必须先告知当事人权利义务');
  await session.getByRole('button', { name: '取消' }).click();

  await step(page, '告知权利义务', '登记告知');
  await step(page, '记录调查/调解', '保存记录', async (d) => {
    await d.getByLabel('笔录').fill('双方陈述事实，调解员释法说理，双方同意由被申请人赔偿。');
    await d.getByLabel('调解结果').fill('达成协议');
  });
  await statusIs(page, '调解中');

  await step(
    page,
    '登记协议',
    '登记协议',
    async (d) => {
      await d.getByLabel('条款内容').fill('被申请人李卫东赔偿申请人张建国吊顶、墙面维修费用');
      await d.getByLabel('金额（元）').fill('35600');
      await d.getByText('人民币叁万伍仟陆佰元整（¥35,600.00）').first().waitFor();
      await d.getByLabel('履行方式').fill('银行转账');
    },
    '登记调解协议',
  );
  await statusIs(page, '达成协议');

  await step(page, '协议生效', '登记生效');
  await page.getByRole('tab', { name: '协议' }).click();
  await page.getByText('人民币叁万伍仟陆佰元整（¥35,600.00）').first().waitFor();
  await page.getByText('司法确认申请期限').waitFor();
  await step(page, '司法确认', '保存', async (d) => {
    await d.getByLabel('受理法院').fill('南京市栖霞区人民法院');
  });
  await page.getByRole('region', { name: '司法确认' }).getByText('南京市栖霞区人民法院').waitFor();

  await step(page, '登记回访', '保存回访', async (d) => {
    await d.getByLabel('回访情况').fill('被申请人已按约定转账，申请人确认收到。');
    await d.getByLabel('满意度').click();
    await page.getByRole('option', { name: '满意', exact: true }).click();
    await d.getByLabel('第1条履行情况').selectOption('performed');
    // 已履行 fills the agreed amount and today's date, still editable.
    expect(await d.getByLabel('第1条已履行金额').inputValue()).toBe('35600.00');
    expect(await d.getByLabel('第1条履行日期').inputValue()).toBe(today);
  });
  await statusIs(page, '履行完毕');

  // A receipt as an attachment: stored by the core with its size and SHA-256.
  const receipt = Buffer.from('收条：今收到李卫东赔偿款人民币叁万伍仟陆佰元整。张建国', 'utf8');
  await page.getByRole('tab', { name: /附件/ }).click();
  await page.getByRole('button', { name: '添加附件' }).click();
  const upload = dialog(page, '添加附件');
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: '收条.txt', mimeType: 'text/plain', buffer: receipt });
  await upload.getByLabel('材料类型').selectOption('performance_receipt');
  await upload.getByRole('button', { name: '添加', exact: true }).click();
  await upload.waitFor({ state: 'detached' });
  const attachments = page.getByRole('table', { name: '附件列表' });
  await attachments.getByText('收条.txt').waitFor();
  await attachments.getByText(`${receipt.length} B`, { exact: true }).waitFor();
  const sha256 = createHash('sha256').update(receipt).digest('hex');
  await attachments.getByRole('button', { name: `SHA-256 ${sha256}` }).waitFor();

  await step(page, '结案', '结案');
  await statusIs(page, '已结案');

  // 李卫东 has no ID number or copy on file: archiving asks for a 卷宗情况说明.
  await step(
    page,
    '归档',
    '归档',
    async (d) => {
      await d.getByText('当事人李卫东没有证件号码或身份证明材料').waitFor();
      await d.getByLabel('卷宗情况说明：当事人身份证明').fill('被申请人未携带身份证件，经社区核实身份。');
      await d.getByLabel('检查人').fill('王秀兰');
    },
    '立卷归档',
  );
  await statusIs(page, '已归档');
  await page.getByText(/只能查看，不能修改/).waitFor();
  expect(await page.getByRole('toolbar', { name: '办理操作' }).count()).toBe(0);

  await page.getByRole('tab', { name: '时间线' }).click();
  await page.getByText('立卷归档，立卷人王管理，检查人王秀兰').waitFor();
  await page
    .getByRole('tabpanel')
    .getByText(/受理，编号（\d{4}）栖尧人调字第\d+号/)
    .waitFor();
  await page.context().close();
});

test('不予受理 with the reason and the channels the parties were told about', async () => {
  const created = await desk.call('case.create', {
    title: '赵某与钱某债务纠纷',
    summary: '钱某借款不还，赵某已向法院起诉。',
    disputeType: 'contract',
    parties: [
      { role: 'applicant', name: '赵敏' },
      { role: 'respondent', name: '钱进' },
    ],
  });
  const page = await openLoggedIn(browser, desk, `#/cases/${created.id}`);
  await statusIs(page, '待受理');
  await step(page, '不予受理', '不予受理', async (d) => {
    await d.getByRole('radio', { name: '已由人民法院、公安机关或其他行政机关受理或解决' }).check();
    // Choosing the reason ticks the usual channel; the clerk can add more.
    await expect.poll(() => d.getByRole('checkbox', { name: '向人民法院提起诉讼' }).isChecked()).toBe(true);
    await d.getByLabel('告知内容').fill('已告知申请人等待法院审理结果。');
  });
  await statusIs(page, '不予受理');
  await page
    .getByText(/已由人民法院、公安机关或其他行政机关受理或解决。已告知当事人可向人民法院提起诉讼/)
    .waitFor();
  // A rejected case cannot be accepted any more; only its record can still be corrected.
  const toolbar = page.getByRole('toolbar', { name: '办理操作' });
  expect(await toolbar.getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
  expect(await toolbar.getByRole('button').allTextContents()).toEqual(['更多操作']);
  await page.context().close();
});

test('终止调解 when mediation fails, then 结案; a conflicting mediator needs a written reason', async () => {
  // This mediator shares a phone number with the respondent: the conflict check must catch it.
  await desk.call('mediator.create', { name: '周建平', employment: 'part_time', phone: '13700001111' });
  let c = await desk.call('case.create', {
    title: '孙某与周某劳务费纠纷',
    summary: '周某拖欠劳务费。',
    disputeType: 'labour',
    parties: [
      { role: 'applicant', name: '孙立' },
      { role: 'respondent', name: '周强', contacts: [{ value: '13700001111' }] },
    ],
  });
  c = await desk.call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: today,
    consentMode: 'all_parties_consented',
  });
  const page = await openLoggedIn(browser, desk, `#/cases/${c.id}`);
  await statusIs(page, '已受理');

  await step(page, '指派调解员', '指派', async (d) => {
    await d.getByText('手动选择').click();
    await d.getByRole('combobox', { name: '调解员', exact: true }).click();
    await page.getByRole('option', { name: /周建平/ }).click();
    await d.getByText('周建平与本案存在利益冲突').waitFor();
    expect(await d.getByRole('button', { name: '指派', exact: true }).isDisabled()).toBe(true);
    await d.getByLabel('仍然指派的理由').fill('当事人双方一致要求由周建平调解，已当场说明关系。');
  });
  await page.getByText('周建平（主持）').waitFor();
  await page
    .getByRole('region', { name: '指派记录' })
    .getByText(/仍指派理由：当事人双方一致要求/)
    .waitFor();

  await step(page, '终止调解', '终止调解', async (d) => {
    await d.getByRole('radio', { name: '调解不成' }).check();
    await d.getByRole('checkbox', { name: '向劳动人事争议仲裁委员会申请仲裁' }).check();
  });
  await statusIs(page, '终止调解');
  await page
    .getByText(/调解不成。已告知当事人可向人民法院提起诉讼、向劳动人事争议仲裁委员会申请仲裁/)
    .waitFor();
  await step(page, '结案', '结案', async (d) => {
    await d.getByText('调解结果：终止调解：调解不成').waitFor();
  });
  await statusIs(page, '已结案');
  await page.context().close();
});

test('a court-委派 case registered with its 委派 number gets a 30-day limit', async () => {
  const page = await openLoggedIn(browser, desk, '#/cases/new');
  await page.getByRole('combobox', { name: '案件来源' }).selectOption('court_assigned');
  // The channel brings its own reference number and time limit.
  await page.getByLabel('法院委派调解号').fill('（2026）苏0113诉前调888号');
  await page.getByText('人民法院委派调解，受理后调解期限为 30 日').waitFor();
  await page.getByLabel('收到委派/委托函日期').fill('2026.11.2');
  await page.getByLabel('收到委派/委托函日期').blur();
  expect(await page.getByLabel('收到委派/委托函日期').inputValue()).toBe('2026-11-02');
  const first = page.getByRole('group', { name: /^当事人 1/ });
  await first.getByLabel('姓名').fill('吴芳');
  const second = page.getByRole('group', { name: /^当事人 2/ });
  await second.getByLabel('类型', { exact: true }).selectOption('legal');
  await second.getByLabel('名称').fill('南京某物业管理有限公司');
  // The company sends a lawyer: an agent row linked to its principal.
  await page.getByRole('button', { name: '添加当事人' }).click();
  const agent = page.getByRole('group', { name: /^当事人 3/ });
  await agent.getByLabel('身份').selectOption('entrusted_agent');
  await agent.getByLabel('姓名').fill('钱律师');
  await agent
    .getByRole('combobox', { name: '被代理人' })
    .selectOption({ label: '被申请人 南京某物业管理有限公司' });
  await agent.getByLabel('与被代理人的关系').fill('律师');
  await agent.getByLabel('代理权限').selectOption('special');
  await page.getByLabel('纠纷类型').selectOption('property_management');
  await page
    .getByRole('textbox', { name: '纠纷简要情况' })
    .fill('物业费与维修责任争议，法院立案前委派调解。');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('heading', { name: '吴芳与南京某物业管理有限公司物业纠纷' }).waitFor();

  await step(page, '受理', '受理', async (d) => {
    await d.getByText(/人民法院委派调解，调解期限 30 日/).waitFor();
  });
  await page.getByText('30 日（人民法院委派）').first().waitFor();
  const id = /#\/cases\/([0-9a-f-]+)/.exec(page.url())![1]!;
  const stored = await desk.call('case.get', { id });
  expect(stored.timeLimitDays).toBe(30);
  await page.getByText(new RegExp(`${stored.dueDate}（剩余 \\d+ 天）`)).waitFor();
  await page.getByText('（2026）苏0113诉前调888号').waitFor();
  await page.getByRole('tab', { name: /当事人/ }).click();
  await page
    .getByRole('article', { name: '委托代理人钱律师' })
    .getByText('南京某物业管理有限公司（律师），特别授权')
    .waitFor();

  // Extending the period needs both parties' recorded consent.
  const later = new Date(Date.parse(`${stored.dueDate!}T00:00:00Z`) + 10 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await page.getByRole('button', { name: '更多操作' }).click();
  await page.getByRole('menuitem', { name: '延长期限' }).click();
  const extend = dialog(page, '延长调解期限');
  await extend.getByLabel('延长后的期限').fill(later);
  await extend.getByLabel('延期原因').fill('需要等待物业维修报价');
  await extend.getByLabel('南京某物业管理有限公司同意延期').uncheck();
  await extend.getByRole('button', { name: '延期' }).click();
  await expect
    .poll(() => extend.getByRole('alert', { name: '没有完成' }).textContent())
    .toContain('南京某物业管理有限公司');
  await extend.getByLabel('南京某物业管理有限公司同意延期').check();
  await extend.getByRole('button', { name: '延期' }).click();
  await extend.waitFor({ state: 'detached' });
  await page
    .getByRole('group', { name: '案件概要' })
    .getByText(new RegExp(`${later}（剩余 \\d+ 天）`))
    .waitFor();
  await page.context().close();
});

test('移交 to the police, and their feedback recorded later', async () => {
  const created = await desk.call('case.create', {
    title: '郑某与王某故意伤害纠纷',
    summary: '双方斗殴致伤，已报警。',
    parties: [
      { role: 'applicant', name: '郑义' },
      { role: 'respondent', name: '王勇' },
    ],
  });
  const page = await openLoggedIn(browser, desk, `#/cases/${created.id}`);
  await page.getByRole('button', { name: '更多操作' }).click();
  await page.getByRole('menuitem', { name: '移交/上报' }).click();
  const transfer = dialog(page, '移交');
  await transfer.getByLabel('接收单位类型').selectOption('police');
  await transfer.getByLabel('接收单位名称').fill('南京市公安局栖霞分局尧化派出所');
  await transfer.getByLabel('移交原因').fill('涉嫌违反治安管理，依法应由公安机关处理。');
  await transfer.getByRole('button', { name: '移交', exact: true }).click();
  await transfer.waitFor({ state: 'detached' });
  await statusIs(page, '已移交');
  await step(
    page,
    '移交反馈',
    '保存反馈',
    async (d) => {
      await d.getByLabel('反馈结果').click();
      await page.getByRole('option', { name: '正在处理' }).click();
      await d.getByLabel('反馈内容').fill('派出所已立案调查。');
    },
    '登记移交反馈',
  );
  await page.getByRole('tab', { name: /移交/ }).click();
  await page
    .getByRole('table', { name: '移交记录' })
    .getByText(/正在处理：派出所已立案调查。/)
    .waitFor();
  await page.context().close();
});

test('a stale edit from a second window gets the conflict message and the case reloads', async () => {
  const created = await desk.call('case.create', {
    title: '冯某与陈某宠物伤人纠纷',
    summary: '陈某的狗咬伤冯某。',
    parties: [
      { role: 'applicant', name: '冯军' },
      { role: 'respondent', name: '陈辉' },
    ],
  });
  const first = await openLoggedIn(browser, desk, `#/cases/${created.id}`);
  const second = await openLoggedIn(browser, desk, `#/cases/${created.id}`);
  await first.getByRole('heading', { name: '冯某与陈某宠物伤人纠纷' }).waitFor();
  await second.getByRole('heading', { name: '冯某与陈某宠物伤人纠纷' }).waitFor();

  await second.getByRole('button', { name: '修改案件信息' }).click();
  const stale = dialog(second, '修改案件信息');
  await stale.getByLabel('纠纷名称（卷名）').fill('冯军与陈辉宠物伤人纠纷（第二个窗口）');

  await first.getByRole('button', { name: '修改案件信息' }).click();
  const fresh = dialog(first, '修改案件信息');
  await fresh.getByLabel('纠纷名称（卷名）').fill('冯军与陈辉饲养动物损害责任纠纷');
  await fresh.getByRole('button', { name: '保存' }).click();
  await first.getByRole('heading', { name: '冯军与陈辉饲养动物损害责任纠纷' }).waitFor();

  await stale.getByRole('button', { name: '保存' }).click();
  await expect
    .poll(() => stale.getByRole('alert', { name: '案件已被修改' }).textContent())
    .toContain('刚被其他人或其他窗口修改过');
  // The page behind the dialog now shows the other window's change; nothing was overwritten.
  await second.getByRole('heading', { name: '冯军与陈辉饲养动物损害责任纠纷' }).waitFor();
  const stored = await desk.call('case.get', { id: created.id });
  expect(stored.title).toBe('冯军与陈辉饲养动物损害责任纠纷');
  await first.context().close();
  await second.context().close();
});

test('list filters live in the address, so Back returns to the same filtered list', async () => {
  for (const [name, other] of [
    ['欧阳明', '黄磊'],
    ['欧阳明', '钟华'],
    ['林青', '何平'],
  ] as const) {
    await desk.call('case.create', {
      title: `${name}与${other}借款纠纷`,
      summary: '借款到期未还。',
      disputeType: 'contract',
      parties: [
        { role: 'applicant', name },
        { role: 'respondent', name: other },
      ],
    });
  }
  const page = await openLoggedIn(browser, desk, '#/cases');
  const listQuery = () =>
    new URLSearchParams(decodeURIComponent(new URL(page.url()).hash).split('?')[1] ?? '');
  await page.getByRole('table').getByText('林青与何平借款纠纷').waitFor();
  await page.getByLabel('关键词').fill('欧阳明');
  await expect.poll(() => listQuery().get('kw')).toBe('欧阳明');
  await expect.poll(() => page.getByRole('table').getByText('林青与何平借款纠纷').count()).toBe(0);
  await page.getByRole('combobox', { name: '纠纷类型' }).click();
  await page.getByRole('option', { name: '合同纠纷' }).click();
  await expect.poll(() => listQuery().get('type')).toBe('contract');
  await page.getByRole('link', { name: '欧阳明与钟华借款纠纷' }).click();
  await page.getByRole('heading', { name: '欧阳明与钟华借款纠纷' }).waitFor();
  await page.goBack();
  await page.getByRole('link', { name: '欧阳明与黄磊借款纠纷' }).waitFor();
  expect(await page.getByLabel('关键词').inputValue()).toBe('欧阳明');
  expect(listQuery().get('type')).toBe('contract');
  // A reload keeps them too: the address is the whole state of the list.
  await page.reload();
  await page.getByRole('link', { name: '欧阳明与黄磊借款纠纷' }).waitFor();
  expect(await page.getByRole('table').getByRole('link').allTextContents()).toEqual([
    '欧阳明与钟华借款纠纷',
    '欧阳明与黄磊借款纠纷',
  ]);
  await page.context().close();
});
