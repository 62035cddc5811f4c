import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../src/main/core/createCore.ts';
import { METHOD_NAMES, type MethodName } from '../../src/shared/api/contract.ts';
import { ERROR_CODES } from '../../src/shared/errors.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { dbFile, openTestCore, setUpAsAdmin } from '../helpers/testCore.ts';

const RUNS_PER_METHOD = 60;

/** Calls that succeed on harmless input and change the session or data under the test itself. */
const SKIPPED: ReadonlySet<MethodName> = new Set(['auth.logout', 'backup.run', 'backup.restore']);

let dir: string;
let core: Core;
let token: string;
let reader: BetterSqlite3.Database;

beforeAll(async () => {
  dir = makeTempDir('mediation-fuzz-');
  core = await openTestCore(dir);
  token = await setUpAsAdmin(core);
  reader = new BetterSqlite3(dbFile(dir), { readonly: true });
});
afterAll(async () => {
  reader.close();
  await core.close();
  removeTempDir(dir);
});

/** Row count of every table: a failed call must leave all of them, the audit log included, as they were. */
function rowCounts(): Record<string, number> {
  const tables = reader
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (reader.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/** Malformed input: any JSON, plus objects with the right-looking keys holding the wrong things. */
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE dispute_case; --",
    '<script>alert(1)</script>',
    '\u0000',
    '𠀀'.repeat(300),
    '%s%n',
    '../../etc/passwd',
    '"*" NEAR -x',
  ),
);
const hostileValue = fc.oneof(
  fc.jsonValue(),
  hostileString,
  fc.constantFrom(null, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2, true, [], {}),
);
const hostileInput = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'caseId',
      'title',
      'summary',
      'page',
      'pageSize',
      'username',
      'password',
      'parties',
      'name',
      'role',
      'expectedVersion',
      'folder',
      'amount',
      'date',
      'fields',
    ),
    hostileValue,
  ),
);

describe('every method survives malformed input', () => {
  test.each(METHOD_NAMES.filter((method) => !SKIPPED.has(method)))('%s', async (method) => {
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const before = rowCounts();
        const result = await core.call(method, input, { transport: 'test', sessionToken: token });
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) return; // some methods accept {} or any object: a real, complete call
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).not.toBe('INTERNAL');
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(rowCounts()).toEqual(before);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });
});
