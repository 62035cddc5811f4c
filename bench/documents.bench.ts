/**
 * Document rendering benchmark (not a timed test):
 *   node_modules/.bin/node bench/documents.bench.ts
 *
 * Renders the 人民调解协议书 of the sample case
 *   - with our engine, end to end (mapping, sanitising, content hash, QR code, patchDocument);
 *   - with our engine's patch step only (no mapping, no QR), the part comparable to a template library;
 *   - with docxtemplater + pizzip filling an equivalent template: the same .docx with `{key}` tags and
 *     `{-w:tr parties}…{/parties}` row loops, and the same values, line breaks on.
 * For each: p50/p95 of single renders after a warm-up, and a sequential batch of 1,000. Results go to
 * bench/documents-results.json.
 */
import { cpus } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import JSZip from 'jszip';
import { generateCaseDocument } from '../src/main/documents/generateCaseDocument.ts';
import { agreementValues } from '../src/main/documents/mapping/agreementValues.ts';
import { patchTemplate } from '../src/main/documents/patchTemplate.ts';
import { sanitizeText } from '../src/main/documents/sanitizeText.ts';
import { loadBuiltInTemplates } from '../src/main/documents/templateSource.ts';
import { isRows } from '../src/main/documents/templateValues.ts';
import { sampleCase } from '../tests/fixtures/sampleCase.ts';

const SINGLE_RUNS = 200;
const WARM_UP = 20;
const BATCH = 1_000;

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));
const templates = await loadBuiltInTemplates(templatesDir);
const agreementBytes = await templates.read('agreement');
const clock = { now: () => new Date('2026-12-18T02:00:00Z') };
let sequence = 0;
const newId = (): string => `00000000-0000-4000-8000-${String((sequence += 1)).padStart(12, '0')}`;

// The same values for every engine: strings sanitised, rows as arrays of objects.
const values = agreementValues(sampleCase);
const texts: Record<string, string> = {};
const rows: Record<string, Record<string, string>[]> = {};
for (const [key, value] of Object.entries(values)) {
  if (isRows(value)) {
    rows[key] = value.map((row) =>
      Object.fromEntries(Object.entries(row).map(([field, text]) => [field, sanitizeText(text ?? '')])),
    );
  } else if (typeof value === 'string') {
    texts[key] = sanitizeText(value);
  }
}
const engineTexts = { ...texts, draftMark: '', traceLine: `案号：${sampleCase.case.caseNo}` };

/** Our agreement template rewritten in docxtemplater's syntax. */
async function docxtemplaterTemplate(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(agreementBytes);
  for (const name of Object.keys(zip.files).filter((part) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(part),
  )) {
    let xml = await zip.file(name)!.async('string');
    xml = xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
      const fields = [...row.matchAll(/\{\{(\w+)\.(\w+)\}\}/g)];
      if (fields.length === 0) return row;
      const group = fields[0]![1]!;
      let index = 0;
      return row.replace(/\{\{\w+\.(\w+)\}\}/g, (_match, field: string) => {
        index += 1;
        const open = index === 1 ? `{-w:tr ${group}}` : '';
        const close = index === fields.length ? `{/${group}}` : '';
        return `${open}{${field}}${close}`;
      });
    });
    xml = xml.replace(/\{\{(\w+)\}\}/g, '{$1}');
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const dtTemplate = await docxtemplaterTemplate();
const dtData = { ...engineTexts, traceQr: '', ...rows };

function renderWithDocxtemplater(): Buffer {
  const doc = new Docxtemplater(new PizZip(dtTemplate), { paragraphLoop: true, linebreaks: true });
  doc.render(dtData);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const engines: Record<string, () => Promise<unknown>> = {
  'docx 引擎（完整：映射 + 二维码 + patchDocument）': () =>
    generateCaseDocument({
      templates,
      data: sampleCase,
      templateId: 'agreement',
      mode: 'final',
      clock,
      newId,
    }),
  'docx patchDocument（仅填充，无二维码）': () =>
    patchTemplate(agreementBytes, {
      texts: engineTexts,
      rows,
      qrPng: null,
      properties: { title: '人民调解协议书' },
    }),
  'docxtemplater + pizzip': () => Promise.resolve(renderWithDocxtemplater()),
};

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (value: number): number => Math.round(value * 100) / 100;

interface Result {
  engine: string;
  singleRuns: number;
  p50Ms: number;
  p95Ms: number;
  batchSize: number;
  batchTotalMs: number;
  batchPerDocMs: number;
  docsPerSecond: number;
  outputBytes: number;
}

const results: Result[] = [];
for (const [engine, render] of Object.entries(engines)) {
  for (let run = 0; run < WARM_UP; run += 1) await render();
  const times: number[] = [];
  let output: unknown;
  for (let run = 0; run < SINGLE_RUNS; run += 1) {
    const start = performance.now();
    output = await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const batchStart = performance.now();
  for (let run = 0; run < BATCH; run += 1) await render();
  const batchTotal = performance.now() - batchStart;
  const bytes =
    output instanceof Uint8Array ? output.byteLength : (output as { bytes: Uint8Array }).bytes.byteLength;
  results.push({
    engine,
    singleRuns: SINGLE_RUNS,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    batchSize: BATCH,
    batchTotalMs: Math.round(batchTotal),
    batchPerDocMs: round(batchTotal / BATCH),
    docsPerSecond: Math.round((BATCH / batchTotal) * 1000),
    outputBytes: bytes,
  });
}

const report = {
  document: '人民调解协议书（样例案件）',
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  results,
};
await writeFile(new URL('./documents-results.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);

console.log(`${report.document} — ${report.node}, ${report.cpu}`);
console.table(
  results.map((result) => ({
    引擎: result.engine,
    'p50 (ms)': result.p50Ms,
    'p95 (ms)': result.p95Ms,
    [`${BATCH} 份 (ms)`]: result.batchTotalMs,
    '份/秒': result.docsPerSecond,
    '输出 (字节)': result.outputBytes,
  })),
);

// Sanity: the docxtemplater output really contains the filled agreement.
const check = new PizZip(renderWithDocxtemplater()).file('word/document.xml')!.asText();
if (!check.includes('叁万伍仟陆佰元整') || check.includes('{')) {
  throw new Error('docxtemplater 输出不完整，比较无效');
}
