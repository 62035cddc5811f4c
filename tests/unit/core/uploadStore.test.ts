import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createUploadStore,
  MAX_PENDING_PER_OWNER,
  UPLOAD_TTL_MS,
} from '../../../src/main/files/uploadStore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

let dir: string;
let time = 1_000_000;
beforeEach(() => {
  dir = makeTempDir();
  time = 1_000_000;
});
afterEach(() => removeTempDir(dir));

const chunks = (text: string) => [Buffer.from(text)];

test('an upload belongs to its owner, is used once, and expires', async () => {
  const store = createUploadStore(dir, () => time);
  const receipt = await store.receive(chunks('scan'), 'owner-a');
  expect(receipt).toMatchObject({ sizeBytes: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(() => store.take(receipt.uploadId, 'owner-b')).toThrow(/过期或不存在/);
  const taken = store.take(receipt.uploadId, 'owner-a');
  expect(fs.readFileSync(taken.file, 'utf8')).toBe('scan');
  expect(path.dirname(taken.file)).toBe(path.join(dir, 'uploads'));
  expect(() => store.take(receipt.uploadId, 'owner-a')).toThrow(/过期或不存在/);
  store.discard(taken);

  const late = await store.receive(chunks('late'), 'owner-a');
  time += UPLOAD_TTL_MS + 1;
  expect(() => store.take(late.uploadId, 'owner-a')).toThrow(/过期或不存在/);
  expect(fs.readdirSync(path.join(dir, 'uploads'))).toEqual([]);
});

test('a too large upload is refused while streaming and leaves no file; one owner cannot pile up uploads', async () => {
  const store = createUploadStore(dir, () => time);
  await expect(store.receive([Buffer.alloc(10), Buffer.alloc(10)], 'a', 15)).rejects.toMatchObject({
    code: 'PAYLOAD_TOO_LARGE',
  });
  expect(fs.readdirSync(path.join(dir, 'uploads'))).toEqual([]);
  for (let i = 0; i < MAX_PENDING_PER_OWNER; i += 1) await store.receive(chunks('x'), 'a');
  await expect(store.receive(chunks('x'), 'a')).rejects.toMatchObject({ code: 'INVALID_STATE' });
  await store.receive(chunks('x'), 'b');
});

test('leftovers of a previous run are removed when the store starts', async () => {
  fs.mkdirSync(path.join(dir, 'uploads'));
  fs.writeFileSync(path.join(dir, 'uploads', 'old.part'), 'x');
  createUploadStore(dir);
  expect(fs.existsSync(path.join(dir, 'uploads'))).toBe(false);
});
