import { blankLine, formDocument, numberLine, prose, title } from './formKit.ts';
import { common, dateField, defineTemplate, field, ruledLines } from './templateDefinition.ts';

/** 终止调解告知书 (人民调解法 art. 26; domain §2.3, §2.6). */
export const terminationNoticeTemplate = defineTemplate({
  id: 'terminationNotice',
  file: 'termination-notice.docx',
  title: '终止调解告知书',
  version: 2,
  description: '调解不成或当事人要求终止时告知当事人，并告知仲裁、行政、司法等其他途径。',
  fields: [
    common.caseNo(),
    field('recipients', '被告知人', 'parties[].name', { blankWidth: 10 }),
    field('partyNames', '当事人姓名（甲与乙）', 'parties[].name', { blankWidth: 16 }),
    field('disputeName', '纠纷名称', 'case.disputeType', { blankWidth: 10 }),
    dateField('acceptedDate', '受理日期', 'case.acceptedAt'),
    field('reason', '终止调解的原因', 'termination.reason', { blankWidth: 20 }),
    field('advice', '告知的其他解决途径', 'termination.advice', { blankWidth: 0, blankText: ruledLines(2) }),
    common.sealName(),
    dateField('noticeDate', '告知日期', 'termination.date'),
  ],
  build: () =>
    formDocument({
      title: '终止调解告知书',
      children: [
        title('终止调解告知书'),
        numberLine('{{caseNo}}'),
        prose('{{recipients}}：', { indent: false }),
        prose(
          '{{partyNames}}之间的{{disputeName}}，本委员会于{{acceptedDate}}受理后进行了调解。因{{reason}}，根据《中华人民共和国人民调解法》第二十六条的规定，本委员会决定终止调解。',
        ),
        prose('{{advice}}'),
        prose('特此告知。', { keepNext: true }),
        blankLine(true),
        blankLine(true),
        prose('（{{sealName}}印）', { align: 'right', indent: false, keepNext: true }),
        prose('{{noticeDate}}', { align: 'right', indent: false }),
      ],
    }),
});
