import { AppError } from '../../shared/errors.ts';
import { patchTemplate } from './patchTemplate.ts';
import { sanitizeText } from './sanitizeText.ts';
import { ENGINE_PLACEHOLDERS } from './templateManifest.ts';
import type { PlaceholderSpec, TemplateManifestEntry } from './templateManifest.ts';
import { contentHash, sha256Hex, traceLine, tracePayload, traceQrPng } from './traceCode.ts';
import type { TraceIdentity } from './traceCode.ts';
import { isAbsent, isRows } from './templateValues.ts';
import type { TemplateValues } from './templateValues.ts';

export type FillMode = 'final' | 'draft';

export interface FillOptions {
  readonly mode: FillMode;
  /** The template's manifest entry: which placeholders exist, which are required, what they mean. */
  readonly entry: TemplateManifestEntry;
  readonly trace: TraceIdentity;
}

export interface MissingValue {
  readonly key: string;
  /** Chinese, e.g. 当事人第2项：联系方式. */
  readonly meaning: string;
}

export interface FilledTemplate {
  readonly bytes: Uint8Array;
  /** SHA-256 of the .docx bytes, for the document record. */
  readonly fileSha256: string;
  /** SHA-256 of the content before the QR code was added (see traceCode.ts). */
  readonly contentHash: string;
  readonly qrPayload: string;
  /** Required values that were absent; always empty for a final document (it throws instead). */
  readonly missing: readonly MissingValue[];
}

const ENGINE = new Set<string>(ENGINE_PLACEHOLDERS);

export const DRAFT_MARK = '草稿　未经核对，不得作为正式文书使用';

/**
 * Fills a template. In `final` mode a missing required value stops generation with
 * DOCUMENT_DATA_MISSING listing every missing item by its Chinese meaning; in `draft` mode missing values
 * become fill-in lines and the header says 草稿. Every document gets the trace line and QR code.
 */
export async function fillTemplate(
  templateBytes: Uint8Array,
  values: TemplateValues,
  options: FillOptions,
): Promise<FilledTemplate> {
  const { entry, mode, trace } = options;
  const { texts, rows, missing } = resolveValues(entry, values, mode);

  if (mode === 'final' && missing.length > 0) {
    throw new AppError(
      'DOCUMENT_DATA_MISSING',
      `无法生成《${entry.title}》，缺少以下信息：${missing.map((item) => item.meaning).join('、')}。请补充后重试，或先生成草稿。`,
      { templateId: entry.id, missing },
    );
  }

  const hash = contentHash({
    templateId: entry.id,
    templateVersion: entry.version,
    templateBytes,
    mode,
    values: { ...texts, ...rows },
  });
  const payload = tracePayload(trace, hash);
  const bytes = await patchTemplate(templateBytes, {
    texts: {
      ...texts,
      draftMark: mode === 'draft' ? DRAFT_MARK : '',
      traceLine: traceLine(trace),
    },
    rows,
    qrPng: await traceQrPng(payload),
    properties: { title: entry.title, subject: trace.caseNo ?? '', description: payload },
  });
  return { bytes, fileSha256: sha256Hex(bytes), contentHash: hash, qrPayload: payload, missing };
}

interface ResolvedValues {
  readonly texts: Record<string, string>;
  readonly rows: Record<string, Record<string, string>[]>;
  readonly missing: MissingValue[];
}

/** The fill-in line a draft shows for an absent value. */
export function fillInLine(spec: PlaceholderSpec): string {
  return spec.blankText ?? '_'.repeat(Math.max(spec.blankWidth * 2, 8));
}

function resolveValues(entry: TemplateManifestEntry, values: TemplateValues, mode: FillMode): ResolvedValues {
  const texts: Record<string, string> = {};
  const rows: Record<string, Record<string, string>[]> = {};
  const missing: MissingValue[] = [];
  const absentText = (spec: PlaceholderSpec): string =>
    mode === 'draft' && spec.required ? fillInLine(spec) : '';

  for (const spec of entry.placeholders) {
    if (spec.repeat !== undefined || ENGINE.has(spec.key)) continue;
    const value = values[spec.key];
    if (isAbsent(value) || isRows(value)) {
      if (spec.required) missing.push({ key: spec.key, meaning: spec.meaning });
      texts[spec.key] = absentText(spec);
    } else {
      texts[spec.key] = sanitizeText(value as string);
    }
  }

  for (const group of entry.repeats) {
    const fields = entry.placeholders.filter((spec) => spec.repeat === group.key);
    const fieldName = (spec: PlaceholderSpec): string => spec.key.slice(group.key.length + 1);
    const value = values[group.key];
    if (!isRows(value) || value.length === 0) {
      if (group.required) missing.push({ key: group.key, meaning: group.meaning });
      rows[group.key] =
        mode === 'draft' && group.required
          ? [Object.fromEntries(fields.map((spec) => [fieldName(spec), fillInLine(spec)]))]
          : [];
      continue;
    }
    const variants = [
      ...new Set(
        fields
          .map(fieldName)
          .filter((name) => name.includes('.'))
          .map((name) => name.split('.')[0]!),
      ),
    ];
    rows[group.key] = value.map((row, index) => ({
      ...Object.fromEntries(variants.map((variant) => [variant, row[variant] ? '1' : ''])),
      ...Object.fromEntries(
        fields.map((spec) => {
          const name = fieldName(spec);
          const cell = row[name];
          // A variant's field (`org.name`) only counts for rows of that variant (see patchTemplate).
          const variant = name.includes('.') ? name.slice(0, name.indexOf('.')) : null;
          const applies = variant === null || Boolean(row[variant]);
          if (cell === null || cell === undefined || cell.trim() === '') {
            if (spec.required && applies) {
              missing.push({
                key: `${spec.key}[${index}]`,
                meaning: `${group.meaning}第${index + 1}项：${spec.meaning}`,
              });
            }
            return [name, applies ? absentText(spec) : ''];
          }
          return [name, sanitizeText(cell)];
        }),
      ),
    }));
  }
  return { texts, rows, missing };
}
