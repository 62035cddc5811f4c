import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrations, type Migration } from '../../../migrations/index.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection.ts';
import { migrateDatabase, readSchemaVersion } from '../../../src/main/db/migrate.ts';
import { AppError } from '../../../src/shared/errors.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

const clock = fixedClock('2026-11-22T00:00:00Z');
let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'test.db');
});
afterEach(() => removeTempDir(dir));

const options = (list: readonly Migration[]) => ({
  migrations: list,
  backupDir: path.join(dir, 'backups'),
  clock,
  logger: silentLogger,
});

const extra = (version: number, up: Migration['up']): Migration => ({ version, name: `test_${version}`, up });

function tableNames(): string[] {
  const opened = openDatabase(file);
  const names = (
    opened.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
  ).map((row) => row.name);
  opened.sqlite.close();
  return names;
}

describe('migrateDatabase', () => {
  test('records every applied migration and sets the pragmas', async () => {
    const opened = openDatabase(file);
    await migrateDatabase(opened, options(migrations));
    const applied = opened.sqlite
      .prepare('SELECT version, name FROM schema_migration ORDER BY version')
      .all();
    expect(applied).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(opened.sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    await closeDatabase(opened);
  });

  test('is a no-op on an up-to-date database', async () => {
    const opened = openDatabase(file);
    await migrateDatabase(opened, options(migrations));
    expect(await migrateDatabase(opened, options(migrations))).toEqual({
      from: migrations.length,
      to: migrations.length,
      backupFile: null,
    });
    await closeDatabase(opened);
  });

  test('a failing migration leaves no trace: its tables and the version bump are rolled back', async () => {
    const opened = openDatabase(file);
    await migrateDatabase(opened, options(migrations));
    const failing = extra(migrations.length + 1, async (db) => {
      await sql`CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT`.execute(db);
      throw new Error('boom in the middle');
    });
    await expect(migrateDatabase(opened, options([...migrations, failing]))).rejects.toThrow(
      'boom in the middle',
    );
    expect(readSchemaVersion(opened)).toBe(migrations.length);
    await closeDatabase(opened);
    expect(tableNames()).not.toContain('half_done');
  });

  test('copies the database before migrating an existing file, and the copy is the old version', async () => {
    const opened = openDatabase(file);
    await migrateDatabase(opened, options(migrations));
    opened.sqlite.prepare("INSERT INTO schema_migration VALUES (999, 'marker', 'x')").run();
    const next = extra(migrations.length + 1, async (db) => {
      await sql`CREATE TABLE added_later (id INTEGER PRIMARY KEY) STRICT`.execute(db);
    });
    const outcome = await migrateDatabase(opened, options([...migrations, next]));
    await closeDatabase(opened);

    expect(outcome.backupFile).not.toBeNull();
    const backup = openDatabase(outcome.backupFile!);
    expect(readSchemaVersion(backup)).toBe(migrations.length);
    expect(backup.sqlite.prepare('SELECT name FROM schema_migration WHERE version = 999').get()).toEqual({
      name: 'marker',
    });
    backup.sqlite.close();
    expect(tableNames()).toContain('added_later');
  });

  test('refuses a database written by a newer version and leaves it untouched', async () => {
    const opened = openDatabase(file);
    await migrateDatabase(opened, options(migrations));
    opened.sqlite.pragma(`user_version = ${migrations.length + 5}`);
    await closeDatabase(opened);
    const before = fs.readFileSync(file);

    const again = openDatabase(file);
    const error = await migrateDatabase(again, options(migrations)).catch((e: unknown) => e);
    again.sqlite.close();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_NEWER_VERSION');
    expect((error as AppError).message).toContain('更新版本');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('rejects a migration list that is out of order', async () => {
    const opened = openDatabase(file);
    const wrong = [extra(2, async () => {})];
    await expect(migrateDatabase(opened, options(wrong))).rejects.toThrow(/out of order/);
    opened.sqlite.close();
  });
});
