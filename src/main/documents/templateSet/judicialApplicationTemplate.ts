import { blankLine, CONTENT_WIDTH, formDocument, prose, spacer, table, title } from './formKit.ts';
import { common, dateField, defineTemplate, field, repeatRows, ruledLines } from './templateDefinition.ts';

/**
 * 司法确认申请书 (domain §1.13, §2.4): both parties apply jointly within 30 days of the agreement taking
 * effect; the undertakings follow 法释〔2011〕5号 and the court's 2016 样式.
 */
export const judicialApplicationTemplate = defineTemplate({
  id: 'judicialApplication',
  file: 'judicial-application.docx',
  title: '司法确认申请书',
  version: 2,
  description: '双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认；双方签名。',
  fields: [
    field('partyNames', '申请人姓名（甲与乙）', 'parties[].name', { blankWidth: 9 }),
    dateField('agreementDate', '调解协议达成日期', 'agreement.concludedAt'),
    common.orgName(),
    field('agreementNo', '调解协议编号', 'agreement.number ?? case.caseNo', {
      blankWidth: 0,
      blankText: '（　　　　）　　人调字第　　　号',
    }),
    field('reasons', '事实和理由', '计算：case.summary + 协议主要内容 + 生效日期', {
      blankWidth: 0,
      blankText: ruledLines(6),
    }),
    field('court', '受理法院', 'judicialConfirmation.court ?? organisation.defaultCourt', { blankWidth: 14 }),
    field('attachments', '附件清单', '计算：协议书、身份证明、授权委托书', {
      blankWidth: 0,
      blankText: ruledLines(3),
    }),
    dateField('applicationDate', '申请日期', 'judicialConfirmation.appliedAt', false),
  ],
  repeats: [
    repeatRows(
      'parties',
      '申请人及代理人',
      'parties[]（代理人列在被代理人之后）',
      [
        field('label', '身份（申请人/委托代理人）', 'parties[] / agents[]'),
        field('detail', '基本情况', 'parties[]：姓名、性别、出生日期、民族、职业、住址、联系方式、证件号码', {
          blankWidth: 0,
          blankText: ruledLines(2, 42),
        }),
      ],
      { blankRowValues: [{ label: '申请人：' }, { label: '申请人：' }] },
    ),
    repeatRows(
      'signers',
      '申请人签名栏',
      'parties[]',
      [field('label', '签名人', '申请人 + parties[].name', { blankWidth: 6 })],
      { blankRowValues: [{ label: '申请人（签名并按指印）' }, { label: '申请人（签名并按指印）' }] },
    ),
  ],
  build: () =>
    formDocument({
      title: '司法确认申请书',
      children: [
        title('司法确认申请书'),
        table({
          columns: [CONTENT_WIDTH],
          borders: false,
          cellStyle: 'FormBody',
          rows: [
            {
              cells: [{ text: '{{parties.label}}{{parties.detail}}', indent: true, align: 'justify' }],
              cantSplit: false,
            },
          ],
        }),
        prose('请求事项：', { keepNext: true }),
        prose(
          '确认申请人{{partyNames}}于{{agreementDate}}经{{orgName}}主持调解达成的{{agreementNo}}人民调解协议书有效。',
        ),
        prose('事实和理由：', { keepNext: true }),
        prose('{{reasons}}'),
        prose(
          '申请人承诺：（一）出于解决纠纷的目的自愿达成调解协议，没有恶意串通、规避法律的行为；（二）所提供的材料真实，调解协议不损害国家利益、社会公共利益和他人合法权益；（三）如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。',
        ),
        prose('此致', { spaceBefore: 200 }),
        prose('{{court}}', { indent: false }),
        blankLine(),
        prose('附：', { keepNext: true }),
        // Kept with the signatures below, so they never stand alone on the last page.
        prose('{{attachments}}', { keepNext: true }),
        spacer(true),
        table({
          columns: [CONTENT_WIDTH - 7000, 7000],
          borders: false,
          keepTogether: true,
          cellStyle: 'FormBody',
          rows: [
            { height: 800, cells: ['', '{{signers.label}}：'] },
            {
              height: 800,
              cells: [{ text: '{{applicationDate}}', span: 2, align: 'right', vAlign: 'bottom' }],
            },
          ],
        }),
      ],
    }),
});
