import { beforeAll, describe, expect, it } from 'vitest';
import { renderBlankForm } from '../../../src/main/documents/blankForm.ts';
import { generateCaseDocument } from '../../../src/main/documents/generateCaseDocument.ts';
import type { TemplateId } from '../../../src/main/documents/templateManifest.ts';
import {
  builtInTemplates,
  caseFor,
  fixedClock,
  hasOffice,
  officeTools,
  pdfText,
  testIds,
} from './helpers/documentTestKit.ts';

/**
 * Every template filled from the sample case, and every blank form, converted to PDF by LibreOffice in
 * one batch; the text is read back with pdftotext (whitespace removed, as pdftotext spaces CJK and Latin
 * text apart).
 */
const CASE_NO = '（2026）栖尧人调字第001号';
const ORG = '南京市栖霞区尧化街道人民调解委员会';
const MONEY = '人民币叁万伍仟陆佰元整（¥35,600.00）';

const EXPECTED: Readonly<Record<TemplateId, readonly string[]>> = {
  application: [
    '人民调解申请书',
    CASE_NO,
    '张建国',
    '李卫东',
    '13851234567',
    '退休教师',
    '402室卫生间防水层老化渗漏',
    '1．被申请人立即修复402室卫生间防水层',
    ORG,
    '2026年11月3日',
  ],
  registration: [
    '人民调解受理登记表',
    '☑当事人申请',
    '□人民调解委员会主动调解',
    '邻里纠纷（漏水）',
    '2026年11月3日，本委员会经当事人同意，调解张建国与李卫东之间的邻里纠纷（漏水）。',
    `（${ORG}印章）`,
  ],
  rightsNotice: [
    '人民调解当事人权利义务告知书',
    CASE_NO,
    '张建国、李卫东：',
    '本告知书一式三份',
    '申请人张建国（签名并按指印）',
    '被申请人李卫东（签名并按指印）',
    '2026年11月4日',
  ],
  investigationRecord: [
    '人民调解调查记录',
    '2026年11月5日9时30分至10时40分',
    '尧新花园12栋302室（现场）',
    '王秀兰、陈志强',
    '答：听清楚了。',
    '赵海燕',
  ],
  mediationRecord: [
    '人民调解记录',
    '2026年11月22日14时00分至16时30分',
    '申请人张建国；被申请人李卫东（委托代理人李明）',
    '调解员：今天依法调解张建国与李卫东之间的漏水纠纷。',
    '经调解，双方自愿达成书面协议',
    '申请人张建国（签名并按指印）',
  ],
  agreement: [
    '人民调解协议书',
    CASE_NO,
    '申请人：张建国，男，汉族，1968年3月12日出生，退休职工，居民身份证号码：320113196803124015',
    '委托代理人：李明，男，系被申请人李卫东之子',
    '一、被申请人李卫东于2026年12月10日前向申请人张建国一次性支付房屋漏水造成的吊顶、墙面、地板及家具损失赔偿款',
    MONEY,
    '二、被申请人李卫东于2026年11月30日前自行委托有资质的施工单位修复402室卫生间防水层',
    '三、本协议履行完毕后，双方就本次漏水纠纷再无其他争议。',
    '第一项：以银行转账方式履行',
    '本协议一式三份，当事人、人民调解委员会各持一份。',
    '申请人张建国（签名并按指印）：',
    `（${ORG}印）`,
    '2026年11月22日',
  ],
  oralAgreement: [
    '人民调解口头协议登记表',
    CASE_NO,
    '张建国',
    '口头协议',
    '叁万伍仟陆佰元整',
    '2026年11月22日',
  ],
  followUp: [
    '人民调解回访记录',
    '申请人张建国、被申请人李卫东',
    CASE_NO,
    '上门回访',
    '2026年12月15日',
    '已履行',
    '满意',
    '王秀兰',
  ],
  closingReport: [
    '人民调解结案报告表',
    CASE_NO,
    '2026年12月18日',
    '2026年11月3日',
    '2026年12月15日',
    '调解成功，达成书面协议',
    '2026年11月25日向南京市栖霞区人民法院申请司法确认',
    '同意结案',
  ],
  dossierCover: [
    ORG,
    '调解卷宗',
    '张建国与李卫东邻里纠纷',
    CASE_NO,
    '王秀兰、陈志强',
    '自2026年11月3日至2026年12月15日',
    '陈志强',
    '2026年12月18日',
    '30年',
  ],
  dossierToc: [
    '卷内目录',
    CASE_NO,
    '人民调解申请书',
    '张建国居民身份证复印件',
    '人民调解协议书',
    '银行转账凭证及收条',
    '卷内备考表',
  ],
  dossierBackCover: ['卷内备考表', CASE_NO, '本卷共有文件材料13件', '陈志强', '王秀兰'],
  judicialApplication: [
    '司法确认申请书',
    '申请人：张建国',
    '申请人：李卫东',
    `确认申请人张建国与李卫东于2026年11月22日经${ORG}主持调解达成的${CASE_NO}人民调解协议书有效。`,
    MONEY,
    '该协议已于2026年11月22日生效',
    '此致南京市栖霞区人民法院',
    '申请人张建国（签名并按指印）',
    '2026年11月25日',
  ],
  refusalNotice: [
    '不予受理告知书',
    '张建国：',
    '你于2026年11月3日向本委员会申请调解的张建国与李卫东邻里纠纷，经审查，该纠纷已由南京市栖霞区人民法院立案受理。',
    '本委员会决定不予受理',
    '2026年11月4日',
  ],
  terminationNotice: [
    '终止调解告知书',
    CASE_NO,
    '张建国与李卫东之间的邻里纠纷，本委员会于2026年11月3日受理后进行了调解。因双方对赔偿数额分歧较大',
    '本委员会决定终止调解',
    '特此告知',
    '2026年11月22日',
  ],
};

