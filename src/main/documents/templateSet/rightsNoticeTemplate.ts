import { blankLine, CONTENT_WIDTH, formDocument, numberLine, prose, table, title } from './formKit.ts';
import { common, dateField, defineTemplate, field, repeatRows } from './templateDefinition.ts';

/**
 * 人民调解当事人权利义务告知书 (domain §1.5). The wording follows 人民调解法 arts. 3, 4, 23, 24, 31, 33;
 * an administrator can replace it with the centre's printed wording.
 */
export const rightsNoticeTemplate = defineTemplate({
  id: 'rightsNotice',
  file: 'rights-notice.docx',
  title: '人民调解当事人权利义务告知书',
  version: 2,
  description: '调解前书面告知当事人；每名当事人一份，签收的一份存卷。',
  fields: [
    common.caseNo(),
    field('partyNames', '被告知的当事人', 'parties[].name（以“、”分隔）', { blankWidth: 16 }),
    common.orgName(),
    field('copies', '告知书份数（大写）', '计算：当事人数 + 1', { blankWidth: 2 }),
    common.sealName(),
    dateField('noticeDate', '告知日期', '首次调解或调查之日（sessions[0].startAt），无则受理日期'),
  ],
  repeats: [
    repeatRows(
      'signers',
      '当事人签收栏',
      'parties[]',
      [field('label', '签收人身份及姓名', 'parties[].role + name', { blankWidth: 8 })],
      { blankRowValues: [{ label: '申请人（签名并按指印）' }, { label: '被申请人（签名并按指印）' }] },
    ),
  ],
  build: () =>
    formDocument({
      title: '人民调解当事人权利义务告知书',
      children: [
        title('人民调解当事人权利义务告知书'),
        numberLine('{{caseNo}}'),
        prose('{{partyNames}}：', { indent: false }),
        prose(
          '根据《中华人民共和国人民调解法》等法律、法规的规定，现将人民调解委员会的性质、人民调解的原则、人民调解协议的效力以及当事人在人民调解活动中享有的权利和承担的义务告知如下：',
        ),
        prose(
          '一、人民调解委员会是依法设立的调解民间纠纷的群众性组织。{{orgName}}调解民间纠纷，不收取任何费用。',
        ),
        prose(
          '二、人民调解遵循下列原则：（一）在当事人自愿、平等的基础上进行调解；（二）不违背法律、法规和国家政策；（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
        ),
        prose(
          '三、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
        ),
        prose(
          '四、当事人在人民调解活动中享有下列权利：（一）选择或者接受人民调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议；（五）委托代理人参加调解。',
        ),
        prose(
          '五、当事人在人民调解活动中履行下列义务：（一）如实陈述纠纷事实，提供真实证据；（二）遵守调解现场秩序，尊重人民调解员；（三）尊重对方当事人行使权利；（四）自觉履行达成的调解协议。',
        ),
        prose('本告知书一式{{copies}}份，当事人各执一份，一份存入调解卷宗。'),
        prose('（{{sealName}}印）', { align: 'right', indent: false, spaceBefore: 280, keepNext: true }),
        prose('{{noticeDate}}', { align: 'right', indent: false }),
        blankLine(),
        prose('以上告知内容，本人已知悉。', { keepNext: true }),
        table({
          columns: [CONTENT_WIDTH - 2900, 2900],
          borders: false,
          keepTogether: true,
          cellStyle: 'FormBody',
          rows: [
            {
              height: 760,
              cells: [{ text: '{{signers.label}}：', indent: true }, '　　年　　月　　日'],
            },
          ],
        }),
      ],
    }),
});
