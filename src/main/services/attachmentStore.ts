import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AppError } from '../../shared/errors.ts';

export interface StoredFile {
  /** Relative to the data directory, with forward slashes. */
  readonly relativePath: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** Largest file accepted, so a mistaken pick (a video, a disk image) does not fill the data disk. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

/**
 * Copies a file into `<dataDir>/attachments/<first two hex>/<sha256><ext>`, hashing while streaming so it is
 * never held in memory whole. Content-addressed: the same scan added twice is stored once. The copy is
 * written to a temporary name and renamed, so a crash never leaves a half file under a real hash.
 */
export async function storeAttachment(
  dataDir: string,
  source: { readonly path: string } | { readonly bytes: Uint8Array },
  fileName: string,
): Promise<StoredFile> {
  const root = path.join(dataDir, 'attachments');
  const tmpDir = path.join(root, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  try {
    if ('path' in source) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(source.path);
      } catch {
        throw new AppError('INVALID_INPUT', `找不到要添加的文件：${source.path}`, {
          fields: { sourcePath: '找不到这个文件' },
        });
      }
      if (!stat.isFile())
        throw new AppError('INVALID_INPUT', '所选的不是文件。', { fields: { sourcePath: '所选的不是文件' } });
      if (stat.size > MAX_ATTACHMENT_BYTES) throw tooLarge();
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(fs.createReadStream(source.path), counter, fs.createWriteStream(tmp, { flags: 'wx' }));
    } else {
      if (source.bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
      hash.update(source.bytes);
      size = source.bytes.length;
      fs.writeFileSync(tmp, source.bytes, { flag: 'wx' });
    }
    const sha256 = hash.digest('hex');
    const ext = path
      .extname(fileName)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 10);
    const relativePath = `attachments/${sha256.slice(0, 2)}/${sha256}${ext}`;
    const target = path.join(dataDir, ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) fs.rmSync(tmp);
    else fs.renameSync(tmp, target);
    return { relativePath, sha256, sizeBytes: size };
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

function tooLarge(): AppError {
  const mb = MAX_ATTACHMENT_BYTES / 1024 / 1024;
  return new AppError('INVALID_INPUT', `文件超过 ${mb} MB，请压缩或分拆后再添加。`, {
    fields: { sourcePath: `文件超过 ${mb} MB` },
  });
}
