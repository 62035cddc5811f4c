import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { patchDetector } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  buildTemplatePackage,
  manifestOf,
} from '../../../src/main/documents/templateSet/buildTemplatePackage.ts';
import { TEMPLATE_DEFINITIONS } from '../../../src/main/documents/templateSet/templateDefinitions.ts';
import { TEMPLATE_MAPPERS } from '../../../src/main/documents/mapping/templateMappers.ts';
import { parseTemplateManifest, TEMPLATE_IDS } from '../../../src/main/documents/templateManifest.ts';
import { isAbsent, isRows } from '../../../src/main/documents/templateValues.ts';
import { caseFor, TEMPLATES_DIR } from './helpers/documentTestKit.ts';

async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (!file.dir) parts.set(name, name.endsWith('.png') ? 'binary' : await file.async('string'));
  }
  return parts;
}

describe('the committed template set', () => {
  it('has one definition per official document, with ASCII file names', () => {
    expect(TEMPLATE_DEFINITIONS.map((definition) => definition.id).sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const definition of TEMPLATE_DEFINITIONS) expect(definition.file).toMatch(/^[a-z-]+\.docx$/);
  });

  it('matches what scripts/generate-templates.ts produces (run it after changing a template)', async () => {
    for (const definition of TEMPLATE_DEFINITIONS) {
      const committed = await xmlParts(new Uint8Array(await readFile(join(TEMPLATES_DIR, definition.file))));
      const generated = await xmlParts(await buildTemplatePackage(definition));
      expect([...committed.keys()], definition.file).toEqual([...generated.keys()]);
      for (const [name, xml] of generated)
        expect(committed.get(name), `${definition.file}: ${name}`).toBe(xml);
    }
    const manifest = await readFile(join(TEMPLATES_DIR, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest)).toEqual(JSON.parse(JSON.stringify(manifestOf(TEMPLATE_DEFINITIONS))));
    expect(() => parseTemplateManifest(manifest)).not.toThrow();
  });

  it('lists exactly the placeholders each .docx contains', async () => {
    for (const definition of TEMPLATE_DEFINITIONS) {
      const bytes = new Uint8Array(await readFile(join(TEMPLATES_DIR, definition.file)));
      const found = [...(await patchDetector({ data: bytes }))].sort();
      expect(found, definition.file).toEqual(definition.placeholders.map((spec) => spec.key).sort());
      for (const repeat of definition.repeats) {
        expect(
          definition.placeholders.some((spec) => spec.repeat === repeat.key),
          repeat.key,
        ).toBe(true);
      }
    }
  });

  it('sets A4, 公文 margins and the 仿宋 / 宋体 East Asian fonts', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(TEMPLATES_DIR, 'agreement.docx')));
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar [^>]*>/.exec(document)?.[0] ?? '';
    for (const attribute of ['w:top="2098"', 'w:bottom="1984"', 'w:left="1587"', 'w:right="1474"']) {
      expect(margins).toContain(attribute);
    }
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(fonts).toContain('<w:altName w:val="FangSong"/>');
  });
});

describe('value mappings', () => {
  for (const definition of TEMPLATE_DEFINITIONS) {
    it(`${definition.id} gives every required value from the sample case and nothing unknown`, () => {
      const values = TEMPLATE_MAPPERS[definition.id](caseFor(definition.id), { today: '2026-12-18' });
      const known = new Set(
        definition.placeholders
          .filter((spec) => spec.repeat === undefined && spec.source !== 'engine')
          .map((spec) => spec.key),
      );
      for (const repeat of definition.repeats) known.add(repeat.key);
      expect(Object.keys(values).filter((key) => !known.has(key))).toEqual([]);
      for (const spec of definition.placeholders) {
        if (!spec.required || spec.source === 'engine') continue;
        if (spec.repeat === undefined) {
          expect(isAbsent(values[spec.key]), spec.key).toBe(false);
          continue;
        }
        const rows = values[spec.repeat];
        expect(isRows(rows) && rows.length > 0, spec.repeat).toBe(true);
        const field = spec.key.slice(spec.repeat.length + 1);
        // A variant's field (`org.name`) is required of the rows of that variant only.
        const variant = field.includes('.') ? field.slice(0, field.indexOf('.')) : null;
        for (const row of isRows(rows) ? rows : []) {
          if (variant === null || row[variant]) expect(row[field], spec.key).toBeTruthy();
        }
      }
    });
  }
});
