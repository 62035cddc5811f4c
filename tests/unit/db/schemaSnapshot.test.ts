import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { migrations } from '../../../migrations/index.ts';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection.ts';
import { migrateDatabase, readSchemaVersion } from '../../../src/main/db/migrate.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

const SNAPSHOT = path.join(import.meta.dirname, 'schema.snapshot.sql');

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeTempDir(dir));

/** The schema as SQLite stores it, in a stable order, one statement per block. */
function dumpSchema(file: string): string {
  const opened = openDatabase(file);
  try {
    const rows = opened.sqlite
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string }[];
    return rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/[ \t]+$/gm, '')};\n`).join('\n');
  } finally {
    opened.sqlite.close();
  }
}

test('all migrations on an empty file produce the committed schema snapshot', async () => {
  const file = path.join(dir, 'empty.db');
  const opened = openDatabase(file);
  const outcome = await migrateDatabase(opened, {
    migrations,
    backupDir: path.join(dir, 'backups'),
    clock: fixedClock('2026-11-22T00:00:00Z'),
    logger: silentLogger,
  });
  expect(outcome).toEqual({ from: 0, to: migrations.length, backupFile: null });
  expect(readSchemaVersion(opened)).toBe(migrations.length);
  await closeDatabase(opened);

  const actual = dumpSchema(file);
  if (process.env['UPDATE_SNAPSHOT'] === '1') fs.writeFileSync(SNAPSHOT, actual);
  const expected = fs.readFileSync(SNAPSHOT, 'utf8');
  // If this fails after adding a migration, regenerate with UPDATE_SNAPSHOT=1 and review the diff.
  expect(actual).toBe(expected);
});
