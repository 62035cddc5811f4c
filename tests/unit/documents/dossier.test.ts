import { describe, expect, it } from 'vitest';
import {
  DOSSIER_ITEM_LABELS,
  DOSSIER_ITEMS,
  type DossierCheck,
} from '../../../src/shared/cases/dossierItems.ts';
import type { CaseDocumentData } from '../../../src/main/documents/caseDocumentData.ts';
import { assembleDossier } from '../../../src/main/documents/dossier/assembleDossier.ts';
import type { DossierSourceDocument } from '../../../src/main/documents/dossier/assembleDossier.ts';
import { impliedDocuments, planDossier } from '../../../src/main/documents/dossier/planDossier.ts';
import { generateCaseDocument } from '../../../src/main/documents/generateCaseDocument.ts';
import type { OfficeTools } from '../../../src/main/documents/office/officeTools.ts';
import { refusedCase, sampleCase, terminatedCase } from '../../fixtures/sampleCase.ts';
import {
  builtInTemplates,
  fixedClock,
  hasOffice,
  officeTools,
  pdfPageTexts,
  pdfText,
  testIds,
} from './helpers/documentTestKit.ts';
import { minimalPdf } from './helpers/minimalPdf.ts';

const ORDER = [
  '人民调解申请书',
  '人民调解当事人权利义务告知书',
  '张建国居民身份证复印件',
  '李卫东、李明居民身份证复印件',
  '李卫东授权委托书',
  '人民调解调查记录',
  '漏水现场照片及物业查看记录',
  '人民调解记录',
  '人民调解协议书',
  '银行转账凭证及收条',
  '人民调解回访记录',
  '司法确认申请书',
  '人民调解结案报告表',
  '卷内备考表',
];

describe('dossier plan (domain §1.2)', () => {
  it('orders documents and filed papers as the 2010 dossier list does, whatever order they come in', () => {
    const shuffled = [...impliedDocuments(sampleCase)].reverse();
    const plan = planDossier(sampleCase, shuffled);
    expect(plan.summary.rows.map((row) => row.title)).toEqual(ORDER);
    expect(plan.summary.rows.map((row) => row.no)).toEqual(ORDER.map((_, index) => String(index + 1)));
    expect(plan.missing).toEqual([]);
    expect(plan.summary.itemCount).toBe(13);
  });

  it('numbers pages from the first item after the 目录 when every page count is known', () => {
    const docs = impliedDocuments(sampleCase).map((doc) => ({
      ...doc,
      pages: doc.templateId === 'agreement' ? 3 : 1,
    }));
    const rows = planDossier(sampleCase, docs).summary.rows;
    expect(rows.slice(0, 10).map((row) => row.pages)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7-9',
      '10',
      '11-13',
      '14',
    ]);
    expect(planDossier(sampleCase, docs).summary.pageCount).toBe(17);
    // One unknown count (no PDF) leaves the page column empty rather than wrong.
    expect(
      planDossier(sampleCase, impliedDocuments(sampleCase)).summary.rows.every((row) => row.pages === ''),
    ).toBe(true);
  });

  it('reports as missing exactly what the archive check finds missing, whatever papers are bound', () => {
    const check: DossierCheck = {
      complete: false,
      items: DOSSIER_ITEMS.map((item) => ({
        item,
        label: DOSSIER_ITEM_LABELS[item],
        state: item === 'party_identity' ? 'missing' : item === 'follow_up' ? 'explained' : 'present',
        detail: item === 'party_identity' ? '当事人李卫东没有证件号码或身份证明材料' : null,
        explanation: item === 'follow_up' ? '当事人拒绝回访' : null,
      })),
    };
    const judged: CaseDocumentData = {
      ...sampleCase,
      dossier: { ...sampleCase.dossier, completeness: check },
    };
    // Nothing generated yet: the slots are empty, but only the check decides what is missing.
    const plan = planDossier(judged, []);
    expect(plan.missing).toEqual([
      { slot: 'identity', label: '当事人身份证明', detail: '当事人李卫东没有证件号码或身份证明材料' },
    ]);
    expect(plan.summary.notes[0]).toBe('缺少必备材料：当事人身份证明。');
    // Data not judged from records (a fixture, a preview) has nothing missing.
    expect(planDossier(sampleCase, []).missing).toEqual([]);
  });

  it('accepts a termination notice in place of an agreement', () => {
    expect(planDossier(terminatedCase).summary.rows.map((row) => row.title)).toContain('终止调解告知书');
    expect(planDossier(refusedCase).summary.rows.map((row) => row.title)).toContain('不予受理告知书');
  });
});

async function caseDocuments(): Promise<DossierSourceDocument[]> {
  const templates = await builtInTemplates();
  const newId = testIds();
  const docs = impliedDocuments(sampleCase);
  return Promise.all(
    docs.map(async (doc) => {
      const generated = await generateCaseDocument({
        templates,
        data: sampleCase,
        templateId: doc.templateId,
        mode: 'final',
        context: doc.context ?? {},
        clock: fixedClock,
        newId,
      });
      return { templateId: doc.templateId, title: doc.title, date: doc.date ?? null, bytes: generated.bytes };
    }),
  );
}

