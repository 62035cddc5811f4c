import { afterEach, expect, test } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore.ts';
import { mustCall, uploadBytes } from '../../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDir.ts';
import { hasOffice, pdfPageTexts } from '../helpers/documentTestKit.ts';
import { minimalPdf } from '../helpers/minimalPdf.ts';
import { caseWithAgreement, openDocumentCore, setUpAsAdmin, WITH_OFFICE } from './wiringKit.ts';

let dataDir: string | null = null;
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  if (dataDir) removeTempDir(dataDir);
  core = null;
  dataDir = null;
});

/** The top-right corner of an A4 page (595 × 842 pt), where 卷内文件页号 are stamped. */
const CORNER = { x: 445, y: 0, width: 150, height: 60 };

test.skipIf(!hasOffice)(
  '组卷 with LibreOffice stamps each page of the contents with its number, top right, as the 卷内目录 counts them',
  async () => {
    dataDir = makeTempDir('mdesk-pagenumbers-');
    core = await openDocumentCore(dataDir, WITH_OFFICE);
    const token = await setUpAsAdmin(core);
    let c = await caseWithAgreement(core, token);
    // A two-page scan filed as 申请材料 is bound after the 申请书 and numbered with the rest.
    c = await mustCall(
      core,
      'attachment.add',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'application',
        title: '张建国书面申请原件扫描件',
        fileName: '申请原件.pdf',
        mimeType: 'application/pdf',
        pages: 2,
        uploadId: await uploadBytes(core, token, minimalPdf(2)),
      },
      token,
    );

    const outcome = await mustCall(core, 'document.dossier', { caseId: c.id }, token);
    expect(outcome.pdfStatus).toBe('created');
    const file = await mustCall(core, 'document.download', { documentId: outcome.dossier.id }, token);
    const pdf = new Uint8Array(Buffer.from(file.base64, 'base64'));
    const pages = await pdfPageTexts(pdf);
    const corners = await pdfPageTexts(pdf, CORNER);
    expect(corners).toHaveLength(pages.length);

    // Cover and 目录 first, 备考表 last: none of them carries a number.
    const firstContent = pages.findIndex(
      (text, index) => index > 0 && text.includes('人民调解申请书') && !text.includes('卷内目录'),
    );
    expect(pages[0]).toContain('调解卷宗');
    expect(pages.slice(1, firstContent).join()).toContain('卷内目录');
    expect(pages.at(-1)).toContain('卷内备考表');
    for (const index of [...Array(firstContent).keys(), pages.length - 1]) {
      // (Not archived yet, these are drafts: their 草稿 banner is there, but no number.)
      expect(corners[index], `第${index + 1}页`).not.toMatch(/\d/);
    }
    // Every page in between carries its number alone: 1, 2, 3 … with nothing else in the corner.
    const content = corners.slice(firstContent, -1);
    expect(content).toEqual(content.map((_, index) => String(index + 1)));
    expect(content.length).toBeGreaterThanOrEqual(6);

    // The 目录's 页号 column agrees: the scan's two pages follow the 申请书, and the 协议书 starts on the
    // page the 目录 names.
    const toc = pages.slice(1, firstContent).join('');
    const agreementRow = /人民调解协议书(\d+)(?:-\d+)?2026年3月2日/.exec(toc);
    expect(agreementRow, toc).not.toBeNull();
    const agreementPage = firstContent + Number(agreementRow![1]) - 1;
    expect(pages[agreementPage]).toContain('人民调解协议书');
    expect(pages[agreementPage - 1]).not.toContain('人民调解协议书');
    expect(toc).toMatch(/张建国书面申请原件扫描件\d+-\d+/);
    expect(outcome.messages.join('\n')).toContain('页号已印在每页右上角');
  },
  240_000,
);
