import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../src/main/core/createCore.ts';
import { buildPackage, type PackageManifest } from '../../src/main/services/exchange/packageFormat.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { mustCall, openTestCore, SAMPLE_ORGANISATION, uploadBytes } from '../helpers/testCore.ts';
import { openAttackKit, snapshotFiles, type AttackKit } from './netAttackKit.ts';

// Issue 13, item 2: a package signed by a registered peer named `attachment.relative_path = "../x"`
// and import wrote outside the data folder; a later export shipped any host file named that way.

const STATION = {
  ...SAMPLE_ORGANISATION,
  name: '南京市栖霞区尧化街道尧化门社区人民调解委员会',
  level: 'village',
  abbreviation: '尧门',
  sealName: '南京市栖霞区尧化街道尧化门社区人民调解委员会',
} as const;

let centre: AttackKit; // the host under attack
let stationDir: string;
let station: Core; // a registered peer, whose key the attacker holds
let stationToken: string;
let stationPeer: string;
let centrePeer: string;
let legitimate: string; // a genuine package from the station, base64

beforeAll(async () => {
  centre = await openAttackKit('security-package-paths-');
  stationDir = makeTempDir('security-station-');
  station = await openTestCore(stationDir);
  stationToken = (await mustCall(station, 'org.setup', STATION)).sessionToken!;
  const stationId = await mustCall(station, 'exchange.createIdentity', {}, stationToken);
  stationPeer = stationId.peerId;
  const centreId = await centre.call<{ peerId: string; publicKey: string }>(
    'exchange.createIdentity',
    {},
    centre.admin,
  );
  centrePeer = centreId.value.peerId;
  await centre.call(
    'exchange.registerPeer',
    { peerId: stationPeer, name: '尧化门社区调解室', kind: 'station', publicKey: stationId.publicKey },
    centre.admin,
  );
  await mustCall(
    station,
    'exchange.registerPeer',
    { peerId: centrePeer, name: '尧化街道矛调中心', kind: 'centre', publicKey: centreId.value.publicKey },
    stationToken,
  );
  const c = await mustCall(
    station,
    'case.create',
    {
      title: '张某与李某邻里漏水纠纷',
      summary: '楼上漏水。',
      parties: [{ role: 'applicant', name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' }],
    },
    stationToken,
  );
  await mustCall(
    station,
    'attachment.add',
    {
      caseId: c.id,
      expectedVersion: c.version,
      kind: 'evidence',
      title: '照片',
      fileName: 'a.jpg',
      mimeType: 'image/jpeg',
      uploadId: await uploadBytes(station, stationToken, Buffer.from('JPEG bytes of a leak')),
    },
    stationToken,
  );
  legitimate = (
    await mustCall(station, 'exchange.exportPackage', { peerId: centrePeer, full: true }, stationToken)
  ).base64;
});
afterAll(async () => {
  await station.close();
  removeTempDir(stationDir);
  await centre.close();
});

function stationKey(): string {
  const raw = new BetterSqlite3(path.join(stationDir, 'mediation-desk.db'), { readonly: true });
  try {
    return (raw.prepare('SELECT private_key FROM exchange_identity').get() as { private_key: string })
      .private_key;
  } finally {
    raw.close();
  }
}

/** Re-signs a package after `edit` changed its files, as the holder of a registered peer's key can. */
async function forged(
  edit: (files: Map<string, Uint8Array>, manifest: PackageManifest) => void,
  rename: (name: string) => string = (name) => name,
): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(legitimate, 'base64'));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as PackageManifest;
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.entries)
    files.set(rename(entry.path), await zip.file(entry.path)!.async('nodebuffer'));
  edit(files, manifest);
  const { entries: _entries, ...header } = manifest;
  const data = await buildPackage(
    { ...header, packageId: `${manifest.packageId}-forged-${Math.random()}` },
    files,
    stationKey(),
  );
  return data.toString('base64');
}

function state() {
  return {
    cases: centre.count('dispute_case'),
    attachments: centre.count('attachment'),
    packages: centre.count('exchange_package'),
    audit: centre.count('audit_log'),
    data: snapshotFiles(centre.dataDir),
    outside: snapshotFiles(centre.dir),
  };
}

