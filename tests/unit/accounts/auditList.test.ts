import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import { neighbourCase } from '../cases/caseKit.ts';

let dir: string;
let core: Core;
let token: string;

beforeEach(async () => {
  dir = makeTempDir();
  core = await openTestCore(dir);
  token = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

test('审计日志 names a case by its number (or title before 受理), not by its UUID', async () => {
  const created = await mustCall(core, 'case.create', neighbourCase(), token);
  const accepted = await mustCall(
    core,
    'case.accept',
    {
      caseId: created.id,
      expectedVersion: created.version,
      acceptedOn: '2026-11-22',
      consentMode: 'all_parties_consented',
    },
    token,
  );
  const log = await mustCall(core, 'audit.list', { pageSize: 50 }, token);
  const accept = log.rows.find((e) => e.method === 'case.accept')!;
  expect(accept.targetCase).toEqual({ id: created.id, caseNo: accepted.caseNo, title: created.title });
  expect(accepted.caseNo).toMatch(/人调字第1号/);
  // Entries about other things carry no case.
  expect(log.rows.find((e) => e.method === 'org.setup')?.targetCase).toBeUndefined();
});
