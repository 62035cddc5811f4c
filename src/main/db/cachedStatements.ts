import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';
import type { SqliteDatabase } from './connection.ts';

/**
 * Kysely's SQLite driver prepares every statement anew; on a case page that is most of the time spent
 * (SQLite re-plans the joins and views each call). The queries come from a fixed set of builders, so
 * their SQL text repeats and a small cache of prepared statements serves almost every call.
 * Least recently used statements fall out once `capacity` distinct texts have been seen.
 */
export function withCachedStatements(sqlite: SqliteDatabase, capacity = 500): KyselySqliteDatabase {
  const cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      // A statement still stepping through an iterate() cannot run again until it finishes.
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement as unknown as SqliteStatement;
    },
  };
}
