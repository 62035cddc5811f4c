import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestEntry, parseTemplateManifest } from './templateManifest.ts';
import type { TemplateId, TemplateManifest, TemplateManifestEntry } from './templateManifest.ts';

/** Where template bytes come from: the built-in set, possibly with an administrator's replacements. */
export interface TemplateSource {
  readonly manifest: TemplateManifest;
  entry(id: TemplateId): TemplateManifestEntry;
  read(id: TemplateId): Promise<Uint8Array>;
}

/** The built-in set in `dir` (the repository's templates/ or its packaged copy). */
export async function loadBuiltInTemplates(dir: string): Promise<TemplateSource> {
  const manifest = parseTemplateManifest(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const cache = new Map<TemplateId, Uint8Array>();
  return {
    manifest,
    entry: (id) => manifestEntry(manifest, id),
    read: async (id) => {
      const cached = cache.get(id);
      if (cached) return cached;
      const bytes = new Uint8Array(await readFile(join(dir, manifestEntry(manifest, id).file)));
      cache.set(id, bytes);
      return bytes;
    },
  };
}

/**
 * The built-in set with some templates replaced by validated administrator uploads. Reverting to the
 * built-in one is dropping the override.
 */
export function withOverrides(
  base: TemplateSource,
  overrides: ReadonlyMap<TemplateId, Uint8Array>,
): TemplateSource {
  return {
    manifest: base.manifest,
    entry: (id) => base.entry(id),
    read: async (id) => overrides.get(id) ?? base.read(id),
  };
}
