import { patchTemplate } from './patchTemplate.ts';
import { ENGINE_PLACEHOLDERS } from './templateManifest.ts';
import type { PlaceholderSpec, TemplateManifestEntry } from './templateManifest.ts';

const ENGINE = new Set<string>(ENGINE_PLACEHOLDERS);

function blankText(spec: PlaceholderSpec): string {
  return spec.blankText ?? '_'.repeat(spec.blankWidth * 2);
}

/**
 * A blank form for stations that fill documents by hand: every placeholder becomes a fill-in line (or an
 * empty cell), repeated blocks get `blankRows` empty rows, and the footer keeps an empty 案号 line. It
 * has no QR code: it belongs to no case until it is filled in.
 */
export async function renderBlankForm(
  templateBytes: Uint8Array,
  entry: TemplateManifestEntry,
): Promise<Uint8Array> {
  const texts: Record<string, string> = {};
  for (const spec of entry.placeholders) {
    if (spec.repeat === undefined && !ENGINE.has(spec.key)) texts[spec.key] = blankText(spec);
  }
  const rows: Record<string, Record<string, string>[]> = {};
  for (const group of entry.repeats) {
    const fields = entry.placeholders.filter((spec) => spec.repeat === group.key);
    const row = Object.fromEntries(
      fields.map((spec) => [spec.key.slice(group.key.length + 1), blankText(spec)]),
    );
    rows[group.key] = Array.from({ length: group.blankRows }, (_, index) => ({
      ...row,
      ...group.blankRowValues?.[index],
    }));
  }
  return patchTemplate(templateBytes, {
    texts: { ...texts, draftMark: '', traceLine: '案号：　　　　　　　　　　' },
    rows,
    qrPng: null,
    properties: { title: `${entry.title}（空白）` },
  });
}
