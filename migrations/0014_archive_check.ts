import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * 归档 records who checked the dossier and when (卷内备考表 检查人/检查日期), and a planned 回访 still
 * open at archiving is cancelled with its written reason (follow_up.cancel_reason).
 */
export const migration0014: Migration = {
  version: 14,
  name: 'archive_check',
  async up(db) {
    await sql`ALTER TABLE dispute_case ADD COLUMN archive_checker TEXT`.execute(db);
    await sql`ALTER TABLE dispute_case ADD COLUMN archive_checked_on TEXT`.execute(db);
    await sql`ALTER TABLE follow_up ADD COLUMN cancel_reason TEXT`.execute(db);
  },
};
