import JSZip from 'jszip';
import { Packer } from 'docx';
import type { TemplateManifest } from '../templateManifest.ts';
import type { TemplateDefinition } from './templateDefinition.ts';

/**
 * Packs a template definition into .docx bytes that are the same on every run, so the committed files
 * can be compared with what the generator makes: fixed document dates and fixed zip entry dates.
 *
 * It also writes a font table. Word and WPS pick a substitute for a missing font from its table entry
 * (character set, family, PANOSE), so a PC without 仿宋 still gets a serif Chinese face, not the UI font.
 */

const FIXED_DATE = '2026-01-01T00:00:00Z';

const FONT_TABLE_ENTRIES = [
  // name, English alternative, PANOSE, family, pitch
  ['仿宋', 'FangSong', '02010609060101010101', 'modern', 'fixed'],
  ['宋体', 'SimSun', '02010600030101010101', 'auto', 'variable'],
  ['Times New Roman', '', '02020603050405020304', 'roman', 'variable'],
] as const;

function fontTableEntries(): string {
  return FONT_TABLE_ENTRIES.map(([name, alt, panose, family, pitch]) => {
    const altName = alt ? `<w:altName w:val="${alt}"/>` : '';
    const charset = alt ? '<w:charset w:val="86"/>' : '<w:charset w:val="00"/>';
    return `<w:font w:name="${name}">${altName}<w:panose1 w:val="${panose}"/>${charset}<w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  }).join('');
}

export async function buildTemplatePackage(definition: TemplateDefinition): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(definition.build());
  const zip = await JSZip.loadAsync(packed);

  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${FIXED_DATE}$2`,
    );
    zip.file('docProps/core.xml', xml);
  }

  const fonts = zip.file('word/fontTable.xml');
  if (fonts) {
    const xml = await fonts.async('string');
    const withEntries = xml.endsWith('/>')
      ? `${xml.slice(0, -2)}>${fontTableEntries()}</w:fonts>`
      : xml.replace('</w:fonts>', `${fontTableEntries()}</w:fonts>`);
    zip.file('word/fontTable.xml', withEntries);
  }

  const date = new Date(FIXED_DATE);
  const names = Object.keys(zip.files).sort();
  const stable = new JSZip();
  for (const name of names) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    stable.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return stable.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** The manifest as written to templates/manifest.json: the definitions without their layout code. */
export function manifestOf(definitions: readonly TemplateDefinition[]): TemplateManifest {
  return {
    schemaVersion: 1,
    templates: definitions.map(({ build: _build, ...entry }) => entry),
  };
}
