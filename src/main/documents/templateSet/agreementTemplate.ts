import { CONTENT_WIDTH, formDocument, numberLine, prose, spacer, table, title } from './formKit.ts';
import { common, dateField, defineTemplate, field, repeatRows, ruledLines } from './templateDefinition.ts';

/** 人民调解协议书 (domain §1.8): prose, parties and clauses repeat as borderless table rows. */
export const agreementTemplate = defineTemplate({
  id: 'agreement',
  file: 'agreement.docx',
  title: '人民调解协议书',
  version: 2,
  description: '书面调解协议；份数 = 当事人数 + 1，当事人签名并按指印，调解员、记录人签名，加盖调委会印章。',
  fields: [
    field('agreementNo', '协议编号', 'agreement.number ?? case.caseNo', {
      blankWidth: 0,
      blankText: '（　　　　）　　人调字第　　　号',
    }),
    field('facts', '纠纷主要事实、争议事项', 'case.facts ?? case.summary', {
      blankWidth: 0,
      blankText: ruledLines(4),
    }),
    field('performance', '履行协议的方式、地点、期限', 'agreement.performanceText 或由各项义务生成', {
      blankWidth: 0,
      blankText: ruledLines(2),
    }),
    field('copies', '协议份数（大写）', '计算：当事人数 + 1', { blankWidth: 2 }),
    common.sealName(),
    dateField('concludedDate', '协议达成日期', 'agreement.concludedAt'),
  ],
  repeats: [
    repeatRows(
      'parties',
      '当事人及代理人',
      'parties[]（代理人列在被代理人之后）',
      [
        field('label', '身份（申请人/被申请人/委托代理人）', 'parties[].role / agents[].kind'),
        field('detail', '基本情况', 'parties[]：姓名、性别、民族、出生日期、证件号码、住址、联系电话', {
          blankWidth: 0,
          blankText: ruledLines(2, 40),
        }),
      ],
      { blankRowValues: [{ label: '申请人：' }, { label: '被申请人：' }] },
    ),
    repeatRows(
      'clauses',
      '协议条款',
      'agreement.obligations[] + agreement.otherClauses[]',
      [
        field('text', '条款内容（含序号）', '计算：义务人、期限、内容、金额（大写并附小写）、方式', {
          blankWidth: 25,
        }),
      ],
      { blankRows: 4 },
    ),
    repeatRows(
      'signers',
      '当事人签名栏',
      'parties[]',
      [field('label', '签名人身份', 'parties[].role', { blankWidth: 6 })],
      { blankRowValues: [{ label: '申请人（签名并按指印）' }, { label: '被申请人（签名并按指印）' }] },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解协议书',
      children: [
        title('人民调解协议书'),
        numberLine('{{agreementNo}}'),
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
        prose('纠纷主要事实、争议事项：', { keepNext: true }),
        prose('{{facts}}'),
        prose('经调解，当事人自愿达成如下协议：', { keepNext: true }),
        table({
          columns: [CONTENT_WIDTH],
          borders: false,
          cellStyle: 'FormBody',
          rows: [{ cells: [{ text: '{{clauses.text}}', indent: true, align: 'justify' }], cantSplit: false }],
        }),
        prose('履行协议的方式、地点、期限：', { keepNext: true }),
        prose('{{performance}}'),
        // Kept with the signatures, so the signature page is never a page of signatures only.
        prose('本协议自当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。', {
          keepNext: true,
        }),
        prose('本协议一式{{copies}}份，当事人、人民调解委员会各持一份。', { keepNext: true }),
        spacer(true),
        table({
          columns: [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
          borders: false,
          keepTogether: true,
          cellStyle: 'FormBody',
          rows: [
            { height: 700, cells: [{ text: '当事人：', span: 2, vAlign: 'bottom' }] },
            { height: 900, cells: [{ text: '{{signers.label}}：', indent: true, span: 2 }] },
            { height: 900, cells: ['人民调解员（签名）：', '记录人（签名）：'] },
            {
              cells: [{ text: ['', '（{{sealName}}印）', '{{concludedDate}}'], span: 2, align: 'right' }],
            },
          ],
        }),
      ],
    }),
});
