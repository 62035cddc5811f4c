import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { AuditEntry, AuditVerification, SessionUser } from '../../shared/types/account.ts';
import type { Page } from '../../shared/types/dispute.ts';
import {
  auditRowsAfter,
  getLastAuditHash,
  insertAuditRow,
  caseRefsByUuid,
  listAuditRows,
  type AuditRow,
} from '../db/queries/audit.ts';
import { listBackupRecords } from '../db/queries/backups.ts';
import type { Database } from '../db/schema.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import {
  anchorIsGenuine,
  AUDIT_ANCHOR_FILE,
  readAnchorFile,
  readManifestAnchor,
  signAnchor,
  writeAnchorFile,
  type AuditAnchor,
} from './audit/auditAnchor.ts';
import {
  fileAuditKeyStore,
  hmacHex,
  newAuditKey,
  type AuditKeyMaterial,
  type AuditKeyStore,
} from './audit/auditKey.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  readonly actor: SessionUser | null;
  readonly method: string;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * The hash covers every stored column and the previous hash, so any edit breaks the chain from there.
 * With the installation's key (from `keyedFromSeq` on) it is an HMAC: without the key, nobody can
 * recompute the chain after editing an entry.
 */
export function auditHash(row: Omit<AuditRow, 'hash'>, keying?: AuditKeyMaterial): string {
  const canonical = JSON.stringify([
    row.seq,
    row.time,
    row.actor_user_id,
    row.actor_name,
    row.method,
    row.target_type,
    row.target_id,
    row.detail,
    row.prev_hash,
  ]);
  if (keying && row.seq >= keying.keyedFromSeq) return hmacHex(keying.key, canonical);
  return createHash('sha256').update(canonical).digest('hex');
}

