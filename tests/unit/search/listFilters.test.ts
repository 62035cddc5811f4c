import { afterEach, beforeEach, expect, test } from 'vitest';
import { sql } from 'kysely';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from '../cases/caseKit.ts';
import { caseListInput } from '../../../src/shared/schemas/dispute.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const titles = async (filters: Record<string, unknown>) =>
  (await kit.s.cases.list(caseListInput.parse(filters))).rows.map((r) => r.title).sort();

test('overdue: past the due date and still being handled', async () => {
  const late = await registerCase(kit, { title: '逾期的案件' });
  await kit.s.triage.accept(
    {
      caseId: late.id,
      expectedVersion: late.version,
      acceptedOn: '2026-03-02',
      consentMode: 'all_parties_consented',
      consentNote: null,
    },
    ACTOR,
  );
  await registerCase(kit, { title: '未受理的案件' });
  expect(await titles({ overdue: true })).toEqual([]);
  // Two months later the 30-day limit has passed for the accepted case only.
  kit.clock.set('2026-05-04T02:00:00.000Z');
  expect(await titles({ overdue: true })).toEqual(['逾期的案件']);
  expect(await titles({ overdue: false })).toEqual(['未受理的案件', '逾期的案件']);
});

test('organisation: only that organisation’s cases', async () => {
  await registerCase(kit, { title: '本会案件' });
  const home = await kit.deps.db
    .selectFrom('organisation')
    .select('uuid')
    .where('is_home', '=', 1)
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO organisation (uuid, name, kind, level, region_code, abbreviation, created_at, updated_at)
    VALUES ('00000000-0000-4000-8000-00000000c001', '其他调委会', 'committee', 'village', '320113', '其他', '', '')`.execute(
    kit.deps.db,
  );
  expect(await titles({ organisationId: home.uuid })).toEqual(['本会案件']);
  expect(await titles({ organisationId: '00000000-0000-4000-8000-00000000c001' })).toEqual([]);
  expect(await titles({ organisationId: '00000000-0000-4000-8000-00000000c999' })).toEqual([]);
});
