import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `work` in one write transaction. Use this instead of Kysely's `db.transaction()`, for two
 * reasons found the hard way:
 * - BEGIN IMMEDIATE takes the write lock up front, so two processes that read-then-write (e.g. both
 *   allocating the next case number) queue behind busy_timeout instead of failing with SQLITE_BUSY.
 * - On SQLITE_FULL / IOERR SQLite has already rolled the transaction back itself; Kysely's own
 *   ROLLBACK then fails with "no transaction is active" and hides the real cause (a full disk).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(connection).catch(() => {
        // Already rolled back by SQLite; the original error is the one worth reporting.
      });
      throw error;
    }
  });
}
