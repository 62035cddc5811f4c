import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/shared/errors.ts';
import { DRAFT_MARK, fillTemplate } from '../../../src/main/documents/fillTemplate.ts';
import { generateCaseDocument } from '../../../src/main/documents/generateCaseDocument.ts';
import { sanitizeText } from '../../../src/main/documents/sanitizeText.ts';
import { parseTracePayload } from '../../../src/main/documents/traceCode.ts';
import { agreementValues } from '../../../src/main/documents/mapping/agreementValues.ts';
import { sampleCase } from '../../fixtures/sampleCase.ts';
import { builtInTemplates, fixedClock, testIds } from './helpers/documentTestKit.ts';

const trace = {
  caseUuid: sampleCase.case.uuid,
  caseNo: sampleCase.case.caseNo,
  documentId: '9b2f7c1e-0d4a-4c3b-8e21-5f6a7b8c9d0e',
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

async function allText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  return parts.join('\n');
}

describe('fillTemplate', async () => {
  const templates = await builtInTemplates();
  const agreement = templates.entry('agreement');
  const bytes = await templates.read('agreement');

  it('stops a final document when required data is missing, naming it in Chinese', async () => {
    const values = { ...agreementValues(sampleCase), facts: '', clauses: [], copies: undefined };
    const error = await fillTemplate(bytes, values, { mode: 'final', entry: agreement, trace }).catch(
      (caught: unknown) => caught,
    );
    expect(isAppError(error)).toBe(true);
    if (!isAppError(error)) return;
    expect(error.code).toBe('DOCUMENT_DATA_MISSING');
    expect(error.message).toContain('《人民调解协议书》');
    expect(error.message).toContain('纠纷主要事实、争议事项');
    expect(error.message).toContain('协议条款');
    expect(error.message).toContain('协议份数（大写）');
    expect(error.details?.missing).toEqual([
      { key: 'facts', meaning: '纠纷主要事实、争议事项' },
      { key: 'copies', meaning: '协议份数（大写）' },
      { key: 'clauses', meaning: '协议条款' },
    ]);
  });

  it('reports a missing field inside a repeated row by row number', async () => {
    const values = agreementValues(sampleCase);
    const parties = (values.parties as readonly Record<string, string>[]).map((row, index) =>
      index === 1 ? { ...row, detail: '' } : row,
    );
    const error = await fillTemplate(
      bytes,
      { ...values, parties },
      { mode: 'final', entry: agreement, trace },
    ).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.message).toContain('当事人及代理人第2项：基本情况');
  });

  it('fills a draft with fill-in lines and a visible 草稿 mark instead of stopping', async () => {
    const values = { ...agreementValues(sampleCase), facts: null, clauses: [] };
    const filled = await fillTemplate(bytes, values, { mode: 'draft', entry: agreement, trace });
    expect(filled.missing.map((item) => item.key)).toEqual(['facts', 'clauses']);
    const text = await allText(filled.bytes);
    expect(text).toContain(DRAFT_MARK);
    expect(text).toMatch(/_{30,}/);
    expect(text).not.toContain('{{');
  });

  it('has no draft mark on a final document', async () => {
    const filled = await fillTemplate(bytes, agreementValues(sampleCase), {
      mode: 'final',
      entry: agreement,
      trace,
    });
    expect(await allText(filled.bytes)).not.toContain('草稿');
  });

  it('escapes XML-breaking characters and drops those XML cannot hold', async () => {
    const nasty =
      '甲方<乙方> & "丙" \'丁\' ]]> <w:t>注入</w:t>\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uD800尾';
    const values = { ...agreementValues(sampleCase), facts: nasty };
    const filled = await fillTemplate(bytes, values, { mode: 'final', entry: agreement, trace });
    const xml = await documentXml(filled.bytes);
    expect(xml).toContain('甲方&lt;乙方&gt; &amp;');
    expect(xml).not.toContain('<w:t>注入</w:t>');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    // The document still opens as a document: re-reading it finds the text.
    expect(xml).toContain('尾');
    expect(await JSZip.loadAsync(filled.bytes)).toBeTruthy();
  });

  it('does not let a value inject another placeholder', async () => {
    const values = { ...agreementValues(sampleCase), facts: '见{{caseNo}}与{{copies}}' };
    const filled = await fillTemplate(bytes, values, { mode: 'final', entry: agreement, trace });
    const xml = await documentXml(filled.bytes);
    expect(xml).toContain('见{ {caseNo} }与{ {copies} }');
    expect(sanitizeText('a\r\nb\rc\u2028d\te')).toBe('a\nb\nc\nd　e');
  });

  it('turns line breaks in a value into Word line breaks', async () => {
    const values = { ...agreementValues(sampleCase), facts: '第一行\n第二行\r\n第三行' };
    const xml = await documentXml(
      (await fillTemplate(bytes, values, { mode: 'final', entry: agreement, trace })).bytes,
    );
    expect(xml).toMatch(/第一行<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>第二行/);
    expect(xml).not.toContain('第一行\n');
  });

  it('puts the case number, document id and a QR code in the footer, and a well-defined hash', async () => {
    const values = agreementValues(sampleCase);
    const first = await fillTemplate(bytes, values, { mode: 'final', entry: agreement, trace });
    const again = await fillTemplate(bytes, values, {
      mode: 'final',
      entry: agreement,
      trace: { ...trace, documentId: 'aaaaaaaa-0d4a-4c3b-8e21-5f6a7b8c9d0e' },
    });
    const zip = await JSZip.loadAsync(first.bytes);
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('（2026）栖尧人调字第001号');
    expect(footer).toContain(trace.documentId);
    expect(footer).toContain('<w:drawing>');
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(parseTracePayload(first.qrPayload)).toEqual({
      caseUuid: trace.caseUuid,
      documentId: trace.documentId,
      contentHash: first.contentHash,
    });
    // Same content, new document id: same content hash, different file.
    expect(again.contentHash).toBe(first.contentHash);
    expect(again.fileSha256).not.toBe(first.fileSha256);
    const changed = await fillTemplate(
      bytes,
      { ...values, copies: '四' },
      { mode: 'final', entry: agreement, trace },
    );
    expect(changed.contentHash).not.toBe(first.contentHash);
  });

  it('generates a document record from the case in one call', async () => {
    const generated = await generateCaseDocument({
      templates,
      data: sampleCase,
      templateId: 'agreement',
      mode: 'final',
      clock: fixedClock,
      newId: testIds(),
    });
    expect(generated).toMatchObject({
      caseUuid: sampleCase.case.uuid,
      templateId: 'agreement',
      templateVersion: 2,
      title: '人民调解协议书',
      fileName: '（2026）栖尧人调字第001号-人民调解协议书.docx',
      generatedAt: '2026-12-18T02:00:00.000Z',
      missing: [],
    });
    expect(generated.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
