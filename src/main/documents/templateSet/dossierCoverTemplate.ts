import { LineRuleType, Paragraph, TextRun } from 'docx';
import { formDocument, table } from './formKit.ts';
import type { RowSpec } from './formKit.ts';
import { cellDateField, cellField, common, defineTemplate } from './templateDefinition.ts';

/** 卷宗封面 (domain §1.2): committee name, 调解卷宗, then the nine cover fields on write-on lines. */
function coverLine(label: string, value: string): RowSpec {
  return {
    height: 860,
    cells: [
      { text: label, align: 'distribute', vAlign: 'bottom' },
      { text: '', vAlign: 'bottom' },
      { text: value, underline: true, vAlign: 'bottom', align: 'center' },
    ],
  };
}

export const dossierCoverTemplate = defineTemplate({
  id: 'dossierCover',
  file: 'dossier-cover.docx',
  title: '卷宗封面',
  version: 2,
  description: '调解卷宗封面；卷号与结案报告表一致，保管期限按本中心规定。',
  fields: [
    common.orgName(),
    cellField('dossierTitle', '卷名', 'case.title'),
    cellField('caseNo', '卷号', 'case.caseNo'),
    cellField('mediators', '人民调解员', 'case.mediators[]'),
    cellDateField('periodFrom', '调解起始日期', 'case.acceptedAt'),
    cellDateField('periodTo', '调解终止日期', 'case.closedAt'),
    cellField('filer', '立卷人', 'dossier.filer'),
    cellDateField('filedDate', '立卷日期', 'dossier.filedAt'),
    cellField('retention', '保管期限', 'dossier.retention'),
    cellField('remarks', '备注', 'dossier.remarks', false),
  ],
  build: () =>
    formDocument({
      title: '卷宗封面',
      children: [
        new Paragraph({ style: 'FormBody', spacing: { before: 1000 }, children: [] }),
        new Paragraph({ style: 'FormSubTitle', children: [new TextRun({ text: '{{orgName}}', size: 36 })] }),
        new Paragraph({
          style: 'FormTitle',
          spacing: { before: 700, after: 1500, line: 1200, lineRule: LineRuleType.EXACT },
          children: [new TextRun({ text: '调 解 卷 宗', size: 80 })],
        }),
        table({
          columns: [1700, 300, 6400],
          borders: false,
          centered: true,
          cellStyle: 'FormBody',
          rows: [
            coverLine('卷名', '{{dossierTitle}}'),
            coverLine('卷号', '{{caseNo}}'),
            coverLine('人民调解员', '{{mediators}}'),
            coverLine('调解日期', '自{{periodFrom}}至{{periodTo}}'),
            coverLine('立卷人', '{{filer}}'),
            coverLine('立卷日期', '{{filedDate}}'),
            coverLine('保管期限', '{{retention}}'),
            coverLine('备注', '{{remarks}}'),
          ],
        }),
      ],
    }),
});
