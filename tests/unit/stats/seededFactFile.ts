import path from 'node:path';
import { openDatabase, closeDatabase, type OpenedDatabase } from '../../../src/main/db/connection.ts';
import { createTransactionRunner } from '../../../src/main/db/transactions.ts';
import { refreshCaseFacts } from '../../../src/main/db/queries/caseFactRows.ts';
import { seedDatabase } from '../../../bench/seed/seedDatabase.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';

/** A set-up installation filled by the bench's seeder (3,000 cases over ten years up to 2026-11-20). */
export interface SeededFactFile {
  readonly opened: OpenedDatabase;
  /** Every organisation id, sorted: the home centre first, then streets and villages. */
  readonly allOrgs: number[];
  /** Brings the fact rows and monthly sums up to date; resolves to how many cases it looked at. */
  readonly refresh: () => Promise<number>;
  readonly close: () => Promise<void>;
}

export async function seededFactFile(prefix: string, seed: number): Promise<SeededFactFile> {
  const dir = makeTempDir(prefix);
  const core = await openTestCore(dir);
  await setUpAsAdmin(core);
  await core.close();
  const opened = openDatabase(path.join(dir, 'mediation-desk.db'));
  seedDatabase(opened.sqlite, { count: 3000, lastDay: '2026-11-20', seed });
  const allOrgs = (opened.sqlite.prepare('SELECT id FROM organisation').pluck().all() as number[]).sort();
  return {
    opened,
    allOrgs,
    refresh: () => createTransactionRunner(opened.sqlite, opened.db)((db) => refreshCaseFacts(db)),
    close: async () => {
      await closeDatabase(opened);
      removeTempDir(dir);
    },
  };
}
