import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { AppError } from '../../shared/errors.ts';
import { withCachedStatements } from './cachedStatements.ts';
import { ReuseSafeSqliteDialect } from './reuseSafeDialect.ts';
import { refuseDamagedFile, refuseEmptyFile } from './integrity.ts';
import { clearCheckNeeded, recordCleanClose, takeCleanClose } from './cleanClose.ts';

export type SqliteDatabase = BetterSqlite3.Database;

/** The identity stamped into our files by migration 0001 (PRAGMA application_id). */
export const APPLICATION_ID = 1145655890;

export interface OpenedDatabase {
  readonly sqlite: SqliteDatabase;
  readonly db: Kysely<Database>;
  readonly file: string;
  /** Whether every page was checked at open (else only the clean-close record vouched for it). */
  readonly checkedAtOpen: boolean;
}

/**
 * Opens (or creates) the database file with the pragmas every connection needs. Throws the raw
 * SQLite / fs error on failure; the caller turns it into a user-facing message.
 */
export function openDatabase(file: string): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  refuseEmptyFile(file);
  // Exactly as the last clean close left it: the full page check is skipped (cleanClose.ts).
  const closedCleanly = takeCleanClose(file);
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('busy_timeout = 5000');
    // Before anything writes to the file: reading the header fails on a non-database file, and a
    // SQLite file of another program is refused while still byte-for-byte unchanged.
    assertOurs(sqlite, file);
    if (!closedCleanly) {
      refuseDamagedFile(sqlite, file);
      clearCheckNeeded(file);
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: an acknowledged write survives power loss, which village stations do see.
    sqlite.pragma('synchronous = FULL');
    // 64 MB of page cache: a case page reads pages scattered over a file of several hundred MB.
    sqlite.pragma('cache_size = -65536');
    // The core checkpoints when idle (createCore); SQLite's own checkpoint inside a commit is only the
    // backstop for long bursts of writes, at about 40 MB of log.
    sqlite.pragma('wal_autocheckpoint = 10000');
    // A write call runs its service in a savepoint, and SQLite keeps the original of every page it
    // changes there in a sub-journal. With the default, a sub-journal over 64 KB (a case with its
    // parties touches ~50 pages) spills to a temporary file: ~1 ms of file writes on every save.
    sqlite.pragma('temp_store = MEMORY');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new ReuseSafeSqliteDialect({ database: withCachedStatements(sqlite) }),
  });
  return { sqlite, db, file, checkedAtOpen: !closedCleanly };
}

function assertOurs(sqlite: SqliteDatabase, file: string): void {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return;
  const tableCount = (sqlite.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  if (applicationId === 0 && tableCount === 0) return; // a new, empty file: ours to set up
  throw new AppError(
    'DB_UNAVAILABLE',
    `这个文件不是调解台的数据文件，程序没有改动它：${file}。请确认数据目录是否选对。`,
    { file, kind: 'foreign' },
  );
}

/** Copies the write-ahead log into the database file without waiting for readers. */
export function checkpoint(opened: OpenedDatabase): void {
  if (opened.sqlite.open) opened.sqlite.pragma('wal_checkpoint(PASSIVE)');
}

/** Checkpoints the WAL into the main file and closes; safe to call twice. */
export async function closeDatabase(opened: OpenedDatabase): Promise<void> {
  if (!opened.sqlite.open) return;
  opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await opened.db.destroy(); // closes the better-sqlite3 handle too, once Kysely has used it
  if (opened.sqlite.open) opened.sqlite.close(); // (a connection no query ran on)
  recordCleanClose(opened.file);
}