describe('package import', () => {
  test.each([
    ['../x'],
    ['attachments/../../x'],
    ['/tmp/escape-x'],
    ['attachments/aa/../../../x'],
    ['documents/x'],
  ])(
    'a signed package whose attachment.relative_path is %s is refused as EXCHANGE_TAMPERED and writes nothing',
    async (relativePath) => {
      const base64 = await forged((files) => {
        for (const [name, bytes] of files) {
          if (!name.startsWith('cases/')) continue;
          const aggregate = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
            children: { attachment: { relative_path: string }[] };
          };
          for (const a of aggregate.children.attachment) a.relative_path = relativePath;
          files.set(name, Buffer.from(JSON.stringify(aggregate)));
        }
      });
      const before = state();
      const reply = await centre.call('exchange.importPackage', { base64 }, centre.admin);
      expect(reply.status).toBe(400);
      expect(reply.error).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'EXCHANGE_TAMPERED' } });
      expect(state()).toEqual(before);
      expect(fs.existsSync(path.join(centre.dir, 'x'))).toBe(false);
      expect(fs.existsSync('/tmp/escape-x')).toBe(false);
    },
  );

  test('a signed package whose manifest names an entry outside the package is refused', async () => {
    const base64 = await forged(
      () => undefined,
      (name) => (name.startsWith('files/') ? `../${name}` : name),
    );
    const before = state();
    const reply = await centre.call('exchange.importPackage', { base64 }, centre.admin);
    expect(reply.error).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'EXCHANGE_TAMPERED' } });
    expect(state()).toEqual(before);
  });

  test('the genuine package still imports, with its file inside the attachments folder', async () => {
    const reply = await centre.call('exchange.importPackage', { base64: legitimate }, centre.admin);
    expect(reply.ok).toBe(true);
    const files = Object.keys(snapshotFiles(path.join(centre.dataDir, 'attachments')));
    expect(files).toHaveLength(1);
  });
});

describe('package export', () => {
  test('a row pointing outside the data folder never ships that file', async () => {
    const secret = path.join(centre.dir, 'secret.txt');
    fs.writeFileSync(secret, 'host secret: not for any package');
    // A hand edit (or an old, unchecked import) left a row pointing outside.
    const raw = new BetterSqlite3(path.join(centre.dataDir, 'mediation-desk.db'));
    raw.pragma('busy_timeout = 5000');
    raw.prepare('UPDATE attachment SET relative_path = ?').run('attachments/../../secret.txt');
    raw.close();
    const reply = await centre.call<{ base64: string; missingFiles: string[] }>(
      'exchange.exportPackage',
      { peerId: stationPeer, full: true },
      centre.admin,
    );
    expect(reply.ok).toBe(true);
    expect(reply.value.missingFiles).toEqual(['a.jpg']);
    const zip = await JSZip.loadAsync(Buffer.from(reply.value.base64, 'base64'));
    for (const name of Object.keys(zip.files)) {
      expect((await zip.file(name)?.async('string')) ?? '').not.toContain('host secret');
    }
  });
});

describe('backups follow the same rule', () => {
  async function freshBackup(): Promise<{ id: number; folder: string }> {
    const reply = await centre.call<{ id: number; folder: string }>('backup.run', {}, centre.admin);
    expect(reply.ok).toBe(true);
    return reply.value;
  }

  test('a backup whose manifest names a file outside the backup is refused and nothing is restored', async () => {
    const backup = await freshBackup();
    const secret = path.join(centre.dir, 'secret.txt');
    const manifestFile = path.join(backup.folder, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      files: { path: string; bytes: number; sha256: string }[];
    };
    const { createHash } = await import('node:crypto');
    manifest.files.push({
      path: '../../secret.txt',
      bytes: fs.statSync(secret).size,
      sha256: createHash('sha256').update(fs.readFileSync(secret)).digest('hex'),
    });
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const before = state();
    const reply = await centre.call('backup.restore', { id: backup.id }, centre.admin);
    expect(reply.error?.code).toBe('INVALID_INPUT');
    expect(reply.error?.message).toMatch(/不安全/);
    expect(state()).toEqual(before);
  });

  test('a backup with a link inside (to a host file) is refused', async () => {
    const backup = await freshBackup();
    fs.mkdirSync(path.join(backup.folder, 'attachments'), { recursive: true });
    fs.symlinkSync('/etc/passwd', path.join(backup.folder, 'attachments', 'passwd'));
    const before = state();
    const reply = await centre.call('backup.restore', { id: backup.id }, centre.admin);
    expect(reply.error?.code).toBe('INVALID_INPUT');
    expect(reply.error?.message).toMatch(/链接/);
    expect(state()).toEqual(before);
    expect(fs.existsSync(path.join(centre.dataDir, 'attachments', 'passwd'))).toBe(false);
  });
});
