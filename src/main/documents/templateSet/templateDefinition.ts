import type { Document } from 'docx';
import type { PlaceholderSpec, RepeatSpec, TemplateId, TemplateManifestEntry } from '../templateManifest.ts';

/**
 * A built-in template: its manifest entry plus the code that lays it out. The generator writes both the
 * .docx and manifest.json from these, so a placeholder cannot be in one and missing from the other.
 */
export interface TemplateDefinition extends TemplateManifestEntry {
  build(): Document;
}

export interface FieldOptions {
  readonly required?: boolean;
  /** Width of the fill-in line on blank forms; 0 for table cells (the cell is the space). */
  readonly blankWidth?: number;
  readonly blankText?: string;
}

export function field(
  key: string,
  meaning: string,
  source: string,
  options: FieldOptions = {},
): PlaceholderSpec {
  const spec = {
    key,
    meaning,
    source,
    required: options.required ?? true,
    blankWidth: options.blankWidth ?? 8,
  };
  return options.blankText === undefined ? spec : { ...spec, blankText: options.blankText };
}

/**
 * Write-on lines for free text on blank forms. A 三号 line holds 55 underscores; the first line is
 * shorter after a first-line indent (50) or a label such as 申请人： (42).
 */
export function ruledLines(count: number, firstLine = 50): string {
  return Array.from({ length: count }, (_, index) => '_'.repeat(index === 0 ? firstLine : 55)).join('\n');
}

export const BLANK_DATE = '　　　　年　　月　　日';

/** A date printed as 2026年11月22日; blank forms get 年 月 日 with room to write. */
export function dateField(key: string, meaning: string, source: string, required = true): PlaceholderSpec {
  return field(key, meaning, source, { required, blankWidth: 0, blankText: BLANK_DATE });
}

/** A date in a table cell: the blank form's 年 月 日 is short enough not to wrap in a narrow cell. */
export const CELL_BLANK_DATE = '　　年　　月　　日';

export function cellDateField(
  key: string,
  meaning: string,
  source: string,
  required = true,
): PlaceholderSpec {
  return field(key, meaning, source, { required, blankWidth: 0, blankText: CELL_BLANK_DATE });
}

/** A table cell value: blank forms leave the cell empty. */
export function cellField(key: string, meaning: string, source: string, required = true): PlaceholderSpec {
  return field(key, meaning, source, { required, blankWidth: 0 });
}

export interface RepeatGroup {
  readonly repeat: RepeatSpec;
  readonly fields: readonly PlaceholderSpec[];
}

export function repeatRows(
  key: string,
  meaning: string,
  source: string,
  fields: readonly PlaceholderSpec[],
  options: {
    readonly required?: boolean;
    readonly blankRows?: number;
    readonly blankRowValues?: readonly Readonly<Record<string, string>>[];
  } = {},
): RepeatGroup {
  const repeat: RepeatSpec = {
    key,
    meaning,
    source,
    required: options.required ?? true,
    as: 'tableRows',
    blankRows: options.blankRows ?? 2,
  };
  return {
    repeat: options.blankRowValues ? { ...repeat, blankRowValues: options.blankRowValues } : repeat,
    fields: fields.map((spec) => ({ ...spec, key: `${key}.${spec.key}`, repeat: key })),
  };
}

const ENGINE_FIELDS: readonly PlaceholderSpec[] = [
  { key: 'draftMark', meaning: '页眉草稿标记', source: 'engine', required: true, blankWidth: 0 },
  { key: 'traceLine', meaning: '页脚案号与文书编号', source: 'engine', required: true, blankWidth: 0 },
  { key: 'traceQr', meaning: '页脚二维码（一案一码）', source: 'engine', required: true, blankWidth: 0 },
];

export interface TemplateDefinitionInput {
  readonly id: TemplateId;
  readonly file: string;
  readonly title: string;
  readonly version: number;
  readonly description: string;
  readonly fields: readonly PlaceholderSpec[];
  readonly repeats?: readonly RepeatGroup[];
  readonly build: () => Document;
}

export function defineTemplate(input: TemplateDefinitionInput): TemplateDefinition {
  const repeats = input.repeats ?? [];
  return {
    id: input.id,
    file: input.file,
    title: input.title,
    version: input.version,
    description: input.description,
    placeholders: [...input.fields, ...repeats.flatMap((group) => group.fields), ...ENGINE_FIELDS],
    repeats: repeats.map((group) => group.repeat),
    build: input.build,
  };
}

/** Common fields, so every template names them the same way. */
export const common = {
  orgName: (): PlaceholderSpec =>
    field('orgName', '人民调解委员会名称', 'organisation.name', { blankWidth: 14 }),
  sealName: (): PlaceholderSpec =>
    field('sealName', '人民调解委员会印章名称', 'organisation.sealName', { blankWidth: 14 }),
  caseNo: (required = true): PlaceholderSpec =>
    field('caseNo', '案号（卷号）', 'case.caseNo', {
      required,
      blankWidth: 0,
      blankText: '（　　　　）　　人调字第　　　号',
    }),
};
