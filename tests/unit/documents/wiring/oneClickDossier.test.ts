import JSZip from 'jszip';
import { afterEach, expect, test } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore.ts';
import { mustCall, uploadBytes } from '../../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDir.ts';
import { caseWithAgreement, NO_OFFICE, openDocumentCore, setUpAsAdmin } from './wiringKit.ts';

let dataDir: string | null = null;
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  if (dataDir) removeTempDir(dataDir);
  core = null;
  dataDir = null;
});

const pdfScan = Buffer.from('%PDF-1.4\n% 扫描件\n');

test('一键组卷 on a case with nothing generated: documents made from the data, scans of 申请材料 and 其他 bound and listed, and the standalone 目录 lists the same items', async () => {
  dataDir = makeTempDir('mdesk-oneclick-');
  core = await openDocumentCore(dataDir, NO_OFFICE);
  const token = await setUpAsAdmin(core);
  let c = await caseWithAgreement(core, token);
  for (const [kind, title] of [
    ['application', '张建国书面申请原件扫描件'],
    ['other', '物业公司情况说明'],
  ] as const) {
    c = await mustCall(
      core,
      'attachment.add',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind,
        title,
        fileName: `${title}.pdf`,
        mimeType: 'application/pdf',
        pages: 1,
        uploadId: await uploadBytes(core, token, pdfScan),
      },
      token,
    );
  }
  expect((await mustCall(core, 'document.list', { caseId: c.id }, token)).length).toBe(0);

  const outcome = await mustCall(core, 'document.dossier', { caseId: c.id }, token);
  const generated = outcome.generated.map((doc) => doc.templateId);
  for (const id of ['application', 'rightsNotice', 'mediationRecord', 'agreement'] as const) {
    expect(generated).toContain(id);
  }
  expect(outcome.messages.join('\n')).not.toContain('还没有生成任何正式文书');

  const toc = outcome.generated.find((doc) => doc.templateId === 'dossierToc')!;
  const tocXml = await docXml(core, token, toc.id);
  expect(tocXml).toContain('张建国书面申请原件扫描件');
  expect(tocXml).toContain('物业公司情况说明');

  // The 卷内目录 generated on its own lists exactly what the dossier binds.
  const standalone = await mustCall(
    core,
    'document.generate',
    { caseId: c.id, templateId: 'dossierToc', mode: 'draft' },
    token,
  );
  expect(rowTitles(tocXml)).toEqual([
    '人民调解申请书',
    '张建国书面申请原件扫描件',
    '人民调解当事人权利义务告知书',
    '人民调解记录',
    '人民调解协议书',
    '物业公司情况说明',
    '卷内备考表',
  ]);
  expect(rowTitles(await docXml(core, token, standalone.id))).toEqual(rowTitles(tocXml));
});

async function docXml(core: Core, token: string, documentId: string): Promise<string> {
  const file = await mustCall(core, 'document.download', { documentId }, token);
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

function rowTitles(text: string): string[] {
  return [
    ...text.matchAll(/人民调解[^\d]{0,14}?(?:书|表|记录)|卷内备考表|[^\s\d]{2,12}扫描件|物业公司情况说明/gu),
  ].map((match) => match[0]);
}
