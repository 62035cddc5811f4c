import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
/** Set SHOTS_DIR to keep PNGs of the pages for review. */
const SHOTS_DIR = process.env['SHOTS_DIR'];

let browser: Browser;
let dataDir: string;
let host: HostProcess;
let caseId: string;

interface Reply<T> {
  readonly ok: boolean;
  readonly value: T;
  readonly error?: { readonly message: string };
}

interface CaseReply {
  readonly id: string;
  readonly version: number;
  readonly parties: readonly { readonly id: string; readonly role: string }[];
}

async function api<T = CaseReply>(method: string, input: unknown, token: string): Promise<T> {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as Reply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
  return reply.value;
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
  });
  return /md_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
}

/** Today in China: the host runs on the real clock, and nothing may precede the registration. */
const CHINA_NOW = new Date(Date.now() + 8 * 3_600_000 - 60_000).toISOString().slice(0, 16);
const TODAY = CHINA_NOW.slice(0, 10);

/** 受理 → 指派 → 调解 → 书面协议, as the case screens would do it. */
async function caseWithAgreement(token: string): Promise<string> {
  let c = await api(
    'case.create',
    {
      title: '张建国与李卫东邻里纠纷',
      summary: '楼上漏水导致楼下天花板受损，双方就赔偿金额争执不下。',
      disputeType: 'neighbourhood',
      source: 'party_application',
      parties: [
        {
          role: 'applicant',
          name: '张建国',
          idNumber: '320113198001010015',
          contacts: [{ value: '13812345678' }],
        },
        { role: 'respondent', name: '李卫东', contacts: [{ value: '13987654321' }] },
      ],
    },
    token,
  );
  c = await api(
    'case.accept',
    {
      caseId: c.id,
      expectedVersion: c.version,
      acceptedOn: TODAY,
      consentMode: 'all_parties_consented',
    },
    token,
  );
  const mediator = await api<{ id: string }>(
    'mediator.create',
    { name: '陈调解', employment: 'full_time' },
    token,
  );
  c = await api(
    'case.assign',
    { caseId: c.id, expectedVersion: c.version, mediatorId: mediator.id, role: 'lead', mode: 'designated' },
    token,
  );
  const applicant = c.parties.find((party) => party.role === 'applicant')!;
  const respondent = c.parties.find((party) => party.role === 'respondent')!;
  c = await api(
    'session.record',
    {
      caseId: c.id,
      expectedVersion: c.version,
      kind: 'mediation',
      startAt: CHINA_NOW,
      place: '调解室',
      mediatorIds: [mediator.id],
      recorder: '刘记录',
      partyIdsPresent: [applicant.id, respondent.id],
      rightsNoticeGivenAtStart: true,
      transcript: '双方陈述。',
      result: '达成协议',
    },
    token,
  );
  c = await api(
    'agreement.record',
    {
      caseId: c.id,
      expectedVersion: c.version,
      form: 'written',
      concludedOn: TODAY,
      effectiveOn: TODAY,
      facts: '李卫东家卫生间漏水，致张建国家天花板受损。',
      obligations: [
        {
          obligorId: respondent.id,
          obligeeId: applicant.id,
          content: '向申请人张建国支付房屋漏水损失赔偿款',
          amountFen: 3_560_000,
          dueDate: TODAY,
        },
      ],
      otherClauses: ['双方就本纠纷再无其他争议'],
    },
    token,
  );
  return c.id;
}