function rowToEntry(row: AuditRow): AuditEntry {
  let detail: Record<string, unknown>;
  try {
    detail = JSON.parse(row.detail) as Record<string, unknown>;
  } catch {
    detail = { raw: row.detail };
  }
  return {
    seq: row.seq,
    time: row.time,
    actor: row.actor_name,
    method: row.method,
    targetType: row.target_type,
    targetId: row.target_id,
    detail,
    hash: row.hash,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

/** The backup folder's manifest name (kept in sync with backupService). */
const MANIFEST_NAME = 'manifest.json';

export function createAuditService(
  { db, clock, dataDir }: ServiceDeps,
  keyStore: AuditKeyStore = fileAuditKeyStore(dataDir),
) {
  let keying: AuditKeyMaterial | null = null;

  /**
   * The installation's key, created on first use. An installation that had entries before this
   * version (or lost its key) keys only the entries after the last one: earlier ones keep plain hashes.
   */
  async function keyOf(handle: Kysely<Database>): Promise<AuditKeyMaterial> {
    if (keying) return keying;
    const stored = keyStore.read();
    if (stored) return (keying = stored);
    const last = await getLastAuditHash(handle);
    const created = newAuditKey((last?.seq ?? 0) + 1, clock.now().toISOString());
    keyStore.write(created);
    return (keying = created);
  }

  /** The latest entry, signed: for the data folder, backup manifests and the 审计日志 page. */
  async function anchor(handle: Kysely<Database> = db): Promise<AuditAnchor | null> {
    const last = await getLastAuditHash(handle);
    if (!last) return null;
    return signAnchor((await keyOf(handle)).key, last.seq, last.hash, clock.now().toISOString());
  }

  /** Notes the latest entry in `<data>/audit-anchor.json` (after a backup, a verification, a restore). */
  async function writeAnchor(handle: Kysely<Database> = db): Promise<void> {
    const latest = await anchor(handle);
    if (latest) writeAnchorFile(dataDir, latest);
  }

  /** Anchors kept outside the database: the data folder's and each backup's manifest. */
  async function anchors(): Promise<{ source: string; anchor: AuditAnchor | 'unreadable' }[]> {
    const found: { source: string; anchor: AuditAnchor | 'unreadable' }[] = [];
    const local = readAnchorFile(path.join(dataDir, AUDIT_ANCHOR_FILE));
    if (local) found.push({ source: '数据文件夹中的锚点', anchor: local });
    for (const backup of await listBackupRecords(db)) {
      const manifest = readManifestAnchor(path.join(backup.folder, MANIFEST_NAME));
      if (manifest) found.push({ source: `备份 ${backup.created_at.slice(0, 10)} 的清单`, anchor: manifest });
    }
    return found;
  }

  return {
    anchor,
    writeAnchor,

    /** Appends one entry. Call inside the transaction of the change it records. */
    async record(trx: Kysely<Database>, event: AuditEvent): Promise<void> {
      const key = await keyOf(trx);
      const last = await getLastAuditHash(trx);
      const partial = {
        seq: (last?.seq ?? 0) + 1,
        time: clock.now().toISOString(),
        actor_user_id: event.actor?.rowId ?? null,
        actor_name: event.actor?.displayName ?? null,
        method: event.method,
        target_type: event.targetType ?? null,
        target_id: event.targetId ?? null,
        detail: JSON.stringify(event.detail),
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      await insertAuditRow(trx, { ...partial, hash: auditHash(partial, key) });
    },

    async list(input: ParsedInputOf<'audit.list'>): Promise<Page<AuditEntry>> {
      // The dates a clerk picks are days in China: 00:00 there is 16:00 UTC the day before.
      const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
      const nextDay = (date: string) =>
        new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();
      const { rows, total } = await listAuditRows(
        db,
        {
          method: input.method,
          actor: input.actor,
          fromTime: input.from ? chinaMidnight(input.from) : undefined,
          toTime: input.to ? nextDay(input.to) : undefined,
        },
        input,
      );
      const entries = rows.map(rowToEntry);
      // A case is named by its number (or title before 受理), not its UUID.
      const refs = new Map(
        (
          await caseRefsByUuid(
            db,
            entries.flatMap((e) => (e.targetId ? [e.targetId] : [])),
          )
        ).map((r) => [r.uuid, r]),
      );
      return {
        rows: entries.map((e) => {
          const ref = e.targetId ? refs.get(e.targetId) : undefined;
          return ref ? { ...e, targetCase: { id: ref.uuid, caseNo: ref.caseNo, title: ref.title } } : e;
        }),
        total,
      };
    },

    /**
     * Walks the whole chain in pages; reports the first entry that was altered, inserted or removed,
     * then compares the end of the chain with every anchor kept outside the database: a chain
     * shorter than an anchor was cut at the end, another hash at the anchor's number was rewritten.
     * Anchors older than the last restore are not compared (a restore legitimately goes back).
     */
    async verify(): Promise<AuditVerification> {
      const key = await keyOf(db);
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      let checked = 0;
      let lastRestoreAt = '';
      const hashes = new Map<number, string>();
      const wanted = new Set<number>();
      const outside = await anchors();
      for (const { anchor } of outside) if (anchor !== 'unreadable') wanted.add(anchor.seq);
      const broken = (seq: number, message: string): AuditVerification => ({
        ok: false,
        checked,
        firstBrokenSeq: seq,
        message,
        latestSeq: checked,
        latestHash: checked > 0 ? prevHash : null,
        keyedFromSeq: key.keyedFromSeq,
      });
      for (;;) {
        const rows = await auditRowsAfter(db, expectedSeq - 1, 1000);
        if (rows.length === 0) break;
        for (const row of rows) {
          if (row.seq !== expectedSeq || row.prev_hash !== prevHash || auditHash(row, key) !== row.hash) {
            return broken(
              expectedSeq,
              `审计日志在第 ${expectedSeq} 条处被改动或删除，此后的记录不可信。请保留数据文件并报告管理员。`,
            );
          }
          if (row.method === 'backup.restored') lastRestoreAt = row.time;
          if (wanted.has(row.seq)) hashes.set(row.seq, row.hash);
          prevHash = row.hash;
          expectedSeq += 1;
          checked += 1;
        }
      }
      for (const { source, anchor } of outside) {
        if (anchor === 'unreadable' || !anchorIsGenuine(key.key, anchor)) {
          return broken(
            checked + 1,
            `${source}无法核对（文件损坏或被改动），审计日志的末尾可能被删改。请保留数据文件并报告管理员。`,
          );
        }
        if (anchor.at < lastRestoreAt) continue;
        if (anchor.seq > checked) {
          return broken(
            checked + 1,
            `审计日志被截短：${source}（${anchor.at.slice(0, 10)}）记下共 ${anchor.seq} 条，现在只有 ${checked} 条，第 ${checked + 1} 条起的记录被删除了。请保留数据文件并报告管理员。`,
          );
        }
        if (hashes.get(anchor.seq) !== anchor.hash) {
          return broken(
            anchor.seq,
            `审计日志第 ${anchor.seq} 条与${source}记下的不一致，记录已被改写。请保留数据文件并报告管理员。`,
          );
        }
      }
      await writeAnchor();
      const plain =
        key.keyedFromSeq > 1
          ? `其中第 1–${key.keyedFromSeq - 1} 条为启用本机密钥之前的记录，按普通哈希核对。`
          : '';
      return {
        ok: true,
        checked,
        firstBrokenSeq: null,
        message: `审计日志完整，共核对 ${checked} 条记录${outside.length > 0 ? `，与 ${outside.length} 个锚点（数据文件夹、备份清单）一致` : ''}。${plain}`,
        latestSeq: checked,
        latestHash: checked > 0 ? prevHash : null,
        keyedFromSeq: key.keyedFromSeq,
      };
    },
  };
}
