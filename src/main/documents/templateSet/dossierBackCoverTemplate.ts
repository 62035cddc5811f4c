import { formDocument, numberLine, table, title } from './formKit.ts';
import { cellDateField, cellField, defineTemplate, field } from './templateDefinition.ts';

/** 卷内备考表 (封底, domain §1.12): counts of the dossier and remarks on missing or damaged items. */
const COLUMNS = [1800, 2800, 1800, 2445];

export const dossierBackCoverTemplate = defineTemplate({
  id: 'dossierBackCover',
  file: 'dossier-back-cover.docx',
  title: '卷内备考表',
  version: 2,
  description: '封底；件数、页数由卷宗组装计算，缺项在情况说明中列明。',
  fields: [
    field('caseNo', '卷号', 'case.caseNo', { blankWidth: 0, blankText: '（　　　　）　　人调字第　　　号' }),
    field('itemCount', '卷内文件件数', '计算：卷宗组装', { blankWidth: 3 }),
    field('pageCount', '卷内文件页数', '计算：PDF 页数；无 PDF 时留空', { required: false, blankWidth: 3 }),
    cellField('notes', '本卷情况说明', 'dossier.remarks + 缺项清单', false),
    cellField('filer', '立卷人', 'dossier.filer'),
    cellDateField('filedDate', '立卷日期', 'dossier.filedAt'),
    cellField('checker', '检查人', 'dossier.checker', false),
    cellDateField('checkedDate', '检查日期', 'dossier.checkedAt', false),
  ],
  build: () =>
    formDocument({
      title: '卷内备考表',
      children: [
        title('卷内备考表'),
        numberLine('卷号：{{caseNo}}'),
        table({
          columns: COLUMNS,
          rows: [
            { height: 640, cells: [{ text: '本卷情况说明', span: 4, align: 'center' }] },
            {
              height: 8200,
              cells: [
                {
                  span: 4,
                  vAlign: 'top',
                  text: [
                    '',
                    { text: '本卷共有文件材料{{itemCount}}件，共{{pageCount}}页。', indent: true },
                    { text: '{{notes}}', indent: true, align: 'justify' },
                  ],
                },
              ],
            },
            {
              height: 760,
              cells: [
                { text: '立 卷 人', align: 'center' },
                '{{filer}}',
                { text: '立卷日期', align: 'center' },
                '{{filedDate}}',
              ],
            },
            {
              height: 760,
              cells: [
                { text: '检 查 人', align: 'center' },
                '{{checker}}',
                { text: '检查日期', align: 'center' },
                '{{checkedDate}}',
              ],
            },
          ],
        }),
      ],
    }),
});
