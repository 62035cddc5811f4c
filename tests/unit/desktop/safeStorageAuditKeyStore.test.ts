import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  PROTECTED_AUDIT_KEY_FILE,
  safeStorageAuditKeyStore,
  type SafeStorageLike,
} from '../../../src/main/desktop/security/safeStorageAuditKeyStore.ts';
import { AUDIT_KEY_FILE, newAuditKey } from '../../../src/main/services/audit/auditKey.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

/** A stand-in for Electron's safeStorage: reversible, but not plain text. */
const standIn = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (bytes) => Buffer.from(bytes.map((b) => b ^ 0x5a)).toString('utf8'),
});

test('with OS protection the key is written encrypted and read back', () => {
  const store = safeStorageAuditKeyStore(standIn(true), dir);
  const key = newAuditKey(1, '2026-11-22T02:00:00.000Z');
  store.write(key);
  const raw = fs.readFileSync(path.join(dir, PROTECTED_AUDIT_KEY_FILE));
  expect(raw.includes(Buffer.from(key.key.toString('hex')))).toBe(false);
  expect(store.read()).toEqual(key);
  expect(fs.existsSync(path.join(dir, AUDIT_KEY_FILE))).toBe(false);
});

test('without OS protection it falls back to the owner-only key file and says so', () => {
  const store = safeStorageAuditKeyStore(standIn(false), dir);
  store.write(newAuditKey(5, '2026-11-22T02:00:00.000Z'));
  expect(fs.existsSync(path.join(dir, AUDIT_KEY_FILE))).toBe(true);
  if (process.platform !== 'win32')
    expect(fs.statSync(path.join(dir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
  expect(store.read()?.keyedFromSeq).toBe(5);
  expect(store.description).toContain('系统未提供加密存储');
});
