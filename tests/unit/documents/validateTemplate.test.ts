import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.ts';
import type { AppError } from '../../../src/shared/errors.ts';
import { fillTemplate } from '../../../src/main/documents/fillTemplate.ts';
import { agreementValues } from '../../../src/main/documents/mapping/agreementValues.ts';
import { validateTemplate } from '../../../src/main/documents/validateTemplate.ts';
import { sampleCase } from '../../fixtures/sampleCase.ts';
import { builtInTemplates } from './helpers/documentTestKit.ts';

/** Rewrites one part of a .docx, as an administrator's edit in Word would. */
async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  expect(error.code).toBe('TEMPLATE_INVALID');
  return error;
}

describe('validateTemplate', async () => {
  const templates = await builtInTemplates();
  const entry = templates.entry('agreement');
  const original = await templates.read('agreement');

  it('accepts every built-in template', async () => {
    for (const template of templates.manifest.templates) {
      const result = await validateTemplate(await templates.read(template.id), template);
      expect(result.placeholders.length).toBeGreaterThan(3);
    }
  });

  it('finds a placeholder Word split across runs, and the filler fills it', async () => {
    // What Word writes after a formatting change and a spell-check mark inside the placeholder.
    const split = await editPart(original, 'word/document.xml', (xml) =>
      xml.replace(
        '<w:r><w:t xml:space="preserve">{{facts}}</w:t></w:r>',
        '<w:r><w:rPr><w:b/></w:rPr><w:t>{{fa</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>c</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:rPr><w:i/></w:rPr><w:t>ts}}</w:t></w:r>',
      ),
    );
    expect(
      await JSZip.loadAsync(split).then((zip) => zip.file('word/document.xml')!.async('string')),
    ).not.toContain('{{facts}}');
    const result = await validateTemplate(split, entry);
    expect(result.placeholders).toContain('facts');

    const filled = await fillTemplate(split, agreementValues(sampleCase), {
      mode: 'final',
      entry,
      trace: {
        caseUuid: sampleCase.case.uuid,
        caseNo: sampleCase.case.caseNo,
        documentId: '9b2f7c1e-0d4a-4c3b-8e21-5f6a7b8c9d0e',
      },
    });
    const xml = await (await JSZip.loadAsync(filled.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('被申请人对渗漏事实无异议');
    expect(xml).not.toMatch(/\{\{|fa<\/w:t>|ts\}\}/);
  });

  it('names missing required placeholders by key and meaning', async () => {
    const edited = await editPart(original, 'word/document.xml', (xml) =>
      xml.replace('{{facts}}', '（事实）').replace('{{copies}}', '三'),
    );
    const error = await rejection(validateTemplate(edited, entry));
    expect(error.message).toContain('{{facts}}（纠纷主要事实、争议事项）');
    expect(error.message).toContain('{{copies}}（协议份数（大写））');
    expect(error.details?.missing).toEqual([
      { key: 'facts', meaning: '纠纷主要事实、争议事项' },
      { key: 'copies', meaning: '协议份数（大写）' },
    ]);
  });

  it('names unknown placeholders (typos, fields from another template)', async () => {
    const edited = await editPart(original, 'word/document.xml', (xml) =>
      xml.replace('{{facts}}', '{{facts}}{{fact}}').replace('{{copies}}', '{{copies}}{{ caseNo }}'),
    );
    const error = await rejection(validateTemplate(edited, entry));
    expect(error.details?.unknown).toEqual([' caseNo ', 'fact']);
    expect(error.message).toContain('{{fact}}');
    expect(error.details?.missing).toEqual([]);
  });

  it('requires the footer trace placeholders, so every document stays traceable', async () => {
    const edited = await editPart(original, 'word/footer1.xml', (xml) => xml.replace('{{traceQr}}', ''));
    const error = await rejection(validateTemplate(edited, entry));
    expect(error.message).toContain('页脚二维码（一案一码）');
  });

  it('rejects a repeated field moved out of its table row', async () => {
    const edited = await editPart(original, 'word/document.xml', (xml) =>
      xml.replace('{{clauses.text}}', '').replace('{{facts}}', '{{facts}}{{clauses.text}}'),
    );
    const error = await rejection(validateTemplate(edited, entry));
    expect(error.details?.outsideRows).toEqual(['clauses.text']);
  });

  it('rejects files that are not DOCX', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\n');
    expect((await rejection(validateTemplate(pdf, entry))).message).toContain('不是 DOCX');
    const oldDoc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await rejection(validateTemplate(oldDoc, entry))).message).toContain('不是 DOCX');
    await rejection(validateTemplate(new Uint8Array(), entry));
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    expect((await rejection(validateTemplate(notWord, entry))).message).toContain('不是 Word 文档');
  });

  it('rejects a damaged zip', async () => {
    const truncated = original.slice(0, Math.floor(original.length / 2));
    expect((await rejection(validateTemplate(truncated, entry))).message).toContain('已损坏');
    const corrupted = original.slice();
    for (let index = 200; index < 400; index += 1) corrupted[index] = 0x41;
    expect((await rejection(validateTemplate(corrupted, entry))).message).toContain('已损坏');
  });

  it('never accepts macros or externally linked parts', async () => {
    const zip = await JSZip.loadAsync(original);
    zip.file('word/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const withMacro = await zip.generateAsync({ type: 'uint8array' });
    expect((await rejection(validateTemplate(withMacro, entry))).message).toContain('宏');

    const linked = await editPart(original, 'word/_rels/document.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://example.invalid/a.png" TargetMode="External"/></Relationships>',
      ),
    );
    expect((await rejection(validateTemplate(linked, entry))).message).toContain('外部');

    const docm = await editPart(original, '[Content_Types].xml', (xml) =>
      xml.replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml'),
    );
    expect((await rejection(validateTemplate(docm, entry))).message).toContain('.docm');
  });
});
