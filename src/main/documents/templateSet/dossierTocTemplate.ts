import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellField, defineTemplate, field, repeatRows } from './templateDefinition.ts';

/** 卷内目录 (domain §1.2): 序号 / 文书名称 / 页号 / 备注; rows come from the dossier assembly. */
export const dossierTocTemplate = defineTemplate({
  id: 'dossierToc',
  file: 'dossier-toc.docx',
  title: '卷内目录',
  version: 2,
  description: '卷内文书目录；有 PDF 时页号取自 PDF 页数，否则留空待手工填写。',
  fields: [
    field('caseNo', '卷号', 'case.caseNo', { blankWidth: 0, blankText: '（　　　　）　　人调字第　　　号' }),
  ],
  repeats: [
    repeatRows(
      'toc',
      '目录行',
      '卷宗组装结果（按 §1.2 顺序）',
      [
        cellField('no', '序号', '计算'),
        cellField('title', '文书名称', '文书标题 / 附件名称'),
        cellField('pages', '页号', '计算：PDF 页数', false),
        cellField('remark', '备注', '计算：份数、缺项说明', false),
      ],
      { blankRows: 16 },
    ),
  ],
  build: () =>
    formDocument({
      title: '卷内目录',
      children: [
        title('卷内目录'),
        numberLine('卷号：{{caseNo}}'),
        table({
          columns: [1000, 4245, 1300, 2300],
          rows: [
            {
              height: 640,
              cells: [
                { text: '序号', align: 'center' },
                { text: '文书名称', align: 'center' },
                { text: '页号', align: 'center' },
                { text: '备注', align: 'center' },
              ],
            },
            {
              height: 600,
              cells: [
                { text: '{{toc.no}}', align: 'center' },
                '{{toc.title}}',
                { text: '{{toc.pages}}', align: 'center' },
                '{{toc.remark}}',
              ],
            },
          ],
        }),
      ],
    }),
});
