import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import type { BackupInfo, BackupKind, BackupSettings, RestoreOutcome } from '../../shared/types/backup.ts';
import { checkDatabaseCopy, copyDatabaseTo } from '../db/databaseCopy.ts';
import { isCorruption } from '../db/describeDatabaseError.ts';
import {
  getBackupRecord,
  insertBackupRecord,
  lastAutoBackupTime,
  listBackupRecords,
  markBackupRemoved,
  type BackupRow,
} from '../db/queries/backups.ts';
import { getSetting, putSetting } from '../db/queries/settings.ts';
import { listFiles, sha256File } from '../files/sha256File.ts';
import { isWithin, resolveInside } from '../files/safePath.ts';
import type { AuditService } from './auditService.ts';
import type { AuditAnchor } from './audit/auditAnchor.ts';
import type { ServiceDeps } from './serviceDeps.ts';

/** Folders of the data dir that belong in a backup besides the database. */
export const BACKED_UP_FOLDERS = ['attachments', 'documents', 'templates'] as const;
export const DATABASE_COPY_NAME = 'mediation-desk.db';
const MANIFEST_NAME = 'manifest.json';
const DEFAULT_KEEP = 7;
const DAY_MS = 86_400_000;

interface Manifest {
  readonly app: 'mediation-desk';
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly files: readonly { path: string; bytes: number; sha256: string }[];
  /** The latest audit entry when the backup was taken, signed (issue 13, item 9). */
  readonly auditAnchor?: AuditAnchor | null;
}

function rowToInfo(row: BackupRow): BackupInfo {
  return {
    id: row.id,
    createdAt: row.created_at,
    kind: row.kind as BackupKind,
    folder: row.folder,
    databaseBytes: row.database_bytes,
    fileCount: row.file_count,
    verified: row.verified === 1,
    verifyMessage: row.verify_message,
  };
}

