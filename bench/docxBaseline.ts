import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Docxtemplater from 'docxtemplater';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import type { Kysely } from 'kysely';
import { systemClock } from '../src/main/core/clock.ts';
import type { Database } from '../src/main/db/schema.ts';
import { createCaseService } from '../src/main/services/caseService.ts';
import { generateCaseDocument } from '../src/main/documents/generateCaseDocument.ts';
import { agreementValues } from '../src/main/documents/mapping/agreementValues.ts';
import { sanitizeText } from '../src/main/documents/sanitizeText.ts';
import { loadBuiltInTemplates } from '../src/main/documents/templateSource.ts';
import { isRows } from '../src/main/documents/templateValues.ts';

/**
 * The 人民调解协议书 of one stored case: rendered by our document engine (mapping, QR code, patch),
 * and, as the baseline, by docxtemplater + pizzip filling the same template rewritten in its `{tag}`
 * syntax with the same values (as in bench/documents.bench.ts).
 */
export async function agreementRenderers(db: Kysely<Database>, dataDir: string, caseUuid: string) {
  const cases = createCaseService({
    db,
    clock: systemClock,
    newId: randomUUID,
    dataDir,
    inTransaction: () => Promise.reject(new Error('read only')),
    refreshSearchIndex: () => 0,
  });
  const data = await cases.documentData(caseUuid);
  const templates = await loadBuiltInTemplates(fileURLToPath(new URL('../templates/', import.meta.url)));
  const templateBytes = await templates.read('agreement');

  const texts: Record<string, string> = {};
  const rows: Record<string, Record<string, string>[]> = {};
  for (const [key, value] of Object.entries(agreementValues(data))) {
    if (isRows(value))
      rows[key] = value.map((row) =>
        Object.fromEntries(Object.entries(row).map(([f, t]) => [f, sanitizeText(t ?? '')])),
      );
    else if (typeof value === 'string') texts[key] = sanitizeText(value);
  }
  const zip = await JSZip.loadAsync(templateBytes);
  for (const name of Object.keys(zip.files).filter((part) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(part),
  )) {
    let xml = await zip.file(name)!.async('string');
    xml = xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
      const fields = [...row.matchAll(/\{\{(\w+)\.(\w+)\}\}/g)];
      if (fields.length === 0) return row;
      const group = fields[0]![1]!;
      let index = 0;
      return row.replace(/\{\{\w+\.(\w+)\}\}/g, (_m, field: string) => {
        index += 1;
        return `${index === 1 ? `{-w:tr ${group}}` : ''}{${field}}${index === fields.length ? `{/${group}}` : ''}`;
      });
    });
    zip.file(name, xml.replace(/\{\{(\w+)\}\}/g, '{$1}'));
  }
  const dtTemplate = await zip.generateAsync({ type: 'nodebuffer' });
  const dtData = {
    ...texts,
    draftMark: '',
    traceLine: `案号：${data.case.caseNo ?? ''}`,
    traceQr: '',
    ...rows,
  };

  return {
    renderAgreement: () =>
      generateCaseDocument({
        templates,
        data,
        templateId: 'agreement',
        mode: 'final',
        clock: systemClock,
        newId: randomUUID,
      }),
    renderBaseline: () => {
      const doc = new Docxtemplater(new PizZip(dtTemplate), { paragraphLoop: true, linebreaks: true });
      doc.render(dtData);
      return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  };
}
