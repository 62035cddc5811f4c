/**
 * What a template is filled with: formatted text per placeholder key, and rows for repeated blocks
 * (`parties` → `[{ name: '张建国', … }]` fills `{{parties.name}}` rows). Text may contain line breaks.
 * A missing or empty value is "absent": required ones stop a final document, drafts get a fill-in line.
 */
export type TemplateRow = Readonly<Record<string, string | null | undefined>>;

export type TemplateValue = string | readonly TemplateRow[] | null | undefined;

export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export function isRows(value: TemplateValue): value is readonly TemplateRow[] {
  return Array.isArray(value);
}

export function isAbsent(value: TemplateValue): boolean {
  if (value === null || value === undefined) return true;
  if (isRows(value)) return value.length === 0;
  return value.trim() === '';
}
