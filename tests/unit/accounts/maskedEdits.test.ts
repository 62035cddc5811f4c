import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, dbFile, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';

const ID_NUMBER = '11010519491231002X';
let dir: string;
let core: Core;
let admin: string;

beforeEach(async () => {
  dir = makeTempDir();
  core = await openTestCore(dir);
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

test('saving a roster entry with its masked ID number sent back keeps the stored number', async () => {
  const created = await mustCall(
    core,
    'mediator.create',
    {
      name: '李调解',
      employment: 'full_time',
      idNumber: ID_NUMBER,
      relations: [{ personName: '李大', idNumber: ID_NUMBER, relation: '兄弟' }],
    },
    admin,
  );
  expect(created.idNumber).toBe('110105********002X');
  const {
    id,
    version,
    organisationId: _org,
    openCaseCount: _load,
    ...rest
  } = created as typeof created & {
    organisationId?: unknown;
    openCaseCount?: unknown;
  };
  // As the edit form sends it: what it was shown (masked), blanks as absent, one field changed.
  const shown = JSON.parse(
    JSON.stringify(rest, (_key, value: unknown) => (value === null ? undefined : value)),
  );
  const result = await callApi(
    core,
    'mediator.update',
    { ...shown, mediatorId: id, expectedVersion: version, note: '改了备注' },
    admin,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const raw = new BetterSqlite3(dbFile(dir), { readonly: true });
  expect(raw.prepare('SELECT id_number, note FROM mediator').get()).toEqual({
    id_number: ID_NUMBER,
    note: '改了备注',
  });
  expect(raw.prepare('SELECT id_number FROM mediator_relation').get()).toEqual({ id_number: ID_NUMBER });
  raw.close();
});
