import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The per-installation secret that keys the audit chain (issue 13, item 9). It lives outside the
 * database file, so whoever can edit the file cannot recompute a valid chain after changing an entry.
 *
 * `keyedFromSeq`: entries from this sequence number on are HMAC-SHA256 with the key; earlier ones
 * (written before this program version, or before a lost key was replaced) keep their plain SHA-256.
 */
export interface AuditKeyMaterial {
  readonly key: Buffer;
  readonly keyedFromSeq: number;
  readonly createdAt: string;
}

/** Where the key is kept: a file in the data folder (host) or protected by the OS (desktop). */
export interface AuditKeyStore {
  /** Where it is, for messages and the documentation. */
  readonly description: string;
  read(): AuditKeyMaterial | null;
  write(material: AuditKeyMaterial): void;
}

export const AUDIT_KEY_FILE = 'audit-key.json';

interface StoredKey {
  readonly version: 1;
  readonly key: string;
  readonly keyedFromSeq: number;
  readonly createdAt: string;
}

export function encodeKey(material: AuditKeyMaterial): string {
  const stored: StoredKey = {
    version: 1,
    key: material.key.toString('hex'),
    keyedFromSeq: material.keyedFromSeq,
    createdAt: material.createdAt,
  };
  return JSON.stringify(stored);
}

export function decodeKey(text: string): AuditKeyMaterial {
  const stored = JSON.parse(text) as StoredKey;
  if (stored.version !== 1 || !/^[0-9a-f]{64}$/.test(stored.key) || !Number.isInteger(stored.keyedFromSeq)) {
    throw new Error('audit key file is not in the expected format');
  }
  return {
    key: Buffer.from(stored.key, 'hex'),
    keyedFromSeq: stored.keyedFromSeq,
    createdAt: stored.createdAt,
  };
}

/**
 * The host's store: `<data folder>/audit-key.json`, readable and writable by the owner only (0600).
 * A key file found with wider permissions is narrowed again when read.
 */
export function fileAuditKeyStore(dataDir: string): AuditKeyStore {
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  return {
    description: file,
    read() {
      if (!fs.existsSync(file)) return null;
      if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return decodeKey(fs.readFileSync(file, 'utf8'));
    },
    write(material) {
      fs.mkdirSync(dataDir, { recursive: true });
      const temporary = `${file}.tmp`;
      fs.writeFileSync(temporary, encodeKey(material), { mode: 0o600 });
      fs.renameSync(temporary, file);
      if (process.platform !== 'win32') fs.chmodSync(file, 0o600);
    },
  };
}

export function newAuditKey(keyedFromSeq: number, createdAt: string): AuditKeyMaterial {
  return { key: randomBytes(32), keyedFromSeq, createdAt };
}

export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}
