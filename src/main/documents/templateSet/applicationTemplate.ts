import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, repeatRows } from './templateDefinition.ts';

/**
 * 人民调解申请书 (domain §1.3) as a ruled form. Each party is a three-row block (姓名… / 职业… / 住址),
 * repeated per party; the first column names the party's role.
 */
const COLUMNS = [1200, 1400, 1700, 700, 700, 700, 900, 700, 845];

export const applicationTemplate = defineTemplate({
  id: 'application',
  file: 'application.docx',
  title: '人民调解申请书',
  version: 1,
  description: '当事人申请调解时填写（口头申请由调委会代书后当事人签名）；与受理登记表二者择一入卷。',
  fields: [
    common.caseNo(false),
    cellField('summary', '纠纷简要情况', 'case.summary'),
    cellField('requests', '当事人申请事项', 'case.requests[]（逐项编号）'),
    common.orgName(),
    dateField('applicationDate', '申请日期', 'case.appliedAt ?? case.registeredAt'),
  ],
  repeats: [
    repeatRows(
      'parties',
      '当事人',
      'parties[]（申请人在前，被申请人在后）',
      [
        cellField('role', '当事人身份', 'parties[].role'),
        cellField('name', '姓名（名称）', 'parties[].name'),
        cellField('sex', '性别', 'parties[].sex', false),
        cellField('ethnicity', '民族', 'parties[].ethnicity', false),
        cellField('age', '年龄', '计算：parties[].birthDate 至申请日期', false),
        cellField('occupation', '职业或职务', 'parties[].occupation；单位为法定代表人及职务', false),
        cellField('phone', '联系方式', 'parties[].phone', false),
        cellField('address', '单位或住址', 'parties[].address', false),
      ],
      { blankRowValues: [{ role: '申请人' }, { role: '被申请人' }] },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解申请书',
      children: [
        title('人民调解申请书'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 560,
              cells: [
                { text: '{{parties.role}}', vMerge: 'restart', align: 'center' },
                { text: '姓　　名', align: 'center' },
                '{{parties.name}}',
                { text: '性别', align: 'center' },
                { text: '{{parties.sex}}', align: 'center' },
                { text: '民族', align: 'center' },
                { text: '{{parties.ethnicity}}', align: 'center' },
                { text: '年龄', align: 'center' },
                { text: '{{parties.age}}', align: 'center' },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '职业或职务', align: 'center' },
                { text: '{{parties.occupation}}', span: 3 },
                { text: '联系方式', align: 'center', span: 2 },
                { text: '{{parties.phone}}', span: 2 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '单位或住址', align: 'center' },
                { text: '{{parties.address}}', span: 7 },
              ],
            },
            {
              height: 3000,
              cells: [
                { text: ['纠纷简要', '情况'], align: 'center' },
                { text: '{{summary}}', span: 8, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 1500,
              cells: [
                { text: ['当事人', '申请事项'], align: 'center' },
                { text: '{{requests}}', span: 8, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 2100,
              cells: [
                {
                  span: 9,
                  vAlign: 'top',
                  text: [
                    '',
                    '{{orgName}}已将人民调解的性质、原则、效力和当事人的权利义务告知我（我们），现自愿申请人民调解委员会进行调解。',
                    '',
                    {
                      text: '申请人（签名盖章或按指印）：　　　　　　　　　　',
                      align: 'right',
                      indent: false,
                    },
                    '',
                    { text: '{{applicationDate}}　　', align: 'right', indent: false },
                  ],
                  indent: true,
                  align: 'justify',
                },
              ],
            },
          ],
        }),
      ],
    }),
});
