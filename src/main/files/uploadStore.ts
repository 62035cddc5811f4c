import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import type { UploadReceipt } from '../../shared/api/bridge.ts';

/** Largest file accepted, so a mistaken pick (a video, a disk image) does not fill the data disk. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** An upload not used by a call within this time is deleted. */
export const UPLOAD_TTL_MS = 30 * 60_000;
/** Uploads one session may hold at once; more would let one user fill the disk with temp files. */
export const MAX_PENDING_PER_OWNER = 8;
/** The folder under the data directory where uploads wait for the call that uses them. */
export const UPLOADS_FOLDER = 'uploads';

/** A received file waiting for the call that names it. */
export interface PendingUpload {
  readonly uploadId: string;
  /** The temporary file inside `<data>/uploads/`. */
  readonly file: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

interface Entry extends PendingUpload {
  readonly owner: string;
  readonly expiresAt: number;
}

export type UploadStore = ReturnType<typeof createUploadStore>;

/**
 * The only way file bytes enter the core from a window or a browser: the transport streams them
 * here (hashed and size-limited while they arrive, written to a temporary file in the data folder),
 * and a later call names them by an opaque id. No method takes a path on the host, so nothing the
 * network sends can make the core read a file of its choosing. An id belongs to the session that
 * uploaded it, is used once, and expires.
 */
export function createUploadStore(dataDir: string, now: () => number = Date.now) {
  const dir = path.join(dataDir, UPLOADS_FOLDER);
  const pending = new Map<string, Entry>();
  // Left over from a previous run (a crash between upload and use): never referenced by any row.
  fs.rmSync(dir, { recursive: true, force: true });

  function sweep(): void {
    const time = now();
    for (const [id, entry] of pending) {
      if (entry.expiresAt <= time) {
        pending.delete(id);
        fs.rmSync(entry.file, { force: true });
      }
    }
  }

  return {
    /**
     * Streams `source` into a temporary file; refuses with PAYLOAD_TOO_LARGE as soon as it passes
     * `maxBytes` (the caller drains the rest of the request, so the connection is not reset).
     */
    async receive(
      source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      owner: string,
      maxBytes: number = MAX_UPLOAD_BYTES,
    ): Promise<UploadReceipt> {
      sweep();
      if ([...pending.values()].filter((e) => e.owner === owner).length >= MAX_PENDING_PER_OWNER) {
        throw new AppError('INVALID_STATE', '待用的上传文件过多，请先完成或关闭正在添加的附件，稍后再试。');
      }
      fs.mkdirSync(dir, { recursive: true });
      const uploadId = randomBytes(18).toString('base64url');
      const file = path.join(dir, `${uploadId}.part`);
      const hash = createHash('sha256');
      let size = 0;
      const out = fs.openSync(file, 'wx', 0o600);
      try {
        for await (const chunk of source) {
          size += chunk.byteLength;
          if (size > maxBytes) throw tooLarge(maxBytes);
          hash.update(chunk);
          fs.writeSync(out, chunk);
        }
        fs.fsyncSync(out);
      } catch (error) {
        fs.closeSync(out);
        fs.rmSync(file, { force: true });
        throw error;
      }
      fs.closeSync(out);
      const entry: Entry = {
        uploadId,
        file,
        sha256: hash.digest('hex'),
        sizeBytes: size,
        owner,
        expiresAt: now() + UPLOAD_TTL_MS,
      };
      pending.set(uploadId, entry);
      return { uploadId, sizeBytes: size, sha256: entry.sha256 };
    },

    /** Hands an upload to the call that uses it, once; another session's id is as unknown as a made-up one. */
    take(uploadId: string, owner: string, field = 'uploadId'): PendingUpload {
      sweep();
      const entry = pending.get(uploadId);
      if (!entry || entry.owner !== owner) {
        throw new AppError('INVALID_INPUT', '上传的文件已过期或不存在，请重新选择文件。', {
          fields: { [field]: '请重新选择文件' },
        });
      }
      pending.delete(uploadId);
      return entry;
    },

    /** Deletes what is left of a taken upload (its call failed, or it was moved into place). */
    discard(upload: PendingUpload): void {
      fs.rmSync(upload.file, { force: true });
    },

    /** Every waiting upload of one owner (its session ended), or all of them (`null`, at close). */
    drop(owner: string | null): void {
      for (const [id, entry] of pending) {
        if (owner === null || entry.owner === owner) {
          pending.delete(id);
          fs.rmSync(entry.file, { force: true });
        }
      }
    },

    pendingCount: (): number => pending.size,
  };
}

export function tooLarge(maxBytes: number, what: 'file' | 'request' = 'file'): AppError {
  const limit =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    what === 'file'
      ? `文件超过 ${limit} 的上限，没有保存。请压缩或分拆后再添加。`
      : `请求内容超过 ${limit} 的上限，已拒绝，没有做任何改动。${maxBytes < 1024 * 1024 ? '未登录时只接受登录所需的少量内容，请先登录。' : '附件请用“添加附件”上传。'}`,
    { limitBytes: maxBytes },
  );
}
