import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellDateField, cellField, common, defineTemplate } from './templateDefinition.ts';

/** 人民调解回访记录 (domain §1.10): one per follow-up visit. */
const COLUMNS = [1900, 2600, 1700, 2645];

export const followUpTemplate = defineTemplate({
  id: 'followUp',
  file: 'follow-up.docx',
  title: '人民调解回访记录',
  version: 2,
  description: '每次回访一份；调解协议编号与协议书编号一致，回访人签名。',
  fields: [
    common.caseNo(),
    cellField('visitees', '被回访当事人', 'followUps[].partyIds → parties[].name'),
    cellField('agreementNo', '调解协议编号', 'agreement.number ?? case.caseNo'),
    cellField('subject', '回访事由', 'case.title'),
    cellDateField('visitDate', '回访时间', 'followUps[].date'),
    cellField('method', '回访方式', 'followUps[].method'),
    cellField('situation', '回访情况', 'followUps[].situation'),
    cellField('performance', '协议履行情况', 'followUps[].performance'),
    cellField('satisfaction', '当事人满意度', 'followUps[].satisfaction', false),
    cellField('measures', '采取的措施', 'followUps[].measures', false),
    cellField('visitor', '回访人', 'followUps[].visitor'),
  ],
  build: () =>
    formDocument({
      title: '人民调解回访记录',
      children: [
        title('人民调解回访记录'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 620,
              cells: [
                { text: '当事人', align: 'center' },
                { text: '{{visitees}}', span: 3 },
              ],
            },
            {
              height: 620,
              cells: [
                { text: '调解协议编号', align: 'center' },
                { text: '{{agreementNo}}', span: 3 },
              ],
            },
            {
              height: 620,
              cells: [
                { text: '回访事由', align: 'center' },
                { text: '{{subject}}', span: 3 },
              ],
            },
            {
              height: 620,
              cells: [
                { text: '回访时间', align: 'center' },
                '{{visitDate}}',
                { text: '回访方式', align: 'center' },
                '{{method}}',
              ],
            },
            {
              height: 5200,
              cells: [
                { text: '回访情况', align: 'center' },
                { text: '{{situation}}', span: 3, vAlign: 'top', indent: true, align: 'justify' },
              ],
            },
            {
              height: 620,
              cells: [
                { text: '协议履行情况', align: 'center' },
                '{{performance}}',
                { text: '当事人满意度', align: 'center' },
                '{{satisfaction}}',
              ],
            },
            {
              height: 1600,
              cells: [
                { text: '采取的措施', align: 'center' },
                { text: '{{measures}}', span: 3, vAlign: 'top', align: 'justify' },
              ],
            },
            {
              height: 900,
              cells: [
                { text: '回访人', align: 'center' },
                '{{visitor}}',
                { text: '回访人（签名）', align: 'center' },
                '',
              ],
            },
          ],
        }),
      ],
    }),
});
