import { CONTENT_WIDTH, formDocument, numberLine, prose, table, title } from './formKit.ts';
import {
  cellField,
  common,
  dateField,
  defineTemplate,
  field,
  repeatRows,
  ruledLines,
} from './templateDefinition.ts';

/**
 * 人民调解记录（调解笔录）(domain §1.7): one per mediation session. The transcript must cover the rights
 * notice, statements, verification, risk notice and the result; the template gives them their place.
 */
const COLUMNS = [1700, 3200, 1300, 2645];

export const mediationRecordTemplate = defineTemplate({
  id: 'mediationRecord',
  file: 'mediation-record.docx',
  title: '人民调解记录',
  version: 2,
  description: '每次调解一份（调解笔录）；当事人、参加人、调解员、记录人签名。',
  fields: [
    common.caseNo(),
    cellField('time', '调解时间', 'sessions[].startAt / endAt'),
    cellField('place', '调解地点', 'sessions[].place'),
    cellField('subject', '事由', 'sessions[].subject'),
    cellField('partiesPresent', '到场当事人', 'sessions[].partyIdsPresent → parties[]（含代理人）'),
    cellField('participants', '参加人', 'sessions[].participants[]', false),
    cellField('mediators', '调解员', 'sessions[].mediators[]'),
    cellField('recorder', '记录人', 'sessions[].recorder'),
    cellField('rightsNotice', '权利义务告知情况', 'sessions[].rightsNoticeGiven'),
    field('transcript', '调解记录内容', 'sessions[].transcript', {
      blankWidth: 0,
      blankText: ruledLines(10, 55),
    }),
    field('result', '调解结果', 'sessions[].result', { blankWidth: 0, blankText: ruledLines(3) }),
    dateField('sessionDate', '调解日期', 'sessions[].startAt'),
  ],
  repeats: [
    repeatRows(
      'signers',
      '当事人签名栏',
      'sessions[].partyIdsPresent → parties[]',
      [field('label', '签名人身份', 'parties[].role', { blankWidth: 6 })],
      { blankRowValues: [{ label: '申请人（签名并按指印）' }, { label: '被申请人（签名并按指印）' }] },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解记录',
      children: [
        title('人民调解记录'),
        numberLine('{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            {
              height: 560,
              cells: [
                { text: '时　　间', align: 'center' },
                { text: '{{time}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '地　　点', align: 'center' },
                { text: '{{place}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '事　　由', align: 'center' },
                { text: '{{subject}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '当 事 人', align: 'center' },
                { text: '{{partiesPresent}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '参 加 人', align: 'center' },
                { text: '{{participants}}', span: 3 },
              ],
            },
            {
              height: 560,
              cells: [
                { text: '调 解 员', align: 'center' },
                '{{mediators}}',
                { text: '记录人', align: 'center' },
                '{{recorder}}',
              ],
            },
            {
              height: 560,
              cells: [
                { text: '权利义务告知', align: 'center' },
                { text: '{{rightsNotice}}', span: 3 },
              ],
            },
          ],
        }),
        prose('调解记录：', { indent: false, spaceBefore: 200, keepNext: true }),
        prose('{{transcript}}', { indent: false, align: 'left' }),
        prose('调解结果：', { indent: false, spaceBefore: 200, keepNext: true }),
        prose('{{result}}'),
        prose('以上记录已经当事人阅看（或已向当事人宣读），确认无误。', { spaceBefore: 280, keepNext: true }),
        table({
          columns: [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
          borders: false,
          keepTogether: true,
          cellStyle: 'FormBody',
          rows: [
            { height: 760, cells: [{ text: '{{signers.label}}：', span: 2 }] },
            { height: 760, cells: ['参加人（签名）：', ''] },
            { height: 760, cells: ['调解员（签名）：', '记录人（签名）：'] },
            { height: 760, cells: [{ text: '{{sessionDate}}', span: 2, align: 'right', vAlign: 'bottom' }] },
          ],
        }),
      ],
    }),
});
