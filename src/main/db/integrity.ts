import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';

/** What to do when the data file cannot be used; the program cannot restore without an open file. */
const RESTORE_ADVICE =
  '请从备份恢复：关闭调解台，把这个文件改名保留（供技术支持查看），再把最近一份备份文件夹中的 mediation-desk.db 复制到数据目录，然后重新打开；如无备份，请联系技术支持。';

/** Triggers of migration 0003 that make the audit trail append-only. */
export const AUDIT_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'] as const;

/**
 * Only a missing file means a new installation. A zero-byte file is what a failed copy, a full disk
 * or a power cut leaves behind: SQLite would silently treat it as a new, empty database.
 */
export function refuseEmptyFile(file: string): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return; // missing (new installation), or unreadable: opening reports that
  }
  if (size === 0 && fs.statSync(file).isFile()) {
    throw new AppError(
      'DB_UNAVAILABLE',
      `数据文件是空的（0 字节），可能在复制、断电或磁盘写满时被清空：${file}。程序没有把它当作新安装，也没有写入它。${RESTORE_ADVICE}`,
      { file, kind: 'empty' },
    );
  }
}

/**
 * `PRAGMA quick_check` before anything is written: a file with a damaged page is refused instead of
 * being served (and written to) until the damage spreads. Reads every page once; see ARCHITECTURE.md
 * for its cost at 100k cases.
 */
export function refuseDamagedFile(sqlite: BetterSqlite3.Database, file: string): void {
  const rows = sqlite.pragma('quick_check(20)') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0) throw damagedFileError(file, problems);
}

/** A file whose page check found problems: refused, with how to restore it. */
export function damagedFileError(file: string, problems: readonly string[]): AppError {
  return new AppError(
    'DB_UNAVAILABLE',
    `数据文件已损坏（完整性检查发现 ${problems.length} 处问题），程序没有写入它：${file}。${RESTORE_ADVICE}`,
    { file, kind: 'corrupt', problems: problems.slice(0, 5) },
  );
}

/** After migrating: the audit trail's append-only triggers must be there, or the file was edited outside. */
export function refuseUnprotectedAudit(sqlite: BetterSqlite3.Database, file: string): void {
  const present = new Set(
    (
      sqlite
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
        .all() as { name: string }[]
    ).map((row) => row.name),
  );
  const missing = AUDIT_TRIGGERS.filter((name) => !present.has(name));
  if (missing.length === 0) return;
  throw new AppError(
    'DB_UNAVAILABLE',
    `数据文件中审计日志的防篡改保护缺失（${missing.join('、')}），说明文件在调解台之外被改动过。为安全起见程序没有打开它：${file}。${RESTORE_ADVICE}`,
    { file, kind: 'audit-unprotected', missing },
  );
}