async function loggedIn(): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await page.goto(host.url);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = makeTempDir('mediation-e2e-documents-');
  host = await startHost(dataDir);
  await fetch(`${host.url}/api/org.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(SAMPLE_ORGANISATION),
  });
  caseId = await caseWithAgreement(await adminToken());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir) removeTempDir(dataDir);
});

test('a case’s 文书 page generates the agreement, renders it in the page and downloads it', async () => {
  const page = await loggedIn();
  await page.goto(`${host.url}/#/cases/${caseId}/documents`);
  await page.getByRole('heading', { name: '生成文书' }).waitFor();
  await shot(page, 'documents-empty');

  await page.getByRole('button', { name: '生成', exact: true }).click();
  const preview = page.getByTestId('docx-preview');
  // The rendered DOCX shows the parties' names and the 大写 amount, not placeholders.
  await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('张建国');
  const text = await preview.innerText();
  expect(text).toContain('李卫东');
  expect(text).toContain('叁万伍仟陆佰元整');
  expect(text).not.toContain('{{');
  await expect.poll(() => page.getByRole('table', { name: '已生成的文书' }).innerText()).toContain('第 1 版');
  await shot(page, 'documents-preview');
  if (SHOTS_DIR) await page.pdf({ path: path.join(SHOTS_DIR, 'documents-print.pdf'), format: 'A4' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载' }).last().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/人民调解协议书\.docx$/);
  const saved = await download.path();
  const zip = await JSZip.loadAsync(fs.readFileSync(saved));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('张建国');
  await page.close();
}, 60_000);

test('设置 → 文书模板 refuses a template with a missing placeholder and names it', async () => {
  const page = await loggedIn();
  await page.goto(`${host.url}/#/settings`);
  await page.getByRole('link', { name: '文书模板' }).click();
  await page.getByRole('heading', { name: '文书模板', exact: true }).waitFor();

  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(TEMPLATES_DIR, 'agreement.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('{{facts}}', '（纠纷事实）'));
  const edited = await zip.generateAsync({ type: 'nodebuffer' });

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '上传《人民调解协议书》' }).click(),
  ]);
  await chooser.setFiles({
    name: '协议书.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: edited,
  });
  const alert = page.getByRole('alert').filter({ hasText: '未通过检查' });
  await alert.waitFor();
  expect(await alert.innerText()).toContain('{{facts}}');
  await shot(page, 'templates-error');
  // Nothing was switched: the agreement still uses the built-in template.
  expect(await page.locator('[data-template="agreement"]').innerText()).toContain('内置');
  await page.close();
}, 60_000);

test('组卷 shows progress, then the messages, the missing items and the dossier to download', async () => {
  const page = await loggedIn();
  await page.goto(`${host.url}/#/cases/${caseId}/documents`);
  await page.getByRole('heading', { name: '卷宗' }).waitFor();
  await page.getByRole('button', { name: '一键组卷' }).click();
  await page.getByText('正在组卷').waitFor();
  await shot(page, 'dossier-running');
  const done = page.getByRole('alert').filter({ hasText: '组卷完成' });
  await done.waitFor({ timeout: 120_000 });
  // The case has no ID papers filed: the dossier says so.
  expect(await page.getByRole('alert').filter({ hasText: '缺少必备材料' }).last().innerText()).toContain(
    '当事人身份证明',
  );
  const download = page.getByRole('button', { name: /下载卷宗/ });
  expect(await download.innerText()).toMatch(/PDF|DOCX/);
  await shot(page, 'dossier-done');
  await page.close();
}, 150_000);

test('a final document the case cannot fill yet lists what is missing and offers a draft', async () => {
  const token = await adminToken();
  const bare = await api(
    'case.create',
    {
      title: '王某与赵某债务纠纷',
      summary: '借款未还。',
      disputeType: 'neighbourhood',
      source: 'party_application',
      parties: [
        { role: 'applicant', name: '王小明', contacts: [{ value: '13812340000' }] },
        { role: 'respondent', name: '赵大海', contacts: [{ value: '13812341111' }] },
      ],
    },
    token,
  );
  const page = await loggedIn();
  await page.goto(`${host.url}/#/cases/${bare.id}/documents`);
  await page.getByRole('button', { name: '生成', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: '缺少以下信息' });
  await alert.waitFor();
  expect(await alert.innerText()).toContain('协议');
  await shot(page, 'documents-missing');
  await alert.getByRole('button', { name: '生成草稿' }).click();
  await expect
    .poll(() => page.getByTestId('docx-preview').innerText(), { timeout: 20_000 })
    .toContain('草稿');
  await page.close();
}, 60_000);
