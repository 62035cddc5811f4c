import { blankLine, formDocument, numberLine, prose, title } from './formKit.ts';
import { common, dateField, defineTemplate, field, ruledLines } from './templateDefinition.ts';

/** 不予受理告知书 (domain §2.6; 若干规定 art. 22, 人民调解法 art. 17). */
export const refusalNoticeTemplate = defineTemplate({
  id: 'refusalNotice',
  file: 'refusal-notice.docx',
  title: '不予受理告知书',
  version: 2,
  description: '纠纷不属于人民调解受理范围或一方明确拒绝调解时告知申请人，并告知其他解决途径。',
  fields: [
    common.caseNo(false),
    field('recipients', '被告知人', 'parties[] 中的申请人', { blankWidth: 10 }),
    field('addressee', '称呼（你／你们）', '计算：被告知人人数', { blankWidth: 0, blankText: '你（你们）' }),
    dateField('appliedDate', '申请日期', 'case.appliedAt ?? case.registeredAt'),
    field('disputeName', '纠纷名称', 'case.title', { blankWidth: 16 }),
    field('reason', '不予受理的理由', 'refusal.reason', { blankWidth: 20 }),
    field('advice', '告知的其他解决途径', 'refusal.advice', { blankWidth: 0, blankText: ruledLines(2) }),
    common.sealName(),
    dateField('noticeDate', '告知日期', 'refusal.date'),
  ],
  build: () =>
    formDocument({
      title: '不予受理告知书',
      children: [
        title('不予受理告知书'),
        numberLine('{{caseNo}}'),
        prose('{{recipients}}：', { indent: false }),
        prose(
          '{{addressee}}于{{appliedDate}}向本委员会申请调解的{{disputeName}}，经审查，{{reason}}。根据《中华人民共和国人民调解法》和《人民调解工作若干规定》的有关规定，本委员会决定不予受理。',
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
