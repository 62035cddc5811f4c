import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore.ts';
import { callApi, loginAs, mustCall } from '../../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDir.ts';
import { caseWithAgreement, ID_MAN, openDocumentCore, registerCase, setUpAsAdmin } from './wiringKit.ts';

let dataDir: string;
let core: Core;
let token: string;

beforeEach(async () => {
  dataDir = makeTempDir('mdesk-docwire-');
  core = await openDocumentCore(dataDir);
  token = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dataDir);
});

async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

test('generates the agreement of a case built through the API, with full (unmasked) values, and records it', async () => {
  const c = await caseWithAgreement(core, token);
  const record = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'agreement', mode: 'final' },
    token,
  );
  expect(record).toMatchObject({
    caseId: c.id,
    kind: 'document',
    templateId: 'agreement',
    templateVersion: 2,
    templateOverrideVersion: null,
    title: '人民调解协议书',
    mode: 'final',
    version: 1,
    generatedBy: '王管理',
    missing: [],
  });
  expect(record.fileName).toBe(`${c.caseNo}-人民调解协议书.docx`);

  // The file lies under <dataDir>/documents/<case uuid>/ and has the recorded SHA-256.
  const dir = path.join(dataDir, 'documents', c.id);
  const files = fs.readdirSync(dir);
  expect(files).toEqual([`${record.id}.docx`]);
  const onDisk = fs.readFileSync(path.join(dir, files[0]!));
  expect(createHash('sha256').update(onDisk).digest('hex')).toBe(record.sha256);
  expect(onDisk.byteLength).toBe(record.byteSize);

  // Downloaded bytes are that file; the printed document has the real ID number, not the masked one.
  const download = await mustCall(core, 'document.download', { documentId: record.id }, token);
  const bytes = new Uint8Array(Buffer.from(download.base64, 'base64'));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(record.sha256);
  expect(download.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const text = await documentText(bytes);
  expect(text).toContain('张建国');
  expect(text).toContain('李卫东');
  expect(text).toContain(ID_MAN);
  expect(text).toContain('人民币叁万伍仟陆佰元整');
  expect(text).not.toContain('{{');

  // Generating and downloading are both audited: the file carries full personal data.
  const audit = await mustCall(core, 'audit.list', { method: 'document.generate' }, token);
  expect(audit.rows.some((row) => row.method === 'document.generate')).toBe(true);
  const downloads = await mustCall(core, 'audit.list', { method: 'document.download' }, token);
  expect(downloads.rows).toHaveLength(1);
  expect(JSON.stringify(downloads.rows[0]!.detail)).toContain(record.id);
});

test('regenerating keeps the old version and adds the next one', async () => {
  const c = await caseWithAgreement(core, token);
  const first = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  const draft = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'agreement', mode: 'draft' },
    token,
  );
  const second = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  const record = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'mediationRecord' },
    token,
  );
  expect([first.version, draft.version, second.version, record.version]).toEqual([1, 2, 3, 1]);
  expect(draft.fileName).toContain('（草稿）');
  expect(record.sessionId).toBe(c.sessions[0]!.id);
  // Same content under a new document id: same content hash, different file.
  expect(second.contentHash).toBe(first.contentHash);
  expect(second.id).not.toBe(first.id);

  const list = await mustCall(core, 'document.list', { caseId: c.id }, token);
  expect(list.map((doc) => doc.id).sort()).toEqual([first.id, draft.id, second.id, record.id].sort());
  for (const doc of [first, draft, second]) {
    const file = await mustCall(core, 'document.download', { documentId: doc.id }, token);
    expect(createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex')).toBe(doc.sha256);
  }
});

test('a final document of an incomplete case fails with DOCUMENT_DATA_MISSING naming what is missing; a draft is made', async () => {
  const c = await registerCase(core, token);
  const result = await callApi(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('DOCUMENT_DATA_MISSING');
  expect(result.error.message).toContain('《人民调解协议书》');
  const missing = (result.error.details as { missing: { meaning: string }[] }).missing.map(
    (item) => item.meaning,
  );
  expect(missing).toEqual(expect.arrayContaining([expect.stringContaining('协议')]));
  expect(result.error.message).toContain(missing[0]!);
  // Nothing was recorded or written for the failed call.
  expect(await mustCall(core, 'document.list', { caseId: c.id }, token)).toEqual([]);
  expect(fs.existsSync(path.join(dataDir, 'documents', c.id))).toBe(false);

  const draft = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'agreement', mode: 'draft' },
    token,
  );
  expect(draft.missing.length).toBe(missing.length);
});

test('a mediator cannot download documents of a case that is not theirs', async () => {
  const c = await caseWithAgreement(core, token);
  const record = await mustCall(core, 'document.generate', { caseId: c.id, templateId: 'agreement' }, token);
  const mediator = await loginAs(core, token, 'mediator', 'mediator1');
  const denied = await callApi(core, 'document.download', { documentId: record.id }, mediator);
  expect(denied.ok).toBe(false);
  if (!denied.ok) expect(denied.error.code).toBe('PERMISSION_DENIED');
  const listed = await callApi(core, 'document.list', { caseId: c.id }, mediator);
  expect(listed.ok).toBe(false);
});

test('blank forms and the template list', async () => {
  const templates = await mustCall(core, 'document.templates', {}, token);
  expect(templates).toHaveLength(15);
  const agreement = templates.find((template) => template.id === 'agreement')!;
  expect(agreement).toMatchObject({ title: '人民调解协议书', version: 2, source: 'builtin', override: null });
  expect(templates.find((template) => template.id === 'mediationRecord')!.event).toBe('session');
  expect(templates.find((template) => template.id === 'dossierCover')!.dossierOnly).toBe(true);

  const blank = await mustCall(core, 'document.blankForm', { templateId: 'agreement' }, token);
  expect(blank.fileName).toBe('人民调解协议书（空白）.docx');
  const text = await documentText(new Uint8Array(Buffer.from(blank.base64, 'base64')));
  expect(text).toContain('人民调解协议书');
  expect(text).not.toContain('{{');
});
