import { ImageRun, patchDocument, PatchType, TextRun } from 'docx';
import type { IPatch, TableRowsPatch } from 'docx';

/**
 * The one place that calls docx `patchDocument`. Values arrive resolved (sanitised text, rows, the QR
 * picture); this turns them into patches. Multi-line text becomes line breaks, as `\n` inside a Word
 * run is not one.
 */
export interface ResolvedTemplate {
  readonly texts: Readonly<Record<string, string>>;
  readonly rows: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
  readonly qrPng: Uint8Array | null;
  readonly properties: { readonly title: string; readonly subject?: string; readonly description?: string };
}

/** QR code printed 18 mm wide: large enough for a phone camera at a 41-module code. */
const QR_SIZE_PX = 68;

export function textPatch(text: string): IPatch {
  const lines = text.split('\n');
  return {
    type: PatchType.PARAGRAPH,
    children: lines.map((line, index) =>
      index === 0 ? new TextRun(line) : new TextRun({ text: line, break: 1 }),
    ),
  };
}

/**
 * One repeated row's patches. A field named `variant.field` (`{{parties.org.name}}`) belongs to a block
 * of rows printed only for rows whose `variant` field is set: a company gets the 名称/统一社会信用代码
 * rows, a person the 姓名/性别/民族 rows, in the same table and in the parties' order.
 */
function rowPatches(row: Readonly<Record<string, string>>): Record<string, IPatch | TableRowsPatch> {
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  const variants = new Map<string, Record<string, IPatch>>();
  for (const [field, text] of Object.entries(row)) {
    const dot = field.indexOf('.');
    if (dot < 0) {
      patches[field] = textPatch(text);
      continue;
    }
    const variant = field.slice(0, dot);
    const fields = variants.get(variant) ?? {};
    fields[field.slice(dot + 1)] = textPatch(text);
    variants.set(variant, fields);
  }
  for (const [variant, fields] of variants) {
    patches[variant] = { type: PatchType.TABLE_ROWS, rows: row[variant] ? [fields] : [] };
  }
  return patches;
}

export async function patchTemplate(
  templateBytes: Uint8Array,
  resolved: ResolvedTemplate,
): Promise<Uint8Array> {
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  for (const [key, text] of Object.entries(resolved.texts)) patches[key] = textPatch(text);
  for (const [key, rows] of Object.entries(resolved.rows)) {
    patches[key] = { type: PatchType.TABLE_ROWS, rows: rows.map(rowPatches) };
  }
  patches.traceQr = resolved.qrPng
    ? {
        type: PatchType.PARAGRAPH,
        children: [
          new ImageRun({
            type: 'png',
            data: resolved.qrPng,
            transformation: { width: QR_SIZE_PX, height: QR_SIZE_PX },
            altText: { name: '一案一码', description: '案件与文书追溯二维码', title: '一案一码' },
          }),
        ],
      }
    : textPatch('');

  return patchDocument({
    outputType: 'uint8array',
    data: templateBytes,
    patches,
    keepOriginalStyles: true,
    properties: { ...resolved.properties, creator: '调解台', lastModifiedBy: '调解台' },
  });
}
