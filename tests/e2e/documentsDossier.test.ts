import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ID_MAN, ID_WOMAN, openLoggedIn, startDesk, type Desk } from './caseHelpers.ts';

/**
 * A clause typed in the agreement dialog with its obligor and deadline repeated in the text, previewed as
 * the 协议书 prints it (once); then 一键组卷 on a case with nothing generated.
 */
let browser: Browser;
let desk: Desk;
let dataDir: string;
const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const NOW = new Date(Date.now() + 8 * 3_600_000 - 60_000).toISOString().slice(0, 16);

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = makeTempDir('mediation-e2e-dossier-');
  desk = await startDesk(dataDir);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await desk?.host.stop();
  if (dataDir) removeTempDir(dataDir);
});

/** 受理 → 指派 → 调解 (with the 告知 at its start), through the API: the UI part starts at the agreement. */
async function caseInMediation(): Promise<string> {
  let c = await desk.call('case.create', {
    title: '张建国与陈志强邻里纠纷',
    summary: '楼上卫生间漏水，楼下吊顶受损。',
    disputeType: 'neighbourhood',
    source: 'party_application',
    requests: ['修复漏水并赔偿损失'],
    parties: [
      { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
      { role: 'respondent', name: '陈志强', idNumber: ID_WOMAN, contacts: [{ value: '13987654321' }] },
    ],
  });
  c = await desk.call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: TODAY,
    consentMode: 'all_parties_consented',
  });
  const mediator = await desk.call('mediator.create', { name: '王秀兰', employment: 'full_time' });
  c = await desk.call('case.assign', {
    caseId: c.id,
    expectedVersion: c.version,
    mediatorId: mediator.id,
    role: 'lead',
    mode: 'designated',
  });
  c = await desk.call('session.record', {
    caseId: c.id,
    expectedVersion: c.version,
    kind: 'mediation',
    startAt: NOW,
    place: '调解室',
    mediatorIds: [mediator.id],
    recorder: '刘记录',
    partyIdsPresent: c.parties.map((party) => party.id),
    rightsNoticeGivenAtStart: true,
    transcript: '双方陈述，同意由被申请人修复并赔偿。',
    result: '达成协议',
  });
  return c.id;
}

test('a clause typed with its obligor and deadline is previewed once, and 一键组卷 makes every document', async () => {
  const caseId = await caseInMediation();
  const page = await openLoggedIn(browser, desk, `#/cases/${caseId}`);
  await page
    .getByRole('toolbar', { name: '办理操作' })
    .getByRole('button', { name: '登记协议', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: '登记调解协议' });
  await dialog.waitFor();
  const preview = dialog.getByRole('status', { name: '第1条打印预览' });
  await preview.getByText('填写条款内容后在此显示打印效果', { exact: false }).waitFor();

  await dialog.getByLabel('履行期限').fill('2026-12-10');
  await dialog.getByLabel('条款内容').fill('被申请人陈志强于2026年12月10日前自行修复402室卫生间防水层');
  await expect
    .poll(() => preview.innerText())
    .toContain('一、被申请人陈志强于2026年12月10日前自行修复402室卫生间防水层。');
  expect((await preview.innerText()).match(/陈志强/g)).toHaveLength(1);
  // The amount joins the sentence in 大写 and figures as it is typed.
  await dialog.getByLabel('金额（元）').fill('35600');
  await expect.poll(() => preview.innerText()).toContain('防水层人民币叁万伍仟陆佰元整（¥35,600.00）。');
  await dialog.getByLabel('金额（元）').fill('');
  await dialog.getByRole('button', { name: '登记协议', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });

  // Nothing generated yet: 一键组卷 makes what the data calls for, then binds the dossier.
  await page.goto(`${desk.host.url}/#/cases/${caseId}/documents`);
  await page.getByRole('heading', { name: '卷宗' }).waitFor();
  await page.getByRole('button', { name: '一键组卷' }).click();
  const done = page.getByRole('alert').filter({ hasText: '组卷完成' });
  await done.waitFor({ timeout: 120_000 });
  const messages = await done.innerText();
  expect(messages).toMatch(
    /已按案件信息自动生成\d+份文书：人民调解申请书、人民调解当事人权利义务告知书、人民调解记录、人民调解协议书/,
  );
  expect(messages).not.toContain('还没有生成任何正式文书');
  const list = page.getByRole('table', { name: '已生成的文书' });
  await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain('人民调解协议书');
  await page.close();
}, 180_000);
