/**
 * Writes templates/*.docx and templates/manifest.json from the definitions in
 * src/main/documents/templateSet/. Run: node_modules/.bin/node scripts/generate-templates.ts
 * A unit test fails when the committed files differ from what this produces.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildTemplatePackage, manifestOf } from '../src/main/documents/templateSet/buildTemplatePackage.ts';
import { TEMPLATE_DEFINITIONS } from '../src/main/documents/templateSet/templateDefinitions.ts';

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));

await mkdir(templatesDir, { recursive: true });
for (const definition of TEMPLATE_DEFINITIONS) {
  await writeFile(join(templatesDir, definition.file), await buildTemplatePackage(definition));
  console.log(`${definition.file}  ${definition.title}`);
}
await writeFile(
  join(templatesDir, 'manifest.json'),
  `${JSON.stringify(manifestOf(TEMPLATE_DEFINITIONS), null, 2)}\n`,
);
console.log('manifest.json');