describe('dossier assembly', async () => {
  const templates = await builtInTemplates();
  const documents = await caseDocuments();

  it('without LibreOffice: DOCX in binding order, and says there is no PDF', async () => {
    const dossier = await assembleDossier({
      data: sampleCase,
      documents,
      templates,
      office: null,
      clock: fixedClock,
      newId: testIds(),
    });
    expect(dossier.pdf).toBeNull();
    expect(dossier.pdfStatus).toBe('unavailable');
    expect(dossier.messages[0]).toContain('未检测到 LibreOffice');
    expect(dossier.files.map((file) => file.title)).toEqual([
      '卷宗封面',
      '卷内目录',
      ...ORDER.filter((title) => !/复印件|委托书|照片|凭证|备考表/.test(title)),
      '卷内备考表',
    ]);
    expect(dossier.files[0]!.name).toBe('00-卷宗封面.docx');
    expect(dossier.generated.map((doc) => doc.templateId)).toEqual([
      'dossierCover',
      'dossierToc',
      'dossierBackCover',
    ]);
  });

  it('when conversion fails: still DOCX, and the reason is given', async () => {
    const broken: OfficeTools = {
      convertToPdf: () => Promise.reject(new Error('soffice 退出码 1')),
      pageCount: () => Promise.resolve(1),
      merge: () => Promise.reject(new Error('unreachable')),
    };
    const dossier = await assembleDossier({
      data: sampleCase,
      documents,
      templates,
      office: broken,
      clock: fixedClock,
      newId: testIds(),
    });
    expect(dossier.pdfStatus).toBe('failed');
    expect(dossier.pdf).toBeNull();
    expect(dossier.messages.join()).toContain('soffice 退出码 1');
    expect(dossier.files).toHaveLength(11);
  });

  it.skipIf(!hasOffice)(
    'with LibreOffice: one PDF, 目录 page numbers from the PDFs, scans bound in',
    async () => {
      const scanned: CaseDocumentData = {
        ...sampleCase,
        dossier: {
          ...sampleCase.dossier,
          attachments: sampleCase.dossier.attachments.map((attachment) =>
            attachment.kind === '证据材料'
              ? { ...attachment, pdfPath: '/scans/photos.pdf', pages: 1 }
              : attachment,
          ),
        },
      };
      const office = officeTools();
      const dossier = await assembleDossier({
        data: scanned,
        documents,
        templates,
        office,
        readAttachment: (path) =>
          path === '/scans/photos.pdf' ? Promise.resolve(minimalPdf(2)) : Promise.reject(new Error(path)),
        clock: fixedClock,
        newId: testIds(),
      });
      expect(dossier.pdfStatus).toBe('created');
      expect(dossier.messages[0]).toMatch(/^已生成卷宗 PDF/);
      expect(dossier.messages.join()).toContain('以下纸质材料没有扫描件');

      const rows = dossier.plan.summary.rows;
      const pages = dossier.files.filter((file) => file.role === 'document').map((file) => file.pages);
      expect(pages.every((count) => typeof count === 'number' && count >= 1)).toBe(true);
      // 申请书 starts on page 1; each row starts where the previous one ended.
      expect(rows[0]!.pages).toMatch(/^1(-\d+)?$/);
      let next = 1;
      for (const row of rows.slice(0, -1)) {
        const [first, last] = row.pages.split('-').map(Number);
        expect(first, row.title).toBe(next);
        next = (last ?? first!) + 1;
      }
      // The scan counts with its real page count (2), not the 1 recorded by hand.
      expect(rows.find((row) => row.title === '漏水现场照片及物业查看记录')!.pages).toMatch(/^\d+-\d+$/);

      const pdf = dossier.pdf!;
      const total = await office.pageCount(pdf);
      const paperOnly = scanned.dossier.attachments
        .filter((attachment) => !attachment.pdfPath)
        .reduce((sum, attachment) => sum + attachment.pages, 0);
      const tocPages = 1;
      expect(total).toBe(1 + tocPages + dossier.plan.summary.pageCount! - paperOnly + 1);

      const text = await pdfText(pdf);
      expect(text.indexOf('调解卷宗')).toBeLessThan(text.indexOf('卷内目录'));
      expect(text.indexOf('卷内目录')).toBeLessThan(
        text.indexOf('人民调解申请书纠纷') === -1 ? text.lastIndexOf('人民调解协议书') : Infinity,
      );
      expect(text).toContain(`本卷共有文件材料13件，共${dossier.plan.summary.pageCount}页`);
      expect(text).not.toContain('{{');

      // 卷内文件页号 stamped top right as the 目录 counts them; the numbers of papers without a scan are
      // left out of the PDF (they are numbered by hand when put in), so the pages after them still agree.
      const corners = await pdfPageTexts(pdf, { x: 445, y: 0, width: 150, height: 60 });
      const paper = new Set(
        scanned.dossier.attachments.filter((a) => !a.pdfPath).map((attachment) => attachment.title),
      );
      const expected = rows.slice(0, -1).flatMap((row) => {
        if (paper.has(row.title)) return [];
        const [first, last] = row.pages.split('-').map(Number);
        return Array.from({ length: (last ?? first!) - first! + 1 }, (_, i) => String(first! + i));
      });
      expect(corners.slice(1 + tocPages, -1)).toEqual(expected);
      expect([...corners.slice(0, 1 + tocPages), corners.at(-1)]).toEqual(['', '', '']);
    },
    120_000,
  );
});
