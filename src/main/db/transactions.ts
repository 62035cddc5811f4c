import type { Kysely } from 'kysely';
import type { SqliteDatabase } from './connection.ts';
import type { Database } from './schema.ts';

/** Runs work in one write transaction; a call made while one is open becomes a savepoint. */
export type RunInTransaction = <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>;

/**
 * Write transactions on the raw connection, shared by the router (one transaction per write call,
 * so a call and its audit entry commit together) and by services (which nest as savepoints).
 *
 * Why not Kysely's `db.transaction()`:
 * - BEGIN IMMEDIATE takes the write lock up front, so two processes that read-then-write (e.g. both
 *   allocating the next case number) queue behind busy_timeout instead of failing with SQLITE_BUSY.
 * - On SQLITE_FULL / IOERR SQLite has already rolled back by itself; Kysely's own ROLLBACK then fails
 *   with "no transaction is active" and hides the real cause (a full disk).
 * - Kysely holds its connection lock for the whole transaction, so a nested call would deadlock.
 * Callers are serialised by the core's call queue, so statements of two calls never interleave.
 */
export function createTransactionRunner(sqlite: SqliteDatabase, db: Kysely<Database>): RunInTransaction {
  let depth = 0;
  return async (work) => {
    const savepoint = `sp_${depth}`;
    const nested = sqlite.inTransaction;
    sqlite.exec(nested ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE');
    depth += 1;
    try {
      const result = await work(db);
      sqlite.exec(nested ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      if (sqlite.inTransaction) {
        // Already rolled back by SQLite when it is not in a transaction any more.
        if (nested) sqlite.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
        else sqlite.exec('ROLLBACK');
      }
      throw error;
    } finally {
      depth -= 1;
    }
  };
}
