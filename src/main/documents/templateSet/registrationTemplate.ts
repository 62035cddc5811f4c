import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, field, repeatRows } from './templateDefinition.ts';
import { SOURCE_BOXES_BLANK } from './sourceBoxes.ts';

/** 人民调解受理登记表 (domain §1.4): filled by the committee; with the 申请书 one of TOC item 1. */
const COLUMNS = [1400, 1200, 1700, 1700, 2845];

export const registrationTemplate = defineTemplate({
  id: 'registration',
  file: 'registration.docx',
  title: '人民调解受理登记表',
  version: 2,
  description: '调委会主动调解或移送、委托、委派的案件受理时填写；当事人、登记人签名，加盖调委会印章。',
  fields: [
    common.caseNo(),
    dateField('registeredDate', '登记日期', 'case.registeredAt'),
    dateField('acceptedDate', '受理日期', 'case.acceptedAt'),
    cellField('disputeType', '纠纷类型', 'case.disputeType（+ disputeSubType）'),
    field('sourceChecks', '案件来源（勾选）', 'case.source → 统计口径的来源分组（CASE_SOURCE_GROUP）', {
      blankWidth: 0,
      blankText: SOURCE_BOXES_BLANK,
    }),
    field('partyNames', '当事人姓名（甲与乙）', 'parties[].name', { blankWidth: 16 }),
    field('disputeName', '纠纷名称（句中）', 'case.disputeType（+ disputeSubType）', { blankWidth: 8 }),
    field('partySignLabel', '当事人签名栏标签', '计算：有单位当事人时加盖章', {
      blankWidth: 0,
      blankText: '当事人（签名并按指印）：',
    }),
    dateField('signedDate', '签署日期', 'case.acceptedAt ?? case.registeredAt'),
    cellField('summary', '纠纷简要情况', 'case.summary'),
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
      { blankRows: 2 },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解受理登记表',
      children: [
        title('人民调解受理登记表'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 620,
              cells: [
                { text: '登记日期', align: 'center' },
                { text: '{{registeredDate}}', span: 2 },
                { text: '纠纷类型', align: 'center' },
                '{{disputeType}}',
              ],
            },
            {
              height: 620,
              cells: [
                { text: '案件来源', align: 'center' },
                { text: '{{sourceChecks}}', span: 4 },
              ],
            },
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
              height: 2400,
              cells: [
                { text: ['纠纷简要', '情况'], align: 'center' },
                { text: '{{summary}}', span: 4, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 2400,
              keepWithNext: true,
              cells: [
                {
                  span: 5,
                  vAlign: 'top',
                  text: [
                    {
                      text: '{{acceptedDate}}，本委员会经当事人同意，调解{{partyNames}}之间的{{disputeName}}。',
                      indent: true,
                      align: 'justify',
                    },
                    '{{partySignLabel}}',
                    '',
                    '登记人（签名）：',
                    { text: '（{{orgName}}印章）', align: 'right' },
                    { text: '{{signedDate}}　　', align: 'right' },
                  ],
                },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '备　　注', align: 'center' },
                { text: '此表由人民调解委员会填写。', span: 4 },
              ],
            },
          ],
        }),
      ],
    }),
});
