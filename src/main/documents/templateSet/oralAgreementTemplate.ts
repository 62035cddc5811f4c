import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, repeatRows } from './templateDefinition.ts';

/** 人民调解口头协议登记表 (domain §1.9): mirrors the written agreement's content in a ruled form. */
const COLUMNS = [1500, 1900, 800, 800, 1700, 2145];

export const oralAgreementTemplate = defineTemplate({
  id: 'oralAgreement',
  file: 'oral-agreement.docx',
  title: '人民调解口头协议登记表',
  version: 1,
  description: '当事人认为无需制作书面协议时登记口头协议内容；调解员、登记人签名，当事人签名。',
  fields: [
    common.caseNo(),
    cellField('summary', '纠纷简要情况', 'case.summary'),
    cellField('content', '口头协议内容', 'agreement.oralContent 或由各项义务生成'),
    cellField('performance', '履行方式、时限', 'agreement.performanceText 或由各项义务生成'),
    dateField('concludedDate', '协议达成日期', 'agreement.concludedAt'),
    cellField('mediators', '调解员', 'case.mediators[]'),
    cellField('registrar', '登记人', 'case.registrar'),
    common.orgName(),
  ],
  repeats: [
    repeatRows('parties', '当事人', 'parties[]', [
      cellField('role', '当事人身份', 'parties[].role'),
      cellField('name', '姓名（名称）', 'parties[].name'),
      cellField('sex', '性别', 'parties[].sex', false),
      cellField('age', '年龄', '计算：parties[].birthDate 至协议日期', false),
      cellField('phone', '联系方式', 'parties[].phone', false),
      cellField('address', '单位或住址', 'parties[].address', false),
    ], { blankRows: 3 }),
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
                { text: '当事人', align: 'center', vMerge: 'restart' },
                { text: '身份　姓名（名称）', align: 'center' },
                { text: '性别', align: 'center' },
                { text: '年龄', align: 'center' },
                { text: '联系方式', align: 'center' },
                { text: '单位或住址', align: 'center' },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '', vMerge: 'continue' },
                '{{parties.role}}　{{parties.name}}',
                { text: '{{parties.sex}}', align: 'center' },
                { text: '{{parties.age}}', align: 'center' },
                '{{parties.phone}}',
                '{{parties.address}}',
              ],
            },
            {
              height: 2600,
              cells: [
                { text: '纠纷简要情况', align: 'center' },
                { text: '{{summary}}', span: 5, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 2600,
              cells: [
                { text: '口头协议内容', align: 'center' },
                { text: '{{content}}', span: 5, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 1200,
              cells: [
                { text: '履行方式、时限', align: 'center' },
                { text: '{{performance}}', span: 5, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 620,
              cells: [
                { text: '达成日期', align: 'center' },
                { text: '{{concludedDate}}', span: 3 },
                { text: '调解员', align: 'center' },
                '{{mediators}}',
              ],
            },
            {
              height: 1000,
              cells: [
                { text: '当事人（签名）', align: 'center' },
                { text: '', span: 5 },
              ],
            },
            {
              height: 1000,
              cells: [
                { text: '调解员（签名）', align: 'center' },
                { text: '', span: 3 },
                { text: '登记人（签名）', align: 'center' },
                '',
              ],
            },
            {
              height: 1300,
              cells: [
                {
                  span: 6,
                  vAlign: 'top',
                  text: [
                    { text: '登记人：{{registrar}}' },
                    { text: '{{orgName}}（印章）　　', align: 'right' },
                    { text: '{{concludedDate}}　　', align: 'right' },
                  ],
                },
              ],
            },
          ],
        }),
      ],
    }),
});
