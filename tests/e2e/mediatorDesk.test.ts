/**
 * The mediator's desk in Chromium: a 漏水 case shows its 相关法条 and this centre's earlier 漏水
 * case under 类案参考; an article is cited into the agreement from the open dialog in two clicks; the
 * 法条 page finds an article by law and number. Cases are set up through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

const CHINA_NOW = new Date(Date.now() + 8 * 3_600_000 - 60_000).toISOString().slice(0, 16);
const TODAY = CHINA_NOW.slice(0, 10);

let browser: Browser;
let dataDir: string;
let desk: Desk;
let current: CaseDetail;
let precedent: CaseDetail;

/** Registered, accepted, assigned and mediated once: ready for its agreement. */
async function mediatedCase(title: string, summary: string, subtypeId: number, mediatorId: string) {
  let c = await desk.call('case.create', {
    title,
    summary,
    disputeType: 'neighbourhood',
    disputeSubtypeId: subtypeId,
    source: 'party_application',
    parties: [
      { role: 'applicant', name: '张建国' },
      { role: 'respondent', name: '李卫东' },
    ],
  });
  c = await desk.call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: TODAY,
    consentMode: 'all_parties_consented',
  });
  c = await desk.call('case.assign', {
    caseId: c.id,
    expectedVersion: c.version,
    mediatorId,
    role: 'lead',
    mode: 'designated',
  });
  return desk.call('session.record', {
    caseId: c.id,
    expectedVersion: c.version,
    kind: 'mediation',
    startAt: CHINA_NOW,
    place: '调解室',
    mediatorIds: [mediatorId],
    recorder: '刘记录',
    partyIdsPresent: c.parties.map((p) => p.id),
    rightsNoticeGivenAtStart: true,
    transcript: '双方陈述。',
    result: '达成协议',
  });
}

beforeAll(async () => {
  dataDir = makeTempDir('mediation-e2e-laws-');
  [browser, desk] = await Promise.all([launchChromium(), startDesk(dataDir)]);
  const subtypes = await desk.call('taxonomy.subtypes', { disputeType: 'neighbourhood' });
  const leak = subtypes.find((s) => s.name === '漏水')!;
  const mediator = await desk.call('mediator.create', { name: '陈调解', employment: 'full_time' });
  const earlier = await mediatedCase(
    '厨房水管漏水',
    '楼上厨房水管漏水，楼下吊顶受损。',
    leak.id,
    mediator.id,
  );
  precedent = await desk.call('agreement.record', {
    caseId: earlier.id,
    expectedVersion: earlier.version,
    form: 'written',
    concludedOn: TODAY,
    effectiveOn: TODAY,
    facts: '楼上水管漏水。',
    obligations: [
      {
        obligorId: earlier.parties[1]!.id,
        obligeeId: earlier.parties[0]!.id,
        content: '李卫东修复水管并赔偿吊顶损失',
        amountFen: 320_000,
        dueDate: TODAY,
      },
    ],
  });
  current = await mediatedCase('卫生间漏水纠纷', '楼上卫生间漏水，楼下天花板受损。', leak.id, mediator.id);
});

afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  if (dataDir) removeTempDir(dataDir);
});

async function openCase(): Promise<Page> {
  const page = await openLoggedIn(browser, desk, `#/cases/${current.id}`);
  await page.getByRole('tab', { name: '法条与类案' }).click();
  return page;
}

test('a 漏水 case shows its governing articles and the centre’s earlier 漏水 case', async () => {
  const page = await openCase();
  const articles = page.getByTestId('law-article');
  await expect.poll(() => articles.count(), { timeout: 15_000 }).toBeGreaterThan(5);
  await expect.poll(() => articles.first().innerText()).toContain('《民法典》第二百八十八条');
  expect(await articles.first().innerText()).toContain('子类“漏水”');
  expect(await articles.first().innerText()).toContain('2020-05-28 版');
  await expect
    .poll(() => page.getByTestId('similar-summary').innerText())
    .toBe('近三年同类“漏水” 1 件：成功 1 件，协议金额中位数 ¥3,200，平均 0 天');
  if (process.env['SHOTS']) await page.screenshot({ path: `${process.env['SHOTS']}/laws-tab.png` });
  const table = page.getByRole('table', { name: '类案参考' });
  expect(await table.innerText()).toContain('李卫东修复水管并赔偿吊顶损失');
  await table.getByRole('link', { name: precedent.caseNo! }).click();
  await page.waitForURL(`**/#/cases/${precedent.id}`);
});

test('an article is cited into the agreement from the open dialog in two clicks', async () => {
  const page = await openLoggedIn(browser, desk, `#/cases/${current.id}`);
  await page.getByRole('toolbar', { name: '办理操作' }).getByRole('button', { name: '登记协议' }).click();
  const dialog = page.getByRole('dialog');
  const facts = dialog.getByLabel('纠纷主要事实、争议事项');
  await facts.fill('楼上卫生间漏水。');
  await dialog.getByRole('button', { name: '引用法条到协议书' }).click(); // click 1
  await page.getByRole('button', { name: '插入《民法典》第二百八十八条', exact: true }).click(); // click 2
  expect(await facts.inputValue()).toBe('楼上卫生间漏水。\n依据《中华人民共和国民法典》第二百八十八条');
  if (process.env['SHOTS']) await page.screenshot({ path: `${process.env['SHOTS']}/cite.png` });
});

test('the 法条 page finds an article by law and number, and browses a law by chapter', async () => {
  const page = await openLoggedIn(browser, desk, '#/laws');
  await page.getByRole('heading', { name: '法条库' }).waitFor();
  await page.getByLabel('检索法条').fill('民法典 288条');
  await expect
    .poll(() => page.getByTestId('law-article').first().innerText(), { timeout: 10_000 })
    .toContain('第二百八十八条');
  await page.getByLabel('检索法条').fill('');
  await page.getByRole('navigation', { name: '法律法规' }).getByText('人民调解法', { exact: true }).click();
  await page.getByRole('navigation', { name: '人民调解法目录' }).getByText('第五章 调解协议').click();
  await expect.poll(() => page.getByTestId('law-article').first().innerText()).toContain('第二十八条');
  if (process.env['SHOTS']) await page.screenshot({ path: `${process.env['SHOTS']}/laws-page.png` });
});