describe.skipIf(!hasOffice)('documents rendered by LibreOffice', () => {
  const filledText = new Map<TemplateId, string>();
  const blankText = new Map<TemplateId, string>();
  let draftText = '';

  beforeAll(async () => {
    const templates = await builtInTemplates();
    const ids = templates.manifest.templates.map((entry) => entry.id);
    const newId = testIds();
    const filled = await Promise.all(
      ids.map((templateId) =>
        generateCaseDocument({
          templates,
          data: caseFor(templateId),
          templateId,
          mode: 'final',
          clock: fixedClock,
          newId,
        }),
      ),
    );
    const blanks = await Promise.all(
      ids.map(async (id) => renderBlankForm(await templates.read(id), templates.entry(id))),
    );
    const draft = await generateCaseDocument({
      templates,
      data: { ...caseFor('agreement'), case: { ...caseFor('agreement').case, facts: null, summary: '' } },
      templateId: 'agreement',
      mode: 'draft',
      clock: fixedClock,
      newId,
    });
    const pdfs = await officeTools().convertToPdf([
      ...filled.map((document) => ({ name: document.fileName, bytes: document.bytes })),
      ...blanks.map((bytes, index) => ({ name: `${ids[index]}-blank.docx`, bytes })),
      { name: draft.fileName, bytes: draft.bytes },
    ]);
    const texts = await Promise.all(pdfs.map((pdf) => pdfText(pdf)));
    ids.forEach((id, index) => {
      filledText.set(id, texts[index]!);
      blankText.set(id, texts[ids.length + index]!);
    });
    draftText = texts.at(-1)!;
  }, 120_000);

  for (const [id, expected] of Object.entries(EXPECTED) as [TemplateId, readonly string[]][]) {
    it(`${id}: shows the case's values and no placeholder`, () => {
      const text = filledText.get(id)!;
      // Footers sit between the pages' text; without them a sentence across a page break reads whole.
      const body = text.replace(/案号：（2026）栖尧人调字第001号第\d+页共\d+页文书编号：[0-9a-f-]{36}/g, '');
      for (const value of expected) expect(body, value).toContain(value);
      expect(text).not.toContain('{{');
      expect(text).not.toContain('草稿');
      // The footer on every page: case number, document id, page x of y.
      expect(text).toContain(`案号：${CASE_NO}`);
      expect(text).toMatch(/文书编号：00000000-0000-4000-8000-\d{12}/);
      expect(text).toMatch(/第1页共\d+页/);
    });

    it(`${id}: blank form has the title, fill-in space and no case data`, () => {
      const text = blankText.get(id)!;
      expect(text).toContain(expected[0] === ORG ? '调解卷宗' : expected[0]!);
      expect(text).not.toContain('{{');
      expect(text).not.toContain('张建国');
      expect(text).not.toContain('栖尧人调字第001号');
    });
  }

  it('a draft is marked 草稿 and shows fill-in lines where data is missing', () => {
    expect(draftText).toContain('草稿未经核对，不得作为正式文书使用');
    expect(draftText).toMatch(/纠纷主要事实、争议事项：_{20,}/);
    expect(draftText).toContain(MONEY);
    expect(draftText).not.toContain('{{');
  });
});
