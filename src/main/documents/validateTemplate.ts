import JSZip from 'jszip';
import { patchDetector } from 'docx';
import { AppError } from '../../shared/errors.ts';
import type { TemplateManifestEntry } from './templateManifest.ts';

/**
 * Checks an administrator's replacement template before it is stored. The file is only ever read as a
 * zip of XML parts: nothing in it is run, macros are refused, and so are parts fetched from elsewhere
 * (LibreOffice would load a linked picture when converting).
 *
 * Placeholders are found with docx `patchDetector`, which sees a placeholder Word split across runs
 * (spell-check marks, formatting changes) the same way the filler does.
 */
export interface TemplateValidation {
  /** Placeholders found, sorted. */
  readonly placeholders: readonly string[];
  /** Optional placeholders the template leaves out (allowed, but worth showing). */
  readonly unusedOptional: readonly string[];
}

const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function invalid(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('TEMPLATE_INVALID', message, { missing: [], unknown: [], ...details });
}

export async function validateTemplate(
  bytes: Uint8Array,
  entry: TemplateManifestEntry,
): Promise<TemplateValidation> {
  if (bytes.byteLength === 0) throw invalid('上传的文件是空的。');
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw invalid('模板文件超过 20 MB，请删除其中的大图片后重试。');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw invalid(
      '上传的文件不是 DOCX 文档。请在 WPS 或 Word 中“另存为” .docx 格式后再上传（不支持 .doc、.wps、.pdf）。',
    );
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw invalid('模板文件已损坏，无法打开。请在 WPS 或 Word 中重新保存后再上传。');
  }

  const contentTypes = zip.file('[Content_Types].xml');
  const document = zip.file('word/document.xml');
  if (!contentTypes || !document) throw invalid('上传的文件不是 Word 文档（缺少正文部分）。');
  let types: string;
  try {
    types = await contentTypes.async('string');
    await document.async('string');
  } catch {
    throw invalid('模板文件已损坏，无法读取其中的内容。请在 WPS 或 Word 中重新保存后再上传。');
  }
  if (!types.includes(WORD_MAIN)) {
    throw invalid('上传的文件不是普通 Word 文档（.docx）。带宏的文档（.docm）和模板文件（.dotx）不能使用。');
  }
  if (
    Object.keys(zip.files).some((name) =>
      /vbaProject\.bin$|(^|\/)activeX\/|(^|\/)embeddings\/.*\.bin$/i.test(name),
    )
  ) {
    throw invalid('模板中含有宏或控件，出于安全考虑不能使用。请另存为不含宏的 .docx 文件。');
  }
  for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.rels'))) {
    const rels = await zip.file(name)!.async('string');
    const external = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => /TargetMode="External"/.test(tag) && !/\/hyperlink"/.test(tag));
    if (external.length > 0) {
      throw invalid('模板中含有链接到外部文件的内容（如链接的图片或附加模板），请改为嵌入后再上传。');
    }
  }

  let found: readonly string[];
  try {
    found = await patchDetector({ data: bytes });
  } catch {
    throw invalid('无法读取模板中的占位符，文件可能已损坏。');
  }

  const known = new Map(entry.placeholders.map((spec) => [spec.key, spec]));
  const present = new Set(found);
  const missing = entry.placeholders.filter((spec) => spec.required && !present.has(spec.key));
  const unknown = [...present].filter((key) => !known.has(key)).sort();

  const outsideRows = await repeatedFieldsOutsideTableRows(zip, entry, present);

  if (missing.length > 0 || unknown.length > 0 || outsideRows.length > 0) {
    const parts: string[] = [];
    if (outsideRows.length > 0) {
      parts.push(
        `以下占位符须放在表格行中才能按行重复：${outsideRows.map((key) => `{{${key}}}`).join('、')}`,
      );
    }
    if (missing.length > 0) {
      parts.push(
        `缺少必需的占位符：${missing.map((spec) => `{{${spec.key}}}（${spec.meaning}）`).join('、')}`,
      );
    }
    if (unknown.length > 0) {
      parts.push(
        `含有无法识别的占位符：${unknown.map((key) => `{{${key}}}`).join('、')}（请检查拼写，或从占位符清单中复制）`,
      );
    }
    throw new AppError('TEMPLATE_INVALID', `《${entry.title}》模板未通过检查。${parts.join('；')}。`, {
      templateId: entry.id,
      missing: missing.map((spec) => ({ key: spec.key, meaning: spec.meaning })),
      unknown,
      outsideRows,
    });
  }

  return {
    placeholders: [...present].sort(),
    unusedOptional: entry.placeholders
      .filter((spec) => !spec.required && !present.has(spec.key))
      .map((spec) => spec.key),
  };
}

/**
 * Repeated fields (`{{parties.name}}`) only repeat inside a table row; anywhere else they would print as
 * typed. Text is joined per row before searching, so a field split across runs is still seen.
 */
async function repeatedFieldsOutsideTableRows(
  zip: JSZip,
  entry: TemplateManifestEntry,
  present: ReadonlySet<string>,
): Promise<string[]> {
  const repeated = entry.placeholders.filter((spec) => spec.repeat !== undefined && present.has(spec.key));
  if (repeated.length === 0) return [];
  const parts = Object.keys(zip.files).filter((name) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(name),
  );
  const rowText: string[] = [];
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    for (const row of xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
      rowText.push([...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
    }
  }
  const inRows = rowText.join('\n');
  return repeated.map((spec) => spec.key).filter((key) => !inRows.includes(`{{${key}}}`));
}
