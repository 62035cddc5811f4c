import fs from 'node:fs';
import path from 'node:path';
import {
  decodeKey,
  encodeKey,
  fileAuditKeyStore,
  type AuditKeyStore,
} from '../../services/audit/auditKey.ts';

/** The part of Electron's `safeStorage` the audit key needs (DPAPI on Windows, the keyring on Linux). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const PROTECTED_AUDIT_KEY_FILE = 'audit-key.protected';

/**
 * The desktop's audit key store (issue 13, item 9): the key is encrypted with the operating system's
 * protection for this Windows/Linux account (`safeStorage`) and written next to the database as
 * `audit-key.protected`, so a copy of the data folder alone does not carry a usable key. Where the
 * OS offers no protection (a Linux session without a keyring), it falls back to the host's
 * owner-only key file and says so in `description`.
 */
export function safeStorageAuditKeyStore(safeStorage: SafeStorageLike, dataDir: string): AuditKeyStore {
  const file = path.join(dataDir, PROTECTED_AUDIT_KEY_FILE);
  const fallback = fileAuditKeyStore(dataDir);
  const protectedStore: AuditKeyStore = {
    description: `${file}（由操作系统加密保护）`,
    read() {
      if (!fs.existsSync(file)) return null;
      return decodeKey(safeStorage.decryptString(fs.readFileSync(file)));
    },
    write(material) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(`${file}.tmp`, safeStorage.encryptString(encodeKey(material)), { mode: 0o600 });
      fs.renameSync(`${file}.tmp`, file);
    },
  };
  // Decided at first use, not at start-up: on Linux safeStorage answers only after the app is ready.
  // A key already kept in the protected file is always read from there.
  const active = (): AuditKeyStore =>
    fs.existsSync(file) || safeStorage.isEncryptionAvailable() ? protectedStore : fallback;
  return {
    get description() {
      return active() === fallback
        ? `${fallback.description}（系统未提供加密存储，改用仅本账户可读的文件）`
        : protectedStore.description;
    },
    read: () => active().read(),
    write: (material) => active().write(material),
  };
}
