import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, field, repeatRows } from './templateDefinition.ts';

/** 人民调解受理登记表 (domain §1.4): filled by the committee; with the 申请书 one of TOC item 1. */
const COLUMNS = [1400, 1700, 800, 800, 1700, 2445];

export const registrationTemplate = defineTemplate({
  id: 'registration',
  file: 'registration.docx',
  title: '人民调解受理登记表',
  version: 1,
  description: '调委会主动调解或移送、委托、委派的案件受理时填写；当事人、登记人签名，加盖调委会印章。',
  fields: [
    common.caseNo(),
    dateField('registeredDate', '登记日期', 'case.registeredAt'),
    dateField('acceptedDate', '受理日期', 'case.acceptedAt'),
    cellField('disputeType', '纠纷类型', 'case.disputeType（+ disputeSubType）'),
    cellField('sourceChecks', '案件来源（勾选）', 'case.source + case.sourceDetail'),
    field('partyNames', '当事人姓名（甲与乙）', 'parties[].name', { blankWidth: 16 }),
    cellField('summary', '纠纷简要情况', 'case.summary'),
    cellField('registrar', '登记人', 'case.registrar'),
    common.orgName(),
  ],
  repeats: [
    repeatRows('parties', '当事人', 'parties[]', [
      cellField('role', '当事人身份', 'parties[].role'),
      cellField('name', '姓名（名称）', 'parties[].name'),
      cellField('sex', '性别', 'parties[].sex', false),
      cellField('age', '年龄', '计算：parties[].birthDate 至登记日期', false),
      cellField('phone', '联系方式', 'parties[].phone', false),
      cellField('address', '单位或住址', 'parties[].address', false),
    ], { blankRows: 3 }),
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
                { text: '{{registeredDate}}', span: 3 },
                { text: '纠纷类型', align: 'center' },
                '{{disputeType}}',
              ],
            },
            {
              height: 620,
              cells: [{ text: '案件来源', align: 'center' }, { text: '{{sourceChecks}}', span: 5 }],
            },
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
              height: 3400,
              cells: [
                { text: '纠纷简要情况', align: 'center' },
                { text: '{{summary}}', span: 5, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 2600,
              cells: [
                {
                  span: 6,
                  vAlign: 'top',
                  text: [
                    '',
                    { text: '{{acceptedDate}}，本委员会经当事人同意，调解{{partyNames}}之间的{{disputeType}}。', indent: true, align: 'justify' },
                    '',
                    '当事人（签名）：',
                    '',
                    '登记人（签名）：',
                    '',
                    { text: '{{orgName}}（印章）　　', align: 'right' },
                    { text: '{{registeredDate}}　　', align: 'right' },
                  ],
                },
              ],
            },
            {
              height: 620,
              cells: [{ text: '登记人', align: 'center' }, { text: '{{registrar}}', span: 3 }, { text: '备注', align: 'center' }, '此表由人民调解委员会填写'],
            },
          ],
        }),
      ],
    }),
});
