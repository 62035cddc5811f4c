import type { Kysely, Selectable } from 'kysely';
import type { BackupRecordTable } from '../accountTables.ts';
import type { Database } from '../schema.ts';

export type BackupRow = Selectable<BackupRecordTable>;

export async function insertBackupRecord(
  db: Kysely<Database>,
  row: Omit<BackupRow, 'id' | 'removed_at'>,
): Promise<BackupRow> {
  return db
    .insertInto('backup_record')
    .values({ ...row, removed_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listBackupRecords(db: Kysely<Database>): Promise<BackupRow[]> {
  return db
    .selectFrom('backup_record')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export function getBackupRecord(db: Kysely<Database>, id: number): Promise<BackupRow | undefined> {
  return db.selectFrom('backup_record').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markBackupRemoved(db: Kysely<Database>, id: number, now: string): Promise<void> {
  await db.updateTable('backup_record').set({ removed_at: now }).where('id', '=', id).execute();
}

export async function lastAutoBackupTime(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('backup_record')
    .select('created_at')
    .where('kind', '=', 'auto')
    .where('verified', '=', 1)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}
