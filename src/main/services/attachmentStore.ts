import fs from 'node:fs';
import path from 'node:path';
import type { PendingUpload } from '../files/uploadStore.ts';

/** Where an attachment with this content and file name lives, relative to the data directory. */
export function attachmentPath(sha256: string, fileName: string): string {
  const ext = path
    .extname(fileName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  return `attachments/${sha256.slice(0, 2)}/${sha256}${ext}`;
}

/**
 * Moves a received upload to `<dataDir>/attachments/<first two hex>/<sha256><ext>`. Content-addressed:
 * the same scan added twice is stored once. The upload was fully written and hashed before (in the
 * data folder, so this is a rename), so a crash never leaves a half file under a real hash.
 */
export function placeAttachment(dataDir: string, upload: PendingUpload, relativePath: string): void {
  const target = path.join(dataDir, ...relativePath.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) fs.rmSync(upload.file, { force: true });
  else fs.renameSync(upload.file, target);
}
