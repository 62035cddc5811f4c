import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBlankForm } from '../../../src/main/documents/blankForm.ts';
import type { CaseDocumentData } from '../../../src/main/documents/caseDocumentData.ts';
import { generateCaseDocument } from '../../../src/main/documents/generateCaseDocument.ts';
import type { TemplateId } from '../../../src/main/documents/templateManifest.ts';
import { caseWithParties } from '../../fixtures/partyVariants.ts';
import type { PartyVariant } from '../../fixtures/partyVariants.ts';
import {
  builtInTemplates,
  caseFor,
  compact,
  fixedClock,
  hasOffice,
  officeTools,
  testIds,
} from './helpers/documentTestKit.ts';

/**
 * Every form filled for 1, 2, 3 and 6 parties (a company with a credit code and an agent from two on)
 * and blank, converted by LibreOffice in one run and read back page by page: the pages the official form
 * has, every official field, and signatures never alone on a page.
 *
 * Fonts: the forms name 仿宋/宋体 (CJK) and Times New Roman (digits, Latin). LibreOffice here maps the CJK
 * faces to Noto Serif CJK SC, whose ideographs have the same 1 em advance as SimSun/FangSong, and every
 * line has an exact pitch, so the CJK line breaks and the page breaks match Windows; Times New Roman is
 * matched by the metric-compatible Liberation Serif when fonts-liberation2 is installed (.ci/run does).
 */
const run = promisify(execFile);

const ONE_PAGE: readonly TemplateId[] = [
  'application',
  'registration',
  'refusalNotice',
  'terminationNotice',
  'followUp',
  'closingReport',
  'oralAgreement',
  'dossierCover',
  'dossierToc',
  'dossierBackCover',
];

/** Most pages allowed for up to three parties, and for six. */
const MAX_PAGES: Partial<Record<TemplateId, readonly [number, number]>> = {
  rightsNotice: [2, 3],
  investigationRecord: [2, 2],
  mediationRecord: [2, 3],
  agreement: [3, 4],
  judicialApplication: [3, 4],
};

/** Labels of the official form that must print, filled or blank. */
const FIELDS: Readonly<Record<TemplateId, readonly string[]>> = {
  application: [
    '姓名',
    '性别',
    '民族',
    '年龄',
    '职业或职务',
    '联系方式',
    '单位或住址',
    '纠纷简要情况',
    '当事人申请事项',
  ],
  registration: [
    '登记日期',
    '纠纷类型',
    '案件来源',
    '当事人',
    '纠纷简要情况',
    '登记人（签名）',
    '备注',
    '此表由人民调解委员会填写',
  ],
  refusalNotice: ['不予受理告知书', '特此告知'],
  terminationNotice: ['终止调解告知书', '特此告知'],
  rightsNotice: ['人民调解当事人权利义务告知书', '以上告知内容，本人已知悉'],
  investigationRecord: [
    '时间',
    '地点',
    '调查人',
    '记录人',
    '被调查人',
    '事由',
    '调查记录',
    '调查结果',
    '调查人（签名）',
  ],
  mediationRecord: [
    '时间',
    '地点',
    '事由',
    '当事人',
    '参加人',
    '调解员',
    '记录人',
    '调解员（签名）',
    '记录人（签名）',
  ],
  agreement: [
    '人民调解协议书',
    '纠纷主要事实、争议事项',
    '履行协议的方式、地点、期限',
    '人民调解员（签名）',
    '记录人（签名）',
  ],
  oralAgreement: ['人民调解口头协议登记表', '调解员', '登记人'],
  followUp: ['人民调解回访记录', '调解协议编号', '回访事由', '回访情况', '回访人', '回访时间'],
  judicialApplication: ['司法确认申请书', '请求事项', '事实和理由', '申请人承诺', '此致', '附：'],
  closingReport: [
    '卷号',
    '填表时间',
    '承办单位',
    '承办人',
    '受案时间',
    '结案时间',
    '当事人',
    '案件来源',
    '纠纷简要',
    '调解结果',
    '协议履行情况',
    '司法确认情况',
    '负责人意见',
  ],
  dossierCover: [
    '调解卷宗',
    '卷名',
    '卷号',
    '人民调解员',
    '调解日期',
    '立卷人',
    '立卷日期',
    '保管期限',
    '备注',
  ],
  dossierToc: ['卷内目录', '序号', '文书名称', '页号', '备注'],
  dossierBackCover: ['卷内备考表', '立卷人', '立卷日期', '检查人', '检查日期'],
};

