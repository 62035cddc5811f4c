import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCase, openAttackKit, snapshotFiles, type AttackKit } from './netAttackKit.ts';

// Issue 13, item 1: host files over HTTP. A 受理员 named a path on the host in `attachment.add` and
// got the file copied into the case (and back out through the dossier).

let kit: AttackKit;
let intake: string;
let outsider: string;

beforeAll(async () => {
  kit = await openAttackKit('security-host-files-');
  intake = await kit.user('shouli', 'intake');
  outsider = path.join(kit.dir, 'other-installation.db');
  fs.writeFileSync(outsider, 'SQLite format 3\0 another installation');
});
afterAll(async () => kit.close());

const attachmentFiles = () => snapshotFiles(path.join(kit.dataDir, 'attachments'));
const uploadFiles = () => snapshotFiles(path.join(kit.dataDir, 'uploads'));

function addInput(c: { id: string; version: number }, extra: Record<string, unknown>) {
  return {
    caseId: c.id,
    expectedVersion: c.version,
    kind: 'evidence',
    title: '证据',
    fileName: 'x.pdf',
    ...extra,
  };
}

describe('no method reads a path on the host', () => {
  test.each([['/etc/passwd'], ['/proc/self/environ'], ['/proc/self/mem'], ['../../other-installation.db']])(
    'attachment.add {sourcePath: %s} is refused and copies nothing',
    async (sourcePath) => {
      const c = await createCase(kit, intake);
      const before = {
        rows: kit.count('attachment'),
        audit: kit.count('audit_log'),
        files: attachmentFiles(),
      };
      const reply = await kit.call(
        'attachment.add',
        addInput(c, { sourcePath: sourcePath.replace('../../', `${kit.dir}/`) }),
        intake,
      );
      expect(reply.status).toBe(400);
      expect(reply.error).toMatchObject({
        code: 'INVALID_INPUT',
        details: { fields: { uploadId: expect.any(String) } },
      });
      expect(JSON.stringify(reply)).not.toMatch(/sha256|sizeBytes|root:/);
      expect(kit.count('attachment')).toBe(before.rows);
      expect(kit.count('audit_log')).toBe(before.audit);
      expect(attachmentFiles()).toEqual(before.files);
    },
  );

  test('the old base64 field is no way around it either', async () => {
    const c = await createCase(kit, intake);
    const reply = await kit.call('attachment.add', addInput(c, { base64: 'aGVsbG8=' }), intake);
    expect(reply.error?.code).toBe('INVALID_INPUT');
  });

  test('no method of the contract has an input field that names a file or folder, except the backup folders', async () => {
    const listing = (await (await fetch(`${kit.host.url}/api`)).json()) as {
      value: { name: string; input: unknown }[];
    };
    const found: string[] = [];
    const walk = (schema: unknown, method: string, prefix: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as Record<string, unknown>;
      for (const [key, value] of Object.entries((s['properties'] as Record<string, unknown>) ?? {})) {
        if (/path|folder|dir(ectory)?$|^file$|source(Path|File)/i.test(key))
          found.push(`${method}.${prefix}${key}`);
        walk(value, method, `${prefix}${key}.`);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
        const v = s[key];
        for (const item of Array.isArray(v) ? v : [v]) walk(item, method, prefix);
      }
    };
    for (const method of listing.value) walk(method.input, method.name, '');
    expect(found.sort()).toEqual(['backup.restore.folder', 'backup.updateSettings.folder']);
  });

  test('restoring from a folder outside the configured backup folders is refused before it is read', async () => {
    const before = kit.count('audit_log');
    const reply = await kit.call('backup.restore', { folder: kit.dir }, kit.admin);
    expect(reply.status).toBe(403);
    expect(reply.error?.code).toBe('PERMISSION_DENIED');
    expect(reply.error?.message).toMatch(/备份文件夹/);
    const relative = await kit.call('backup.restore', { folder: '../..' }, kit.admin);
    expect(relative.error?.code).toBe('PERMISSION_DENIED');
    expect(kit.count('audit_log')).toBe(before);
    // … and a non-administrator cannot name a folder at all.
    expect((await kit.call('backup.restore', { folder: kit.dir }, intake)).error?.code).toBe(
      'PERMISSION_DENIED',
    );
  });
});

