import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, common, dateField, defineTemplate, field, repeatRows } from './templateDefinition.ts';

/**
 * 人民调解申请书 (domain §1.3) as a ruled form. Each party is a three-row block, repeated per party; the
 * first column names the party's role. A natural person gets the official 姓名/性别/民族/年龄 grid, an
 * organisation its own rows (名称, 统一社会信用代码, 住所, 法定代表人): the `person.*` and `org.*` fields
 * are variant rows, printed only for parties of that kind (see patchTemplate).
 *
 * Heights are minimums chosen so three parties with a half-page account of the dispute fit one A4 page;
 * more parties continue on a second page, with the 申请事项 kept next to the declaration and signatures.
 */
const COLUMNS = [1200, 1400, 1700, 700, 700, 700, 900, 700, 845];
const PARTY_ROW = 480;

export const applicationTemplate = defineTemplate({
  id: 'application',
  file: 'application.docx',
  title: '人民调解申请书',
  version: 2,
  description: '当事人申请调解时填写（口头申请由调委会代书后当事人签名）；与受理登记表二者择一入卷。',
  fields: [
    common.caseNo(false),
    cellField('summary', '纠纷简要情况', 'case.summary'),
    cellField('requests', '当事人申请事项', 'case.requests[]（逐项编号）'),
    common.orgName(),
    field('addressee', '告知对象（我／我们）', '计算：申请人人数', {
      blankWidth: 0,
      blankText: '我（我们）',
    }),
    field(
      'applicantSignatures',
      '申请人签名栏',
      '计算：每个申请人一行，单位为盖章及法定代表人或委托代理人签名',
      {
        blankWidth: 0,
        blankText: '申请人（签名并按指印）：　　　　　　　　　　',
      },
    ),
    dateField('applicationDate', '申请日期', 'case.appliedAt ?? case.registeredAt'),
  ],
  repeats: [
    repeatRows(
      'parties',
      '当事人',
      'parties[]（申请人在前，被申请人在后）',
      [
        cellField('role', '当事人身份', 'parties[].role'),
        cellField('person.name', '姓名', 'parties[].name（自然人）'),
        cellField('person.sex', '性别', 'parties[].sex', false),
        cellField('person.ethnicity', '民族', 'parties[].ethnicity', false),
        cellField('person.age', '年龄', '计算：parties[].birthDate 至申请日期', false),
        cellField('person.occupation', '职业或职务', 'parties[].occupation', false),
        cellField('person.phone', '联系方式', 'parties[].phone', false),
        cellField('person.address', '单位或住址', 'parties[].address', false),
        cellField('org.name', '名称', 'parties[].name（法人、非法人组织）'),
        cellField('org.code', '统一社会信用代码', 'parties[].idNumber', false),
        cellField('org.phone', '联系方式', 'parties[].phone', false),
        cellField('org.address', '住所', 'parties[].address', false),
        cellField('org.repLabel', '法定代表人或负责人（标签）', '计算：法人为法定代表人，其他组织为负责人'),
        cellField('org.representative', '法定代表人（负责人）及职务', 'parties[].representative', false),
      ],
      {
        blankRowValues: [
          { role: '申请人', person: '1' },
          { role: '被申请人', person: '1' },
        ],
      },
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
              height: PARTY_ROW,
              cells: [
                { text: '{{parties.role}}', vMerge: 'restart', align: 'center' },
                { text: '姓　　名', align: 'center' },
                '{{parties.person.name}}',
                { text: '性别', align: 'center' },
                { text: '{{parties.person.sex}}', align: 'center' },
                { text: '民族', align: 'center' },
                { text: '{{parties.person.ethnicity}}', align: 'center' },
                { text: '年龄', align: 'center' },
                { text: '{{parties.person.age}}', align: 'center' },
              ],
            },
            {
              height: PARTY_ROW,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '职业或职务', align: 'center' },
                { text: '{{parties.person.occupation}}', span: 3 },
                { text: '联系方式', align: 'center', span: 2 },
                { text: '{{parties.person.phone}}', span: 2 },
              ],
            },
            {
              height: PARTY_ROW,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '单位或住址', align: 'center' },
                { text: '{{parties.person.address}}', span: 7 },
              ],
            },
            {
              height: PARTY_ROW,
              cells: [
                { text: '{{parties.role}}', vMerge: 'restart', align: 'center' },
                { text: '名　　称', align: 'center' },
                { text: '{{parties.org.name}}', span: 7 },
              ],
            },
            {
              height: PARTY_ROW,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: ['统一社会', '信用代码'], align: 'center' },
                { text: '{{parties.org.code}}', span: 3 },
                { text: '联系方式', align: 'center', span: 2 },
                { text: '{{parties.org.phone}}', span: 2 },
              ],
            },
            {
              height: PARTY_ROW,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '住　　所', align: 'center' },
                { text: '{{parties.org.address}}', span: 3 },
                { text: '{{parties.org.repLabel}}', align: 'center', span: 2 },
                { text: '{{parties.org.representative}}', span: 2 },
              ],
            },
            {
              height: 2400,
              cells: [
                { text: ['纠纷简要', '情况'], align: 'center' },
                { text: '{{summary}}', span: 8, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 1000,
              keepWithNext: true,
              cells: [
                { text: ['当事人', '申请事项'], align: 'center' },
                { text: '{{requests}}', span: 8, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 1700,
              cells: [
                {
                  span: 9,
                  vAlign: 'top',
                  text: [
                    '{{orgName}}已将人民调解的性质、原则、效力和当事人的权利义务告知{{addressee}}，现自愿申请人民调解委员会进行调解。',
                    '',
                    { text: '{{applicantSignatures}}', align: 'right', indent: false },
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
