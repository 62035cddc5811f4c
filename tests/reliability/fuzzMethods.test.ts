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
    // Text that is not text (issue 13, item 7): each must be refused wherever it is typed.
    '张三\u0000',
    '响铃\u0007',
    '\u001b[31m红字',
    '合同\u202Efdp.exe',
    '隔离\u2066文字\u2069',
    '残缺\uD800',
    '\uDC00残缺',
    '纠纷名称\u0085',
  ),
);
const textTitle = fc.oneof(
  fc.constantFrom(
    '张三\u0000与李四纠纷',
    '邻里\u0007纠纷',
    '\u001b[2J纠纷',
    '纠纷\u202Efdp.exe',
    '纠纷\uD800名称',
  ),
  fc
    .tuple(
      fc.string({ minLength: 2, maxLength: 10 }),
      fc.constantFrom('\u0000', '\u001b', '\u202E', '\u2067', '\uDFFF'),
    )
    .map(([text, bad]) => `纠纷${text}${bad}`),
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

/** Every stored text cell holding a control character (but tab/newline), a bidi override or U+FFFD. */
function storedBadText(): string[] {
  const tables = reader
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .all() as { name: string }[];
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/;
  const found: string[] = [];
  for (const { name } of tables) {
    for (const row of reader.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string' && bad.test(value)) found.push(`${name}.${column}`);
      }
    }
  }
  return found;
}

describe('text that is not text is refused, naming the field, and never stored', () => {
  test('case.create with a control, bidi or lone-surrogate title', async () => {
    await fc.assert(
      fc.asyncProperty(textTitle, async (title) => {
        const before = rowCounts();
        const result = await core.call(
          'case.create',
          { title, summary: '双方因漏水发生纠纷。', parties: [{ role: 'applicant', name: '张三' }] },
          { transport: 'test', sessionToken: token },
        );
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(Object.keys((result.error.details as { fields: object }).fields)).toEqual(['title']);
        expect(result.error.message).toContain('纠纷名称');
        expect(rowCounts()).toEqual(before);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });
});

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

// Runs last (tests in a file run in order): after every method was fed the hostile strings above.
describe('after the fuzzing', () => {
  test('no control character, bidi override or replaced surrogate reached any table', () => {
    expect(storedBadText()).toEqual([]);
  });
});
