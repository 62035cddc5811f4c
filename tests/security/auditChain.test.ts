import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AUDIT_ANCHOR_FILE } from '../../src/main/services/audit/auditAnchor.ts';
import { AUDIT_KEY_FILE } from '../../src/main/services/audit/auditKey.ts';
import type { AuditEntry, AuditVerification } from '../../src/shared/types/account.ts';
import type { BackupInfo } from '../../src/shared/types/backup.ts';
import type { Page } from '../../src/shared/types/dispute.ts';
import { dbFile } from '../helpers/testCore.ts';
import { openSecurityHost, valueOf, type SecurityHost } from './dataHostFixture.ts';

/**
 * Issue 13, item 9, as the attacks that found it: deleting the last entries, or editing one and
 * recomputing the chain after it, went unnoticed by audit.verify; a restore was recorded with
 * actor = null. Everything through the HTTP host; the edits are made with a SQLite tool on the file.
 */
let s: SecurityHost;

beforeEach(async () => {
  s = await openSecurityHost();
  for (const title of ['邻里纠纷一', '邻里纠纷二', '邻里纠纷三']) {
    valueOf(
      await s.api('case.create', {
        title,
        summary: '漏水。',
        parties: [{ role: 'applicant', name: '张三' }],
      }),
    );
  }
});
afterEach(() => s.close());

const verify = async () => valueOf(await s.api<AuditVerification>('audit.verify', {}));

/**
 * What someone with the database file but not the key can do: SQL, with the triggers dropped and put
 * back afterwards (a file left without them is refused at open: damagedFile.test.ts).
 */
function editFile(statements: (raw: BetterSqlite3.Database) => void): void {
  const raw = new BetterSqlite3(dbFile(s.dataDir));
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  statements(raw);
  raw.exec(`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  raw.close();
}

interface Row {
  seq: number;
  time: string;
  actor_user_id: number | null;
  actor_name: string | null;
  method: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** Recomputes every hash from `fromSeq` on with plain SHA-256, as the chain was before it had a key. */
function recomputePlain(raw: BetterSqlite3.Database, fromSeq: number): void {
  const rows = raw.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as Row[];
  let prev =
    (raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(fromSeq - 1) as { hash: string } | undefined)
      ?.hash ?? '0'.repeat(64);
  for (const row of rows) {
    const canonical = JSON.stringify([
      row.seq,
      row.time,
      row.actor_user_id,
      row.actor_name,
      row.method,
      row.target_type,
      row.target_id,
      row.detail,
      prev,
    ]);
    const hash = createHash('sha256').update(canonical).digest('hex');
    raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

describe('the audit chain holds against someone with the database file', () => {
  test('an intact chain verifies and names its latest entry (shown on the 审计日志 page)', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null, keyedFromSeq: 1 });
    const latest = valueOf(await s.api<Page<AuditEntry>>('audit.list', { pageSize: 1 })).rows[0]!;
    expect(result.latestSeq).toBe(latest.seq);
    expect(result.latestHash).toBe(latest.hash);
  });

  test('the key is kept outside the database, readable by its owner only', async () => {
    const keyFile = path.join(s.dataDir, AUDIT_KEY_FILE);
    expect(fs.existsSync(keyFile)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = (JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { key: string }).key;
    expect(fs.readFileSync(dbFile(s.dataDir)).includes(Buffer.from(key))).toBe(false);
  });

  test('editing an entry and recomputing the chain after it is found (the key is not in the file)', async () => {
    await s.reopen(() =>
      editFile((raw) => {
        raw.prepare("UPDATE audit_log SET actor_name = '别人' WHERE seq = 3").run();
        recomputePlain(raw, 3);
      }),
    );
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(3);
    expect(result.message).toContain('第 3 条');
  });

  test('deleting the last entries is found against the anchor in the data folder', async () => {
    const before = await verify(); // notes the anchor
    expect(fs.existsSync(path.join(s.dataDir, AUDIT_ANCHOR_FILE))).toBe(true);
    await s.reopen(() =>
      editFile((raw) => raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(before.latestSeq! - 2)),
    );
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.message).toContain('截短');
    expect(result.firstBrokenSeq).toBeLessThanOrEqual(before.latestSeq!);
  });

  test('deleting the last entries is found against the daily backup manifest too', async () => {
    const folder = path.join(s.dir, 'backups');
    valueOf(await s.api('backup.updateSettings', { folder, keep: 7 }));
    const backup = valueOf(await s.api<BackupInfo>('backup.run', {}));
    const manifest = JSON.parse(fs.readFileSync(path.join(backup.folder, 'manifest.json'), 'utf8')) as {
      auditAnchor: { seq: number; hash: string };
    };
    expect(manifest.auditAnchor.seq).toBeGreaterThan(3);
    await s.reopen(() => {
      editFile((raw) =>
        raw.prepare('DELETE FROM audit_log WHERE seq >= ?').run(manifest.auditAnchor.seq - 1),
      );
      fs.rmSync(path.join(s.dataDir, AUDIT_ANCHOR_FILE), { force: true });
    });
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.message).toContain('备份');
    expect(result.message).toContain('截短');
  });

  test('lowering the anchor by hand is found (it is signed with the key)', async () => {
    await verify();
    const file = path.join(s.dataDir, AUDIT_ANCHOR_FILE);
    const anchor = JSON.parse(fs.readFileSync(file, 'utf8')) as { seq: number };
    await s.reopen(() => {
      editFile((raw) => raw.prepare('DELETE FROM audit_log WHERE seq >= ?').run(anchor.seq - 1));
      fs.writeFileSync(file, JSON.stringify({ ...anchor, seq: anchor.seq - 2 }));
    });
    expect((await verify()).ok).toBe(false);
  });

  test('a restore is attributed to the administrator who ran it, and the restored chain verifies', async () => {
    valueOf(await s.api('backup.updateSettings', { folder: path.join(s.dir, 'backups'), keep: 7 }));
    const backup = valueOf(await s.api<BackupInfo>('backup.run', {}));
    valueOf(
      await s.api('case.create', {
        title: '备份之后登记的纠纷',
        summary: '漏水。',
        parties: [{ role: 'applicant', name: '张三' }],
      }),
    );
    await verify();
    valueOf(await s.api('backup.restore', { id: backup.id }));
    const log = valueOf(await s.api<Page<AuditEntry>>('audit.list', { method: 'backup.restored' }));
    expect(log.rows.map((row) => row.actor)).toEqual(['王管理']);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('an installation from before the key', () => {
  test('keeps its plain-hash entries, keys the new ones, and says so', async () => {
    // Make the file look as an older version left it: plain hashes, no key, no anchor.
    await s.reopen(() => {
      fs.rmSync(path.join(s.dataDir, AUDIT_KEY_FILE));
      fs.rmSync(path.join(s.dataDir, AUDIT_ANCHOR_FILE), { force: true });
      editFile((raw) => recomputePlain(raw, 1));
    });
    const legacyEnd = (
      new BetterSqlite3(dbFile(s.dataDir), { readonly: true })
        .prepare('SELECT max(seq) AS n FROM audit_log')
        .get() as { n: number }
    ).n;
    valueOf(
      await s.api('case.create', {
        title: '升级之后登记的纠纷',
        summary: '漏水。',
        parties: [{ role: 'applicant', name: '张三' }],
      }),
    );
    const result = await verify();
    expect(result.ok).toBe(true);
    expect(result.keyedFromSeq).toBeGreaterThan(legacyEnd - 1);
    expect(result.message).toContain('启用本机密钥之前');
  });
});
