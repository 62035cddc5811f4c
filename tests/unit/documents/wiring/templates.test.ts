import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore.ts';
import { callApi, loginAs, mustCall } from '../../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDir.ts';
import { TEMPLATES_DIR } from '../helpers/documentTestKit.ts';
import { caseWithAgreement, openDocumentCore, setUpAsAdmin } from './wiringKit.ts';

let dataDir: string;
let core: Core;
let token: string;

beforeEach(async () => {
  dataDir = makeTempDir('mdesk-doctpl-');
  core = await openDocumentCore(dataDir);
  token = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dataDir);
});

const original = new Uint8Array(fs.readFileSync(path.join(TEMPLATES_DIR, 'agreement.docx')));

/** Rewrites one part of a .docx, as an edit in WPS or Word would. */
async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

async function bodyText(file: { base64: string }): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

/** The centre's own wording, with {{facts}} split across runs as Word does after a formatting change. */
async function centreVersion(): Promise<Uint8Array> {
  return editPart(original, 'word/document.xml', (xml) =>
    xml
      .replace('人民调解协议书', '尧化街道人民调解协议书')
      .replace(
        '<w:r><w:t xml:space="preserve">{{facts}}</w:t></w:r>',
        '<w:r><w:rPr><w:b/></w:rPr><w:t>{{fa</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>c</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>ts}}</w:t></w:r>',
      ),
  );
}

test('an uploaded template (split runs included) replaces the built-in one; documents record the override; revert restores it', async () => {
  const c = await caseWithAgreement(core, token);
  const before = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);

  const upload = await centreVersion();
  const info = await mustCall(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', fileName: '协议书（本中心）.docx', base64: base64(upload) },
    token,
  );
  expect(info).toMatchObject({ id: 'agreement', source: 'override', version: 2 });
  expect(info.override).toMatchObject({
    version: 1,
    fileName: '协议书（本中心）.docx',
    uploadedBy: '王管理',
  });
  const sha = createHash('sha256').update(upload).digest('hex');
  expect(info.override!.sha256).toBe(sha);
  const stored = fs.readdirSync(path.join(dataDir, 'templates', 'agreement'));
  expect(stored).toHaveLength(1);

  // The current template downloads as uploaded; generation uses it and fills the split placeholder.
  const current = await mustCall(core, 'document.templateFile', { templateId: 'agreement' }, token);
  expect(createHash('sha256').update(Buffer.from(current.base64, 'base64')).digest('hex')).toBe(sha);
  const after = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  expect(after.templateOverrideVersion).toBe(1);
  expect(after.contentHash).not.toBe(before.contentHash);
  const text = await bodyText(await mustCall(core, 'document.download', { documentId: after.id }, token));
  expect(text).toContain('尧化街道人民调解协议书');
  expect(text).toContain('李卫东家卫生间漏水');
  expect(text).not.toContain('{{');

  // A second upload becomes version 2; the first stays on disk for the records that used it.
  const second = await mustCall(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', base64: base64(upload) },
    token,
  );
  expect(second.override!.version).toBe(2);

  const reverted = await mustCall(core, 'document.revertTemplate', { templateId: 'agreement' }, token);
  expect(reverted).toMatchObject({ source: 'builtin', override: null });
  const builtIn = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  expect(builtIn.templateOverrideVersion).toBeNull();
  expect(builtIn.contentHash).toBe(before.contentHash);
  expect(
    await bodyText(await mustCall(core, 'document.download', { documentId: after.id }, token)),
  ).toContain('尧化街道');
  expect(fs.readdirSync(path.join(dataDir, 'templates', 'agreement'))).toHaveLength(2);
});

test('invalid uploads are refused with coded errors naming the placeholders, and change nothing', async () => {
  const missing = await editPart(original, 'word/document.xml', (xml) =>
    xml.replace('{{facts}}', '（事实）').replace('{{copies}}', '{{copies}}{{caseNO}}'),
  );
  const result = await callApi(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', base64: base64(missing) },
    token,
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('TEMPLATE_INVALID');
  expect(result.error.message).toContain('{{facts}}');
  expect(result.error.message).toContain('{{caseNO}}');
  expect(result.error.details).toMatchObject({
    missing: [{ key: 'facts', meaning: expect.any(String) }],
    unknown: ['caseNO'],
  });

  for (const bad of [new TextEncoder().encode('这不是 Word 文档'), original.slice(0, 4000)]) {
    const refused = await callApi(
      core,
      'document.uploadTemplate',
      { templateId: 'agreement', base64: base64(bad) },
      token,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('TEMPLATE_INVALID');
  }

  const templates = await mustCall(core, 'document.templates', {}, token);
  expect(templates.find((template) => template.id === 'agreement')!.source).toBe('builtin');
  expect(fs.existsSync(path.join(dataDir, 'templates'))).toBe(false);
});

test('only the administrator manages templates', async () => {
  const reviewer = await loginAs(core, token, 'reviewer');
  const denied = await callApi(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', base64: base64(original) },
    reviewer,
  );
  expect(denied.ok).toBe(false);
  if (!denied.ok) expect(denied.error.code).toBe('PERMISSION_DENIED');
  const revert = await callApi(core, 'document.revertTemplate', { templateId: 'agreement' }, reviewer);
  expect(revert.ok).toBe(false);
  // Case workers still see the list and print blank forms.
  expect(await mustCall(core, 'document.templates', {}, reviewer)).toHaveLength(15);
  expect(
    (await mustCall(core, 'document.blankForm', { templateId: 'rightsNotice' }, reviewer)).fileName,
  ).toContain('空白');
});

test('an uploaded template file changed on disk is not used; the list and revert still work', async () => {
  const c = await caseWithAgreement(core, token);
  await mustCall(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', base64: base64(await centreVersion()) },
    token,
  );
  const [file] = fs.readdirSync(path.join(dataDir, 'templates', 'agreement'));
  fs.appendFileSync(path.join(dataDir, 'templates', 'agreement', file!), 'x');

  const refused = await callApi(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('TEMPLATE_INVALID');
    expect(refused.error.message).toContain('恢复为内置模板');
  }
  expect(await mustCall(core, 'document.list', { caseId: c.id }, token)).toEqual([]);
  expect((await mustCall(core, 'document.templates', {}, token)).length).toBe(15);

  await mustCall(core, 'document.revertTemplate', { templateId: 'agreement' }, token);
  const generated = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'agreement' },
    token,
  );
  expect(generated.templateOverrideVersion).toBeNull();
});

test('backups carry generated documents and uploaded templates', async () => {
  const c = await caseWithAgreement(core, token);
  const record = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  await mustCall(
    core,
    'document.uploadTemplate',
    { templateId: 'agreement', base64: base64(await centreVersion()) },
    token,
  );
  const backup = await mustCall(core, 'backup.run', {}, token);
  expect(backup.verified).toBe(true);
  expect(fs.existsSync(path.join(backup.folder, 'documents', c.id, `${record.id}.docx`))).toBe(true);
  expect(fs.readdirSync(path.join(backup.folder, 'templates', 'agreement'))).toHaveLength(1);
});
