import JSZip from 'jszip';
import { afterEach, expect, test } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore.ts';
import type { DossierCheck } from '../../../../src/shared/cases/dossierItems.ts';
import { mustCall } from '../../../helpers/testCore.ts';
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

const missingLabels = (check: DossierCheck): string[] =>
  check.items.filter((item) => item.state === 'missing').map((item) => item.label);

test('归档 and 组卷 judge the dossier by one rule: the same items missing before, none after an explained 归档, and the 卷内目录 says the same', async () => {
  dataDir = makeTempDir('mdesk-onerule-');
  core = await openDocumentCore(dataDir, NO_OFFICE);
  const token = await setUpAsAdmin(core);
  let c = await caseWithAgreement(core, token);
  c = await mustCall(
    core,
    'case.close',
    { caseId: c.id, expectedVersion: c.version, closedOn: '2026-03-02', note: '双方达成书面协议' },
    token,
  );

  // 李卫东 has no ID number and no ID copy; an agreement was reached and nobody has visited yet.
  const before = await mustCall(core, 'case.dossierCheck', { caseId: c.id }, token);
  expect(missingLabels(before)).toEqual(['当事人身份证明', '人民调解回访记录']);

  const dossier = await mustCall(core, 'document.dossier', { caseId: c.id }, token);
  expect(dossier.missing.map((item) => item.label)).toEqual(missingLabels(before));
  expect(dossier.messages.join('\n')).toContain('卷宗缺少必备材料：当事人身份证明、人民调解回访记录。');

  // The 卷内目录 bound in the dossier and the one generated on its own list the same items; the 卷内备考表
  // of either names the same gaps.
  const bound = (templateId: string): string =>
    dossier.generated.find((d) => d.templateId === templateId)!.id;
  const standalone = async (templateId: 'dossierToc' | 'dossierBackCover'): Promise<string> =>
    docText(
      core!,
      token,
      (await mustCall(core!, 'document.generate', { caseId: c.id, templateId, mode: 'draft' }, token)).id,
    );
  const boundToc = await docText(core, token, bound('dossierToc'));
  expect(boundToc).toContain('人民调解协议书');
  expect(await standalone('dossierToc')).toBe(boundToc);
  for (const backCover of [
    await docText(core, token, bound('dossierBackCover')),
    await standalone('dossierBackCover'),
  ]) {
    expect(backCover).toContain('缺少必备材料：当事人身份证明；人民调解回访记录。');
  }

  // 归档 with both gaps explained; 组卷 on the archived case then finds nothing missing either.
  c = await mustCall(core, 'case.get', { id: c.id }, token);
  const archived = await mustCall(
    core,
    'case.archive',
    {
      caseId: c.id,
      expectedVersion: c.version,
      archivedOn: '2026-03-02',
      filer: '刘记录',
      checker: '王秀兰',
      checkedOn: '2026-03-02',
      retention: '10_years',
      explanations: {
        party_identity: '被申请人拒绝提供身份证复印件，已核验原件。',
        follow_up: '协议当场履行完毕，当事人表示无需回访。',
      },
      ...(c.followUps.some((f) => f.status === 'planned') && {
        openFollowUpReason: '协议当场履行完毕，当事人表示无需回访',
      }),
    },
    token,
  );
  expect(archived.status).toBe('archived');
  const after = await mustCall(core, 'case.dossierCheck', { caseId: c.id }, token);
  expect(after.complete).toBe(true);
  const archivedDossier = await mustCall(core, 'document.dossier', { caseId: c.id }, token);
  expect(archivedDossier.missing).toEqual([]);
  expect(archivedDossier.messages.join('\n')).not.toContain('归档前请补齐');
  expect(archivedDossier.dossier.mode).toBe('final');
});

async function docText(core: Core, token: string, documentId: string): Promise<string> {
  const file = await mustCall(core, 'document.download', { documentId }, token);
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}
