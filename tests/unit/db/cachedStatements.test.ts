import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { withCachedStatements } from '../../../src/main/db/cachedStatements.ts';

test('the same SQL text gets the same prepared statement until it falls out of the cache', () => {
  const sqlite = new BetterSqlite3(':memory:');
  const cached = withCachedStatements(sqlite, 2);
  const first = cached.prepare('SELECT 1');
  expect(cached.prepare('SELECT 1')).toBe(first);
  cached.prepare('SELECT 2');
  cached.prepare('SELECT 3'); // the least recently used, SELECT 1, is dropped
  expect(cached.prepare('SELECT 1')).not.toBe(first);
  sqlite.close();
});

test('a statement still stepping through rows is not handed out a second time', () => {
  const sqlite = new BetterSqlite3(':memory:');
  const cached = withCachedStatements(sqlite);
  const sql = 'SELECT value FROM json_each(?)';
  const outer = cached.prepare(sql) as unknown as BetterSqlite3.Statement;
  const seen: unknown[] = [];
  for (const row of outer.iterate('[1,2]')) {
    const inner = cached.prepare(sql) as unknown as BetterSqlite3.Statement;
    expect(inner).not.toBe(outer);
    seen.push(row, inner.all('[9]'));
  }
  expect(seen).toHaveLength(4);
  sqlite.close();
});
