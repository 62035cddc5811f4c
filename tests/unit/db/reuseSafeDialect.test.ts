import { afterAll, beforeAll, expect, test } from 'vitest';
import { Kysely, type CompiledQuery } from 'kysely';
import { openCaseKit, registerCase, type CaseKit } from '../cases/caseKit.ts';
import { ReuseSafeSqliteDialect } from '../../../src/main/db/reuseSafeDialect.ts';
import type { Database } from '../../../src/main/db/schema.ts';
import { firstDue } from '../../../src/main/db/queries/deadlines.ts';
import { listCalendar } from '../../../src/main/db/queries/mediationSessions.ts';

/**
 * Parameters are written `+?` so SQLite plans a cached statement once (src/main/db/reuseSafeDialect.ts).
 * What must still hold: values keep their type and comparison affinity, lookups keep their indexes,
 * and the partial indexes keyed on a status constant are still chosen.
 */
let kit: CaseKit;
let captured: CompiledQuery[];
let db: Kysely<Database>;
beforeAll(async () => {
  kit = await openCaseKit();
  captured = [];
  db = new Kysely<Database>({
    dialect: new ReuseSafeSqliteDialect({ database: kit.opened.sqlite }),
    log: (event) => {
      captured.push(event.query);
    },
  });
});
afterAll(() => kit.close());

function plan(query: CompiledQuery): string {
  const rows = kit.opened.sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

test('the case database is opened with parameters written +?', () => {
  const query = kit.deps.db.selectFrom('party').select('id').where('case_id', '=', 7).compile();
  expect(query.sql).toBe('select "id" from "party" where "case_id" = +?');
});

test('a value keeps its type, and a column still applies its affinity to it', async () => {
  const row = await db
    .selectNoFrom((eb) => [
      eb.val('007').as('text'),
      eb.val(12.5).as('real'),
      eb.val(Buffer.from([1, 2])).as('blob'),
      eb.val(null).as('nothing'),
    ])
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ text: '007', real: 12.5, blob: Buffer.from([1, 2]), nothing: null });
  // party.sort_order is INTEGER: the text '0' must still match 0, as with a bare placeholder.
  const { id } = await registerCase(kit);
  const caseRow = await db
    .selectFrom('dispute_case')
    .select('id')
    .where('uuid', '=', id)
    .executeTakeFirstOrThrow();
  const found = await db
    .selectFrom('party')
    .select('id')
    .where('case_id', '=', caseRow.id)
    .where('sort_order', '=', '0' as unknown as number)
    .execute();
  expect(found).toHaveLength(1);
});

test('a lookup by case keeps its index and needs no sort', () => {
  const query = db
    .selectFrom('party')
    .selectAll()
    .where('case_id', '=', 7)
    .orderBy('sort_order')
    .orderBy('id')
    .compile();
  const steps = plan(query);
  expect(steps).toMatch(/SEARCH party USING INDEX party_case \(case_id=\?\)/);
  expect(steps).not.toMatch(/TEMP B-TREE/);
});

test('due follow-ups and the calendar still use their partial indexes', async () => {
  captured.length = 0;
  await firstDue(db, { to: '2026-12-31' }, { visibleTo: null }, ['follow_up'], 20);
  expect(plan(captured.at(-1)!)).toMatch(/follow_up_open_due/);

  captured.length = 0;
  await listCalendar(db, { from: '2026-11-01T00:00', to: '2026-12-01T00:00' });
  expect(plan(captured[0]!)).toMatch(/session_start/);
});
