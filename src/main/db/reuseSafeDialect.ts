import { SqliteDialect, SqliteQueryCompiler, type QueryCompiler } from 'kysely';

/**
 * Writes every parameter as `+?` instead of `?`.
 *
 * For `col = ?` the SQLite planner notes that the value bound might change the best plan (it treats
 * 0 and 1 specially), and marks the statement to be re-planned when the value changes. better-sqlite3
 * clears the bindings after every run, which SQLite counts as such a change, so each of those
 * statements was parsed and planned again on every call, and better-sqlite3 then rebuilt its row
 * constructor: 40–90 µs instead of 3–10 µs for a two-row lookup, on nearly every query with an
 * ORDER BY. A unary plus is a no-op on the value and keeps index use, but the planner no longer looks
 * through it at the bound value, so a prepared statement is planned once and reused.
 *
 * The cost: a partial index whose condition compares a column with a constant (`WHERE status =
 * 'planned'`) can only be matched when the query writes that constant as a literal (`sql.lit`).
 */
export class ReuseSafeSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new ReuseSafeQueryCompiler();
  }
}

class ReuseSafeQueryCompiler extends SqliteQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return '+?';
  }
}
