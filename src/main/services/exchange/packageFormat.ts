import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import JSZip from 'jszip';
import { AppError } from '../../../shared/errors.ts';
import { isSafeRelativePath } from '../../files/safePath.ts';

export const PACKAGE_FORMAT = 'mediation-desk-exchange';
export const PACKAGE_FORMAT_VERSION = 1;
const MANIFEST = 'manifest.json';
const SIGNATURE = 'manifest.sig';

export interface ManifestEntry {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface PackageManifest {
  readonly format: typeof PACKAGE_FORMAT;
  readonly formatVersion: number;
  /** Database schema version of the sender; a newer one than ours is refused. */
  readonly schemaVersion: number;
  readonly packageId: string;
  readonly seq: number;
  readonly createdAt: string;
  readonly from: { readonly peerId: string; readonly name: string };
  readonly to: string;
  /** Each case's version, and `seen`: the receiver's own version of it the sender last merged (0: none). */
  readonly cases: readonly { readonly uuid: string; readonly version: number; readonly seen: number }[];
  readonly entries: readonly ManifestEntry[];
}

export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

/** Coded refusal of a package; `reason` is stable for the screen and for tests. */
export function packageError(
  reason: string,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError(reason === 'EXCHANGE_DUPLICATE' ? 'CONFLICT' : 'INVALID_INPUT', message, {
    reason,
    ...details,
  });
}

/**
 * One archive: the records and files, a manifest naming each with its SHA-256, and an Ed25519
 * signature over the manifest's exact bytes. Signing the manifest covers every entry through its hash.
 */
export async function buildPackage(
  header: Omit<PackageManifest, 'entries'>,
  files: ReadonlyMap<string, Uint8Array>,
  privateKeyPem: string,
): Promise<Buffer> {
  const entries: ManifestEntry[] = [...files].map(([path, data]) => ({
    path,
    sha256: sha256Hex(data),
    bytes: data.byteLength,
  }));
  const manifestBytes = Buffer.from(JSON.stringify({ ...header, entries }, null, 2), 'utf8');
  const signature = sign(null, manifestBytes, createPrivateKey(privateKeyPem));
  const zip = new JSZip();
  zip.file(MANIFEST, manifestBytes);
  zip.file(SIGNATURE, signature.toString('base64'));
  for (const [path, data] of files) zip.file(path, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export interface OpenedPackage {
  readonly manifest: PackageManifest;
  readonly files: ReadonlyMap<string, Buffer>;
  readonly sha256: string;
}

function isManifest(value: unknown): value is PackageManifest {
  const m = value as Partial<PackageManifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === PACKAGE_FORMAT &&
    typeof m.formatVersion === 'number' &&
    typeof m.schemaVersion === 'number' &&
    typeof m.packageId === 'string' &&
    typeof m.seq === 'number' &&
    typeof m.from?.peerId === 'string' &&
    typeof m.to === 'string' &&
    Array.isArray(m.cases) &&
    Array.isArray(m.entries)
  );
}

/**
 * Opens and checks a package before anything is written: readable archive, known sender, valid
 * signature with that sender's registered key, addressed to us, a schema we understand, and every
 * entry present with the hash the manifest gives (no entry missing, none added).
 */
export async function openPackage(
  data: Buffer,
  checks: {
    readonly publicKeyOf: (peerId: string) => Promise<string | null>;
    readonly ourPeerId: string;
    readonly schemaVersion: number;
  },
): Promise<OpenedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: true });
  } catch {
    throw packageError(
      'EXCHANGE_UNREADABLE',
      '这个文件不是完整的交换包（可能在复制时被截断或损坏），没有导入任何内容。',
    );
  }
  const manifestFile = zip.file(MANIFEST);
  const signatureFile = zip.file(SIGNATURE);
  if (!manifestFile || !signatureFile) {
    throw packageError('EXCHANGE_UNREADABLE', '交换包缺少清单或签名，无法核验，没有导入任何内容。');
  }
  let manifestBytes: Buffer;
  let signature: Buffer;
  let manifest: unknown;
  try {
    manifestBytes = await manifestFile.async('nodebuffer');
    signature = Buffer.from(await signatureFile.async('string'), 'base64');
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw packageError('EXCHANGE_UNREADABLE', '交换包的清单无法读取（文件可能已损坏），没有导入任何内容。');
  }
  if (!isManifest(manifest))
    throw packageError('EXCHANGE_UNREADABLE', '交换包的清单格式不对，没有导入任何内容。');
  const publicKey = await checks.publicKeyOf(manifest.from.peerId);
  if (publicKey === null) {
    throw packageError(
      'EXCHANGE_UNKNOWN_PEER',
      `交换包来自未登记的站点“${manifest.from.name}”（${manifest.from.peerId}）。请管理员先登记该站点的公钥，再导入。`,
      { peerId: manifest.from.peerId },
    );
  }
  let valid: boolean;
  try {
    valid = verify(null, manifestBytes, createPublicKey(publicKey), signature);
  } catch {
    valid = false;
  }
  if (!valid) {
    throw packageError(
      'EXCHANGE_BAD_SIGNATURE',
      `交换包的签名与登记的“${manifest.from.name}”公钥不符：包可能被改动过，或登记的公钥不对。没有导入任何内容。`,
    );
  }
  if (manifest.to !== checks.ourPeerId) {
    throw packageError('EXCHANGE_WRONG_RECIPIENT', '这个交换包不是发给本单位的，没有导入任何内容。');
  }
  if (manifest.formatVersion > PACKAGE_FORMAT_VERSION || manifest.schemaVersion > checks.schemaVersion) {
    throw packageError(
      'EXCHANGE_NEWER_SCHEMA',
      `交换包由更新版本的调解台生成（数据版本 ${manifest.schemaVersion}，本机 ${checks.schemaVersion}）。请先升级本机调解台，再导入。`,
      { schemaVersion: manifest.schemaVersion, supported: checks.schemaVersion },
    );
  }
  const files = new Map<string, Buffer>();
  // Entry names are paths: none may climb out of the package or be absolute, even though today
  // they are only read in memory, so a later change that writes them cannot be led astray.
  const unsafe = manifest.entries.find((e) => !isSafeRelativePath(e?.path));
  if (unsafe) {
    throw packageError(
      'EXCHANGE_TAMPERED',
      `交换包清单中的文件名“${String(unsafe?.path)}”不是包内的位置，可能被改动过。没有导入任何内容。`,
      { path: String(unsafe?.path) },
    );
  }
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const name of Object.keys(zip.files)) {
    if (name === MANIFEST || name === SIGNATURE || zip.files[name]!.dir) continue;
    if (!listed.has(name))
      throw packageError(
        'EXCHANGE_TAMPERED',
        `交换包里多了清单上没有的文件“${name}”，可能被改动过。没有导入任何内容。`,
      );
  }
  for (const entry of manifest.entries) {
    const file = zip.file(entry.path);
    let bytes: Buffer | null;
    try {
      bytes = file ? await file.async('nodebuffer') : null;
    } catch {
      bytes = null;
    }
    if (!bytes || bytes.byteLength !== entry.bytes || sha256Hex(bytes) !== entry.sha256) {
      throw packageError(
        'EXCHANGE_TAMPERED',
        `交换包中的“${entry.path}”${bytes ? '内容与清单的校验值不符' : '缺失或无法读取'}，可能被改动或损坏。没有导入任何内容。`,
        {
          path: entry.path,
        },
      );
    }
    files.set(entry.path, bytes);
  }
  return { manifest, files, sha256: sha256Hex(data) };
}