/** Text that must share the page with the signatures (so they are never orphaned), filled and blank. */
const SAME_PAGE: Partial<Record<TemplateId, readonly string[]>> = {
  application: ['现自愿申请', '（签名并按指印）：'],
  registration: ['本委员会经当事人同意', '登记人（签名）', '此表由人民调解委员会填写'],
  rightsNotice: ['以上告知内容，本人已知悉', '（签名并按指印）'],
  investigationRecord: ['与本人所述一致', '被调查人（签名并按指印）', '记录人（签名）'],
  mediationRecord: ['确认无误', '调解员（签名）', '记录人（签名）'],
  agreement: ['本协议一式', '当事人：', '人民调解员（签名）', '印）'],
  judicialApplication: ['附：', '（签名并按指印）：'],
  closingReport: ['司法确认情况', '负责人意见', '承办人（签名）'],
  refusalNotice: ['特此告知', '印）'],
  terminationNotice: ['特此告知', '印）'],
};

const VARIANTS: readonly PartyVariant[] = [1, 2, 3, 6];

interface Rendered {
  readonly pages: readonly string[];
}

async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mdesk-pages-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const { stdout } = await run(
      '/usr/bin/pdftotext',
      ['-layout', '-enc', 'UTF-8', join(dir, 'in.pdf'), '-'],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout
      .split('\f')
      .map(compact)
      .filter((page, index, all) => page !== '' || index < all.length - 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `phrase` read in order with at most a few characters between its parts: pdftotext -layout interleaves
 * the lines of side-by-side table cells, so a label wrapped in its cell or a cell next to a date column
 * does not come out in one piece.
 */
function reads(text: string, phrase: string): boolean {
  const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = [...phrase].map(escape).join('.{0,40}?');
  return new RegExp(pattern, 'u').test(text);
}

function withSource(data: CaseDocumentData, source: string, sourceDetail: string | null): CaseDocumentData {
  return { ...data, case: { ...data.case, source, sourceDetail } };
}

describe.skipIf(!hasOffice)('forms on the page: 1, 2, 3 and 6 parties, persons and a company', () => {
  const rendered = new Map<string, Rendered>();
  let ids: TemplateId[] = [];

  beforeAll(async () => {
    const templates = await builtInTemplates();
    ids = templates.manifest.templates.map((entry) => entry.id);
    const newId = testIds();
    const jobs: { key: string; make: () => Promise<Uint8Array> }[] = [];
    const filled = (templateId: TemplateId, data: CaseDocumentData) => async () => {
      const generate = (mode: 'final' | 'draft') =>
        generateCaseDocument({ templates, data, templateId, mode, clock: fixedClock, newId });
      // One party cannot make a final agreement (copies = parties + 1 needs two); its draft still prints.
      return (await generate('final').catch(() => generate('draft'))).bytes;
    };
    for (const id of ids) {
      for (const count of VARIANTS)
        jobs.push({ key: `${id}-${count}`, make: filled(id, caseWithParties(caseFor(id), count)) });
      jobs.push({
        key: `${id}-blank`,
        make: async () => renderBlankForm(await templates.read(id), templates.entry(id)),
      });
    }
    const sources: [string, string, string | null][] = [
      ['grid', '网格员上报', '尧新社区网格'],
      ['police', '公安机关移交', '尧化派出所警情号 J2026110301'],
      ['guided', '法院引导申请', null],
    ];
    for (const [name, source, detail] of sources) {
      for (const id of ['registration', 'closingReport'] as const) {
        jobs.push({
          key: `${id}-source-${name}`,
          make: filled(id, withSource(caseWithParties(caseFor(id), 2), source, detail)),
        });
      }
    }
    const docs = await Promise.all(
      jobs.map(async (job) => ({ name: `${job.key}.docx`, bytes: await job.make() })),
    );
    const pdfs = await officeTools().convertToPdf(docs);
    const pages = await Promise.all(pdfs.map(pdfPages));
    jobs.forEach((job, index) => rendered.set(job.key, { pages: pages[index]! }));
  }, 150_000);

  const page = (key: string): Rendered => {
    const found = rendered.get(key);
    if (!found) throw new Error(`not rendered: ${key}`);
    return found;
  };

  it('one-page forms print on one page for up to three parties and blank, and on two at most for six', () => {
    for (const id of ONE_PAGE) {
      for (const key of [`${id}-1`, `${id}-2`, `${id}-3`, `${id}-blank`])
        expect(page(key).pages.length, key).toBe(1);
      expect(page(`${id}-6`).pages.length, `${id}-6`).toBeLessThanOrEqual(2);
    }
    for (const [id, [usual, six]] of Object.entries(MAX_PAGES)) {
      for (const key of [`${id}-1`, `${id}-2`, `${id}-3`, `${id}-blank`]) {
        expect(page(key).pages.length, key).toBeLessThanOrEqual(usual);
      }
      expect(page(`${id}-6`).pages.length, `${id}-6`).toBeLessThanOrEqual(six);
    }
  });

  it('every official field prints, filled for any number of parties and blank', () => {
    for (const id of ids) {
      for (const suffix of ['1', '2', '3', '6', 'blank']) {
        const text = page(`${id}-${suffix}`).pages.join('');
        for (const label of FIELDS[id]) expect(reads(text, label), `${id}-${suffix}: ${label}`).toBe(true);
        expect(text, `${id}-${suffix}`).not.toContain('{{');
      }
    }
  });

  it('signatures share their page with the text before them: no orphaned signature rows', () => {
    for (const [id, anchors] of Object.entries(SAME_PAGE)) {
      for (const suffix of ['2', '3', '6', 'blank']) {
        const key = `${id}-${suffix}`;
        const { pages } = page(key);
        const last = anchors.at(-1)!;
        const signaturePage = pages.findIndex((text) => reads(text, last));
        expect(signaturePage, `${key}: ${last}`).toBeGreaterThanOrEqual(0);
        for (const anchor of anchors)
          expect(reads(pages[signaturePage] ?? '', anchor), `${key}: ${anchor}`).toBe(true);
      }
    }
  });

  it('an organisation seals and its representative signs; a person signs and presses a fingerprint', () => {
    const company = '南京尧新物业服务有限公司';
    for (const id of ['agreement', 'rightsNotice', 'mediationRecord'] as const) {
      const text = page(`${id}-3`).pages.join('');
      expect(reads(text, `${company}（盖章）`), id).toBe(true);
      expect(reads(text, '法定代表人或委托代理人（签名）'), id).toBe(true);
      expect(reads(text, '申请人张建国（签名并按指印）'), id).toBe(true);
      expect(text, id).not.toContain(`${company}（签名`);
    }
    expect(page('judicialApplication-3').pages.join('')).toContain(
      `申请人${company}（盖章）法定代表人或委托代理人（签名）`,
    );
    // The 申请书 gives a company its own rows, with the credit code, instead of 性别/民族/年龄 "—".
    const application = page('application-2').pages.join('');
    for (const value of [
      company,
      '名称',
      '统一社会',
      '信用代码',
      '91320113MA1MXXXX0Q',
      '住所',
      '法定代表人',
      '周立群（总经理）',
    ]) {
      expect(reads(application, value), value).toBe(true);
    }
    expect(application).not.toContain('—');
  });

  it('案件来源 ticks the official box of the group statistics count the case in, never an extra 其他 box', () => {
    const expected: Record<string, string> = {
      grid: '☑人民调解委员会主动调解（网格员上报',
      police: '☑移送、委托、委派（公安机关移交',
      guided: '☑当事人申请（法院引导申请）',
    };
    for (const id of ['registration', 'closingReport']) {
      for (const [name, box] of Object.entries(expected)) {
        const text = page(`${id}-source-${name}`).pages.join('');
        expect(reads(text, box), `${id} ${name}`).toBe(true);
        expect(text.match(/☑/g)?.length, `${id} ${name}`).toBe(1);
        expect(text, `${id} ${name}`).not.toContain('其他（');
      }
      const blank = page(`${id}-blank`).pages.join('');
      for (const box of ['□当事人申请', '□人民调解委员会主动调解', '□移送、委托、委派'])
        expect(blank, id).toContain(box);
    }
    expect(page('registration-blank').pages.join('')).toMatch(/调解_+之间的_+。/);
  });

  it('wording follows the number of parties', () => {
    expect(page('refusalNotice-2').pages.join('')).toMatch(/张建国：你于2026年11月3日/);
    expect(page('refusalNotice-6').pages.join('')).toMatch(/张建国、刘桂英：你们于/);
    expect(page('refusalNotice-blank').pages.join('')).toContain('你（你们）于');
    expect(page('judicialApplication-2').pages.join('')).toContain('双方于2026年11月22日');
    expect(page('judicialApplication-3').pages.join('')).toContain('各方于2026年11月22日');
    expect(page('judicialApplication-3').pages.join('')).not.toContain('双方均认为');
    expect(page('refusalNotice-2').pages.join('')).toContain('请你依照人民法院的诉讼程序解决该纠纷。');
    expect(page('investigationRecord-2').pages.join('')).toContain(
      '调查结果：经现场查看，302室卫生间及主卧吊顶有明显水渍，渗漏源为402室卫生间防水层。',
    );
  });

  it('dates: the 告知书 by the recorded notice, the 登记表 by the day of consent; blank date cells do not wrap', () => {
    expect(page('rightsNotice-2').pages.join('')).toContain('2026年11月4日');
    expect(page('rightsNotice-2').pages.join('')).not.toContain('2026年11月5日');
    expect(page('registration-2').pages.join('')).toMatch(/印章）2026年11月3日/);
  });
});