describe('a file travels as the upload body', () => {
  test('uploaded bytes become the attachment, hashed and sized by the core', async () => {
    const c = await createCase(kit, intake);
    const bytes = Buffer.from('%PDF-1.4 收条扫描件 '.repeat(100));
    const upload = await kit.upload(bytes, intake);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(upload).toMatchObject({ status: 200, value: { sizeBytes: bytes.length, sha256 } });
    const added = await kit.call<{ attachments: { sha256: string; relativePath: string }[] }>(
      'attachment.add',
      addInput(c, { uploadId: upload.value.uploadId }),
      intake,
    );
    expect(added.ok).toBe(true);
    const stored = added.value.attachments[0]!;
    expect(stored.sha256).toBe(sha256);
    expect(fs.readFileSync(path.join(kit.dataDir, stored.relativePath))).toEqual(bytes);
    expect(uploadFiles()).toEqual({});
    // Used once: the same id cannot attach the file a second time.
    const again = await kit.call(
      'attachment.add',
      addInput({ id: c.id, version: c.version + 1 }, { uploadId: upload.value.uploadId }),
      intake,
    );
    expect(again.error?.code).toBe('INVALID_INPUT');
  });

  test('with a stale expectedVersion nothing is kept and no audit entry is written', async () => {
    const c = await createCase(kit, intake);
    const upload = await kit.upload(Buffer.from('a photo that must not stay'), intake);
    expect(upload.ok).toBe(true);
    const before = { rows: kit.count('attachment'), audit: kit.count('audit_log'), files: attachmentFiles() };
    const reply = await kit.call(
      'attachment.add',
      addInput({ id: c.id, version: c.version + 5 }, { uploadId: upload.value.uploadId }),
      intake,
    );
    expect(reply.status).toBe(409);
    expect(reply.error?.code).toBe('CONFLICT');
    expect(kit.count('attachment')).toBe(before.rows);
    expect(kit.count('audit_log')).toBe(before.audit);
    expect(attachmentFiles()).toEqual(before.files);
    expect(uploadFiles()).toEqual({});
  });

  test("another session's upload id is unknown to me", async () => {
    const other = await kit.user('shouli2', 'intake');
    const upload = await kit.upload(Buffer.from('mine'), other);
    const c = await createCase(kit, intake);
    const rows = kit.count('attachment');
    const reply = await kit.call('attachment.add', addInput(c, { uploadId: upload.value.uploadId }), intake);
    expect(reply.error?.code).toBe('INVALID_INPUT');
    expect(kit.count('attachment')).toBe(rows);
  });

  test('an upload without a session, or by a role that cannot add attachments, is refused before it is stored', async () => {
    const pending = uploadFiles();
    const anonymous = await kit.upload(Buffer.alloc(1024, 1));
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.code).toBe('UNAUTHENTICATED');
    const statistician = await kit.user('tongji', 'statistician');
    const refused = await kit.upload(Buffer.alloc(1024, 1), statistician);
    expect(refused.status).toBe(403);
    expect(uploadFiles()).toEqual(pending);
  });

  test('an upload over 100 MB is cut off while it streams with a coded 413, nothing kept', async () => {
    const pending = uploadFiles();
    const reply = await kit.upload(Buffer.alloc(100 * 1024 * 1024 + 1, 7), intake);
    expect(reply.status).toBe(413);
    expect(reply.error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(reply.error?.message).toMatch(/100 MB/);
    expect(uploadFiles()).toEqual(pending);
  });
});
