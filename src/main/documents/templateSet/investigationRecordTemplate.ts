import { formDocument, numberLine, prose, table, title, CONTENT_WIDTH } from './formKit.ts';
import { cellField, common, defineTemplate, field, ruledLines } from './templateDefinition.ts';

/** 人民调解调查记录 (domain §1.6): one per investigation; ruled header, then the question-and-answer text. */
const COLUMNS = [1400, 1900, 1100, 1500, 1300, 1645];

export const investigationRecordTemplate = defineTemplate({
  id: 'investigationRecord',
  file: 'investigation-record.docx',
  title: '人民调解调查记录',
  version: 2,
  description: '每次调查一份；被调查人阅看或听读后签名，调查人、记录人签名。',
  fields: [
    common.caseNo(),
    cellField('time', '调查时间', 'sessions[].startAt / endAt'),
    cellField('place', '调查地点', 'sessions[].place'),
    cellField('investigators', '调查人', 'sessions[].mediators[]'),
    cellField('recorder', '记录人', 'sessions[].recorder'),
    cellField('intervieweeName', '被调查人姓名', 'sessions[].interviewee.name'),
    cellField('intervieweeSex', '被调查人性别', 'sessions[].interviewee.sex', false),
    cellField('intervieweeAge', '被调查人年龄', '计算：interviewee.birthDate 至调查日期', false),
    cellField('intervieweeEthnicity', '被调查人民族', 'sessions[].interviewee.ethnicity', false),
    cellField('intervieweeOccupation', '被调查人职业或单位', 'sessions[].interviewee.occupation', false),
    cellField('intervieweePhone', '被调查人联系方式', 'sessions[].interviewee.phone', false),
    cellField('intervieweeAddress', '被调查人住址', 'sessions[].interviewee.address', false),
    cellField('intervieweeRelation', '被调查人与纠纷的关系', 'sessions[].interviewee.relation', false),
    cellField('present', '在场人', 'sessions[].participants[]', false),
    cellField('subject', '事由', 'sessions[].subject'),
    field('transcript', '调查记录内容', 'sessions[].transcript', {
      blankWidth: 0,
      blankText: ruledLines(12, 55),
    }),
    field('findings', '调查结果', 'sessions[].result（调查查明的情况）', {
      required: false,
      blankWidth: 0,
      blankText: ruledLines(2, 55),
    }),
  ],
  build: () =>
    formDocument({
      title: '人民调解调查记录',
      children: [
        title('人民调解调查记录'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 560,
              cells: [
                { text: '时　　间', align: 'center' },
                { text: '{{time}}', span: 5 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '地　　点', align: 'center' },
                { text: '{{place}}', span: 5 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '调 查 人', align: 'center' },
                { text: '{{investigators}}', span: 3 },
                { text: '记录人', align: 'center' },
                '{{recorder}}',
              ],
            },
            {
              height: 560,
              cells: [
                { text: '被调查人', align: 'center' },
                '{{intervieweeName}}',
                { text: '性别', align: 'center' },
                { text: '{{intervieweeSex}}', align: 'center' },
                { text: '年龄', align: 'center' },
                { text: '{{intervieweeAge}}', align: 'center' },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '民　　族', align: 'center' },
                '{{intervieweeEthnicity}}',
                { text: '职业', align: 'center' },
                '{{intervieweeOccupation}}',
                { text: '联系方式', align: 'center' },
                '{{intervieweePhone}}',
              ],
            },
            {
              height: 560,
              cells: [
                { text: '住　　址', align: 'center' },
                { text: '{{intervieweeAddress}}', span: 5 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '与纠纷关系', align: 'center' },
                '{{intervieweeRelation}}',
                { text: '在场人', align: 'center' },
                { text: '{{present}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '事　　由', align: 'center' },
                { text: '{{subject}}', span: 5 },
              ],
            },
          ],
        }),
        prose('调查记录：', { indent: false, spaceBefore: 200, keepNext: true }),
        prose('{{transcript}}', { indent: false, align: 'left' }),
        prose('调查结果：', { indent: false, spaceBefore: 200, keepNext: true }),
        prose('{{findings}}'),
        // Kept with the signatures: the confirmation and the 被调查人's signature are never split.
        prose('以上记录已经本人阅看（或已向本人宣读），与本人所述一致。', {
          spaceBefore: 280,
          keepNext: true,
        }),
        table({
          columns: [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
          borders: false,
          keepTogether: true,
          cellStyle: 'FormBody',
          rows: [
            { height: 900, cells: ['被调查人（签名并按指印）：', '　　年　　月　　日'] },
            { height: 900, cells: ['调查人（签名）：', '记录人（签名）：'] },
          ],
        }),
      ],
    }),
});