/** Checks a backup folder against its manifest and the database inside it; never changes it. */
export async function verifyBackupFolder(
  folder: string,
  supportedVersion: number,
): Promise<{ ok: boolean; message: string }> {
  const manifestFile = path.join(folder, MANIFEST_NAME);
  if (!fs.existsSync(manifestFile))
    return { ok: false, message: '所选文件夹不是调解台备份（缺少 manifest.json）。' };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return { ok: false, message: '备份清单 manifest.json 已损坏。' };
  }
  if (manifest.app !== 'mediation-desk' || !Array.isArray(manifest.files)) {
    return { ok: false, message: '所选文件夹不是调解台备份。' };
  }
  // Restore copies these folders into the data folder: a link in them, a path leading out of the
  // backup, or a file the manifest does not name would put something unchecked there.
  const links = (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter(
    (e) => e.isSymbolicLink(),
  );
  if (links.length > 0)
    return { ok: false, message: `备份中有链接文件（${links[0]!.name}），不是调解台生成的备份。` };
  const listed = new Set<string>([MANIFEST_NAME]);
  for (const entry of manifest.files) {
    const file = typeof entry.path === 'string' ? resolveInside(folder, entry.path) : null;
    if (file === null) return { ok: false, message: `备份清单中的文件路径不安全：${String(entry.path)}` };
    listed.add(entry.path);
    if (!fs.existsSync(file)) return { ok: false, message: `备份缺少文件：${entry.path}` };
    if ((await sha256File(file)) !== entry.sha256)
      return { ok: false, message: `备份中的文件已被改动或损坏：${entry.path}` };
  }
  const extra = listFiles(folder).find((name) => !listed.has(name));
  if (extra) return { ok: false, message: `备份中有清单上没有的文件：${extra}` };
  const check = checkDatabaseCopy(path.join(folder, DATABASE_COPY_NAME), supportedVersion);
  return check.ok
    ? { ok: true, message: `核验通过：${manifest.files.length} 个文件，校验值一致，数据库完整。` }
    : check;
}

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(
  deps: ServiceDeps,
  parts: {
    audit: AuditService;
    schemaVersion: number;
    /** Swaps the live database and data folders for the backup's; provided by the core. */
    replaceData: (backupFolder: string, actor: SessionUser | null) => Promise<void>;
    /** Damage met while copying: the next start checks every page (core). */
    noteDamaged: (reason: string) => void;
  },
) {
  const { db, clock, dataDir, inTransaction } = deps;

  async function settings(): Promise<BackupSettings> {
    const folder = (await getSetting(db, 'backup.folder')) ?? '';
    const keep = Number((await getSetting(db, 'backup.keep')) ?? DEFAULT_KEEP);
    return { folder, keep, effectiveFolder: folder || path.join(dataDir, 'backups') };
  }

  /**
   * Everything a restore replaces, kept as it is: the live file and its log byte for byte (they cannot
   * be read page by page) and the attachment, document and template folders (intact files, possibly
   * newer than the backup).
   */
  async function keepDamagedFile(): Promise<string> {
    const { effectiveFolder } = await settings();
    const stamp = clock.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const folder = uniqueFolder(path.join(effectiveFolder, `mediation-desk-damaged-${stamp}`));
    fs.mkdirSync(folder, { recursive: true });
    for (const suffix of ['', '-wal']) {
      const source = path.join(dataDir, DATABASE_COPY_NAME + suffix);
      if (fs.existsSync(source)) fs.copyFileSync(source, path.join(folder, DATABASE_COPY_NAME + suffix));
    }
    for (const name of BACKED_UP_FOLDERS) {
      const source = path.join(dataDir, name);
      if (fs.existsSync(source)) fs.cpSync(source, path.join(folder, name), { recursive: true });
    }
    return folder;
  }

  async function run(kind: BackupKind, actor: SessionUser | null): Promise<BackupInfo> {
    const { effectiveFolder, keep } = await settings();
    const now = clock.now();
    const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const folder = uniqueFolder(path.join(effectiveFolder, `mediation-desk-backup-${stamp}-${kind}`));
    try {
      fs.mkdirSync(folder, { recursive: true });
      await copyDatabaseTo(db, path.join(folder, DATABASE_COPY_NAME));
      for (const name of BACKED_UP_FOLDERS) {
        const source = path.join(dataDir, name);
        if (fs.existsSync(source)) fs.cpSync(source, path.join(folder, name), { recursive: true });
      }
      const files = await Promise.all(
        listFiles(folder).map(async (relative) => {
          const file = path.join(folder, relative);
          return { path: relative, bytes: fs.statSync(file).size, sha256: await sha256File(file) };
        }),
      );
      const manifest: Manifest = {
        app: 'mediation-desk',
        createdAt: now.toISOString(),
        schemaVersion: parts.schemaVersion,
        files,
        auditAnchor: await parts.audit.anchor(db),
      };
      fs.writeFileSync(path.join(folder, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
    } catch (error) {
      if (isCorruption(error)) {
        // Not the drive: the live file has a damaged page (found by reading every page to copy it).
        parts.noteDamaged((error as Error).message);
        fs.rmSync(folder, { recursive: true, force: true });
        throw new AppError(
          'DB_UNAVAILABLE',
          '备份没有完成：数据文件本身有损坏的部分，复制时读不出来（不是U盘或磁盘的问题）。请停止录入，在“备份与恢复”中从最近一份备份恢复（当前文件会原样保留一份），或联系技术支持。下次启动时程序会完整检查数据文件。',
          { folder: effectiveFolder, reason: (error as Error).message },
        );
      }
      throw new AppError(
        'INVALID_STATE',
        `无法写入备份文件夹：${effectiveFolder}。请检查U盘或磁盘是否已插好、可写且有足够空间。`,
        {
          folder: effectiveFolder,
          reason: (error as Error).message,
        },
      );
    }
    const verification = await verifyBackupFolder(folder, parts.schemaVersion);
    const database = path.join(folder, DATABASE_COPY_NAME);
    const row = await inTransaction(async (trx) => {
      const inserted = await insertBackupRecord(trx, {
        created_at: now.toISOString(),
        kind,
        folder,
        database_bytes: fs.statSync(database).size,
        database_sha256: await sha256File(database),
        file_count: listFiles(folder).length,
        verified: verification.ok ? 1 : 0,
        verify_message: verification.message,
      });
      await parts.audit.record(trx, {
        actor,
        method: 'backup.run',
        targetType: 'backup',
        targetId: String(inserted.id),
        detail: { kind, folder, verified: verification.ok },
      });
      return inserted;
    });
    if (kind === 'auto') await prune(keep);
    return rowToInfo(row);
  }

  /** Keeps the newest `keep` automatic backups plus the newest one of every month; removes the rest. */
  async function prune(keep: number): Promise<void> {
    const autos = (await listBackupRecords(db)).filter((row) => row.kind === 'auto');
    const monthly = new Set<number>();
    const seenMonths = new Set<string>();
    for (const row of autos) {
      const month = row.created_at.slice(0, 7);
      if (!seenMonths.has(month)) {
        seenMonths.add(month);
        monthly.add(row.id);
      }
    }
    for (const row of autos.slice(keep)) {
      if (monthly.has(row.id)) continue;
      fs.rmSync(row.folder, { recursive: true, force: true });
      await markBackupRemoved(db, row.id, clock.now().toISOString());
    }
  }

  return {
    settings,
    run,

    list: async (): Promise<BackupInfo[]> => (await listBackupRecords(db)).map(rowToInfo),

    async updateSettings(input: ParsedInputOf<'backup.updateSettings'>): Promise<BackupSettings> {
      if (input.folder && !path.isAbsolute(input.folder)) {
        throw new AppError('INVALID_INPUT', '备份文件夹须是完整路径，例如 E:\\调解台备份。', {
          fields: { folder: '请填写完整路径' },
        });
      }
      const now = clock.now().toISOString();
      await putSetting(db, 'backup.folder', input.folder, now);
      await putSetting(db, 'backup.keep', String(input.keep), now);
      return settings();
    },

    /** The daily automatic backup: runs when the last verified one is a day old or there is none. */
    async runIfDue(): Promise<BackupInfo | null> {
      const last = await lastAutoBackupTime(db);
      if (last && clock.now().getTime() - Date.parse(last) < DAY_MS) return null;
      return run('auto', null);
    },

    async restore(
      input: ParsedInputOf<'backup.restore'>,
      actor: SessionUser | null,
    ): Promise<RestoreOutcome> {
      let folder = input.folder ?? '';
      if (input.id === undefined) {
        // A folder named over the network: only inside the folders the administrator set for backups.
        const { effectiveFolder } = await settings();
        const roots = [effectiveFolder, path.join(dataDir, 'backups')];
        const real = (p: string) => (fs.existsSync(p) ? fs.realpathSync(p) : path.resolve(p));
        const inside = (root: string) => isWithin(real(root), real(folder)) && real(root) !== real(folder);
        if (!path.isAbsolute(folder) || !roots.some(inside)) {
          throw new AppError(
            'PERMISSION_DENIED',
            `只能从设置的备份文件夹（${effectiveFolder}）中的备份恢复。如备份在U盘上，请先在“备份设置”中把备份文件夹设为U盘上的文件夹。当前数据没有任何改动。`,
            { fields: { folder: '只能选择备份文件夹中的备份' } },
          );
        }
      }
      if (input.id !== undefined) {
        const row = await getBackupRecord(db, input.id);
        if (!row || row.removed_at) throw new AppError('NOT_FOUND', '没有找到这份备份。');
        folder = row.folder;
      }
      const verification = await verifyBackupFolder(folder, parts.schemaVersion);
      if (!verification.ok) {
        throw new AppError(
          'INVALID_INPUT',
          `这份备份不能用于恢复：${verification.message} 当前数据没有任何改动。`,
          { folder },
        );
      }
      let safetyCopy: BackupInfo | null = null;
      let keptDamagedFile: string | null = null;
      try {
        safetyCopy = await run('pre-restore', actor);
      } catch (error) {
        // A live file too damaged to copy is the reason to restore: keep it as it is, byte for byte.
        if (!(error instanceof AppError && error.code === 'DB_UNAVAILABLE')) throw error;
        keptDamagedFile = await keepDamagedFile();
      }
      if (safetyCopy && !safetyCopy.verified) {
        throw new AppError(
          'INVALID_STATE',
          `当前数据的保护备份没有通过核验（${safetyCopy.verifyMessage}），为安全起见没有恢复。`,
        );
      }
      await parts.replaceData(folder, actor);
      return { restoredFrom: folder, safetyCopy, keptDamagedFile };
    },
  };
}

function uniqueFolder(base: string): string {
  let candidate = base;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}
