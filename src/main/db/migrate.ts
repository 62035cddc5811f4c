import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Migration } from '../../../migrations/index.ts';
import type { OpenedDatabase } from './connection.ts';
import { createTransactionRunner } from './transactions.ts';
import { AppError } from '../../shared/errors.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';

export interface MigrateOptions {
  readonly migrations: readonly Migration[];
  /** Where the pre-migration copy goes. */
  readonly backupDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface MigrateOutcome {
  readonly from: number;
  readonly to: number;
  /** Path of the copy taken before migrating, when one was needed. */
  readonly backupFile: string | null;
}

export function readSchemaVersion(opened: OpenedDatabase): number {
  return opened.sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema. The schema version is SQLite's `user_version`, written in
 * the same transaction as each migration, so a crash mid-way leaves the previous version intact.
 * A database from a newer program is refused; an existing database is copied before any change.
 */
export async function migrateDatabase(
  opened: OpenedDatabase,
  options: MigrateOptions,
): Promise<MigrateOutcome> {
  const { migrations, clock, logger } = options;
  assertOrdered(migrations);
  const latest = migrations.length;
  const from = readSchemaVersion(opened);

  if (from > latest) {
    throw new AppError(
      'DB_NEWER_VERSION',
      `这个数据文件由更新版本的调解台写入（数据版本 ${from}），当前程序只支持到版本 ${latest}。` +
        '程序没有改动它，请先升级调解台再打开。',
      { schemaVersion: from, supported: latest },
    );
  }
  if (from === latest) return { from, to: latest, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(options.backupDir, `before-migration-v${from}-${stamp}.db`);
    await opened.sqlite.backup(backupFile);
    logger.info('db.backup-before-migration', { backupFile, from, to: latest });
  }

  const inTransaction = createTransactionRunner(opened.sqlite, opened.db);
  for (const migration of migrations.slice(from)) {
    await inTransaction(async (trx) => {
      await migration.up(trx);
      await sql`INSERT INTO schema_migration (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, ${clock.now().toISOString()})`.execute(
        trx,
      );
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
    logger.info('db.migrated', { version: migration.version, name: migration.name });
  }
  return { from, to: latest, backupFile };
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migrations/index.ts is out of order at ${migration.name}: expected version ${index + 1}`,
      );
    }
  });
}
