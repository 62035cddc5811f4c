import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { APPLICATION_ID } from './connection.ts';
import type { Database } from './schema.ts';

/** A consistent, compacted copy of the live database, taken while it stays in use. */
export async function copyDatabaseTo(db: Kysely<Database>, file: string): Promise<void> {
  // VACUUM INTO cannot run inside a transaction; callers must not hold one.
  await sql`VACUUM INTO ${file}`.execute(db);
}

export interface CopyCheck {
  readonly ok: boolean;
  readonly schemaVersion: number;
  readonly message: string;
}

/** Opens a copy read-only and checks it is ours, intact, and not from a newer program. */
export function checkDatabaseCopy(file: string, supportedVersion: number): CopyCheck {
  let copy: BetterSqlite3.Database | null = null;
  try {
    copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    if (copy.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      return { ok: false, schemaVersion: 0, message: '备份中的文件不是调解台的数据文件。' };
    }
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > supportedVersion) {
      return {
        ok: false,
        schemaVersion,
        message: `备份由更新版本的调解台写入（数据版本 ${schemaVersion}），请先升级。`,
      };
    }
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') return { ok: false, schemaVersion, message: `备份文件已损坏（${integrity}）。` };
    return { ok: true, schemaVersion, message: '完整性检查通过。' };
  } catch (error) {
    return {
      ok: false,
      schemaVersion: 0,
      message: `备份文件无法打开或已损坏（${(error as Error).message}）。`,
    };
  } finally {
    copy?.close();
  }
}
