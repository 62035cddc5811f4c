import { formDocument, table, title } from './formKit.ts';
import { cellDateField, cellField, common, defineTemplate, field, repeatRows } from './templateDefinition.ts';
import { SOURCE_BOXES_BLANK } from './sourceBoxes.ts';

/** 人民调解结案报告表 (domain §1.11): 卷号 equals the cover's; filled when the dossier is made up. */
const COLUMNS = [1700, 1200, 1500, 700, 1300, 700, 1745];

export const closingReportTemplate = defineTemplate({
  id: 'closingReport',
  file: 'closing-report.docx',
  title: '人民调解结案报告表',
  version: 2,
  description: '结案时填写；承办人签名，负责人审核并加盖调委会印章。',
  fields: [
    cellField('caseNo', '卷号', 'case.caseNo'),
    cellDateField('fillDate', '填表时间', 'dossier.filedAt ?? case.closedAt'),
    cellField('orgName', '承办单位', 'organisation.name'),
    cellField('handlers', '承办人', 'case.mediators[]'),
    cellDateField('acceptedDate', '受案时间', 'case.acceptedAt'),
    cellDateField('closedDate', '结案时间', 'case.closedAt'),
    field('sourceChecks', '案件来源（勾选）', 'case.source → 统计口径的来源分组（CASE_SOURCE_GROUP）', {
      blankWidth: 0,
      blankText: SOURCE_BOXES_BLANK,
    }),
    cellField('summary', '纠纷简要事实', 'case.summary'),
    cellField('result', '调解结果', 'case.outcome + agreement.kind / termination'),
    cellField('performance', '协议履行情况', 'case.performanceStatus + performanceNote', false),
    cellField('judicial', '司法确认情况', 'judicialConfirmation', false),
    cellField('reviewOpinion', '负责人意见', 'case.reviewOpinion', false),
    common.sealName(),
  ],
  repeats: [
    repeatRows(
      'parties',
      '当事人',
      'parties[]',
      [
        cellField('role', '当事人身份', 'parties[].role'),
        cellField('name', '姓名（名称）', 'parties[].name'),
        cellField('address', '住址', 'parties[].address', false),
        cellField('phone', '联系电话', 'parties[].phone', false),
      ],
      { blankRows: 2 },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解结案报告表',
      children: [
        title('人民调解结案报告表'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 520,
              cells: [
                { text: '卷　　号', align: 'center' },
                { text: '{{caseNo}}', span: 3 },
                { text: '填表时间', align: 'center' },
                { text: '{{fillDate}}', span: 2 },
              ],
            },
            {
              height: 520,
              cells: [
                { text: '承办单位', align: 'center' },
                { text: '{{orgName}}', span: 3 },
                { text: '承 办 人', align: 'center' },
                { text: '{{handlers}}', span: 2 },
              ],
            },
            {
              height: 520,
              cells: [
                { text: '受案时间', align: 'center' },
                { text: '{{acceptedDate}}', span: 3 },
                { text: '结案时间', align: 'center' },
                { text: '{{closedDate}}', span: 2 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '当 事 人', align: 'center', vMerge: 'restart' },
                { text: '身份', align: 'center' },
                { text: '姓　　名', align: 'center' },
                { text: '住　　址', align: 'center', span: 3 },
                { text: '联系电话', align: 'center' },
              ],
            },
            {
              height: 480,
              cells: [
                { text: '', vMerge: 'continue' },
                { text: '{{parties.role}}', align: 'center' },
                '{{parties.name}}',
                { text: '{{parties.address}}', span: 3 },
                '{{parties.phone}}',
              ],
            },
            {
              height: 520,
              cells: [
                { text: '案件来源', align: 'center' },
                { text: '{{sourceChecks}}', span: 6 },
              ],
            },
            {
              height: 1500,
              cells: [
                { text: ['纠纷简要', '事实'], align: 'center' },
                { text: '{{summary}}', span: 6, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 520,
              cells: [
                { text: '调解结果', align: 'center' },
                { text: '{{result}}', span: 6, align: 'justify' },
              ],
            },
            {
              height: 700,
              cells: [
                { text: '协议履行情况', align: 'center' },
                { text: '{{performance}}', span: 6, align: 'justify' },
              ],
            },
            {
              height: 700,
              keepWithNext: true,
              cells: [
                { text: '司法确认情况', align: 'center' },
                { text: '{{judicial}}', span: 6, align: 'justify' },
              ],
            },
            {
              height: 1200,
              cells: [
                { text: '负责人意见', align: 'center' },
                {
                  span: 6,
                  vAlign: 'top',
                  text: [
                    { text: '{{reviewOpinion}}', indent: true, align: 'justify' },
                    '承办人（签名）：　　　　　　　　负责人（签名）：',
                    { text: '（{{sealName}}印）', align: 'right' },
                    { text: '　　年　　月　　日', align: 'right' },
                  ],
                },
              ],
            },
          ],
        }),
      ],
    }),
});
