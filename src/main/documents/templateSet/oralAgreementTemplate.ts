import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, repeatRows } from './templateDefinition.ts';

/** 人民调解口头协议登记表 (domain §1.9): mirrors the written agreement's content in a ruled form. */
const COLUMNS = [1500, 1200, 1700, 1700, 2745];

export const oralAgreementTemplate = defineTemplate({
  id: 'oralAgreement',
  file: 'oral-agreement.docx',
  title: '人民调解口头协议登记表',
  version: 2,
  description: '当事人认为无需制作书面协议时登记口头协议内容；调解员、登记人签名，当事人签名。',
  fields: [
    common.caseNo(),
    cellField('summary', '纠纷简要情况', 'case.summary'),
    cellField('content', '口头协议内容', 'agreement.oralContent 或由各项义务生成'),
    cellField('performance', '履行方式、时限', 'agreement.performanceText 或由各项义务生成'),
    dateField('concludedDate', '协议达成日期', 'agreement.concludedAt'),
    common.orgName(),
  ],
  repeats: [
    repeatRows(
      'parties',
      '当事人',
      'parties[]',
      [
        cellField('role', '当事人身份', 'parties[].role'),
        cellField('name', '姓名（名称）', 'parties[].name'),
        cellField('phone', '联系方式', 'parties[].phone', false),
        cellField('address', '单位或住址', 'parties[].address', false),
      ],
      { blankRows: 3 },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解口头协议登记表',
      children: [
        title('人民调解口头协议登记表'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 560,
              cells: [
                { text: '当 事 人', align: 'center', vMerge: 'restart' },
                { text: '身份', align: 'center' },
                { text: '姓名（名称）', align: 'center' },
                { text: '联系方式', align: 'center' },
                { text: '单位或住址', align: 'center' },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '{{parties.role}}', align: 'center' },
                '{{parties.name}}',
                '{{parties.phone}}',
                '{{parties.address}}',
              ],
            },
            {
              height: 1800,
              cells: [
                { text: ['纠纷简要', '情况'], align: 'center' },
                { text: '{{summary}}', span: 4, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 2000,
              cells: [
                { text: ['口头协议', '内容'], align: 'center' },
                { text: '{{content}}', span: 4, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 1000,
              cells: [
                { text: ['履行方式、', '时限'], align: 'center' },
                { text: '{{performance}}', span: 4, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 700,
              cells: [
                { text: ['调解员', '（签名）'], align: 'center' },
                { text: '', span: 2 },
                { text: ['登记人', '（签名）'], align: 'center' },
                '',
              ],
            },
            {
              height: 700,
              cells: [
                { text: ['当事人', '（签名）'], align: 'center' },
                { text: '', span: 2 },
                {
                  text: ['{{orgName}}（印章）', '{{concludedDate}}'],
                  span: 2,
                  align: 'right',
                  vAlign: 'bottom',
                },
              ],
            },
          ],
        }),
      ],
    }),
});
