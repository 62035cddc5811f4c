import fs from 'node:fs';
import path from 'node:path';
import { hmacHex } from './auditKey.ts';

/**
 * An anchor: the latest audit entry (sequence number and hash) noted somewhere the database file does
 * not hold — the data folder, each backup manifest, the 审计日志 page. A chain found shorter than an
 * anchor, or with another hash at the anchor's number, was cut or rewritten (issue 13, item 9).
 * `mac` (HMAC with the audit key) keeps someone without the key from lowering an anchor.
 */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  readonly mac: string;
}

export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';

const anchorText = (seq: number, hash: string, at: string) => JSON.stringify(['audit-anchor', seq, hash, at]);

export function signAnchor(key: Buffer, seq: number, hash: string, at: string): AuditAnchor {
  return { seq, hash, at, mac: hmacHex(key, anchorText(seq, hash, at)) };
}

export function anchorIsGenuine(key: Buffer, anchor: AuditAnchor): boolean {
  return (
    Number.isInteger(anchor.seq) &&
    typeof anchor.hash === 'string' &&
    typeof anchor.at === 'string' &&
    anchor.mac === hmacHex(key, anchorText(anchor.seq, anchor.hash, anchor.at))
  );
}

export function readAnchorFile(file: string): AuditAnchor | 'unreadable' | null {
  if (!fs.existsSync(file)) return null;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as AuditAnchor;
  } catch {
    return 'unreadable';
  }
}

export function writeAnchorFile(dataDir: string, anchor: AuditAnchor): void {
  const file = path.join(dataDir, AUDIT_ANCHOR_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(anchor, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** The anchor a backup manifest carries (`auditAnchor`), if any. */
export function readManifestAnchor(manifestFile: string): AuditAnchor | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { auditAnchor?: AuditAnchor };
    return manifest.auditAnchor ?? null;
  } catch {
    return null;
  }
}
