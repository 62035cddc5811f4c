import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import {
  agreementRecordInput,
  followUpRecordInput,
  sessionRecordInput,
} from '../../../src/shared/schemas/handling.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { highestCaseSeqQuery, requireCaseRow } from '../../../src/main/db/queries/caseRows.ts';
import { loadCaseDates, stepDatesQuery } from '../../../src/main/db/queries/caseDates.ts';
import { caseDatesOfDetail } from '../../../src/shared/cases/caseDatesOfDetail.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

/**
 * The core reads a case's dates from the database, the dialogs from the case they show: both must see
 * the same dates, or a form would accept what the core refuses (or the reverse).
 */
test('the dates the core checks against are the dates the forms check against', async () => {
  let c = await registerCase(kit, { appliedOn: '2026-03-01' });
  c = await kit.s.triage.accept(
    { ...ref(c), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time' }),
  );
  c = await kit.s.mediators.assign(
    { ...ref(c), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  kit.clock.set('2026-03-12T02:00:00.000Z');
  c = await kit.s.parties.recordRightsNotice(
    {
      ...ref(c),
      partyIds: c.parties.map((p) => p.id),
      givenOn: '2026-03-03',
      form: 'written',
      givenBy: null,
      note: null,
    },
    ACTOR,
  );
  c = await kit.s.sessions.record(
    sessionRecordInput.parse({
      ...ref(c),
      kind: 'mediation',
      startAt: '2026-03-05T09:00',
      place: '调解室',
      mediatorIds: [m.id],
      recorder: '刘记录',
      partyIdsPresent: c.parties.map((p) => p.id),
      transcript: '调解。',
    }),
    ACTOR,
  );
  const [applicant, respondent] = c.parties;
  c = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(c),
      form: 'written',
      concludedOn: '2026-03-06',
      effectiveOn: '2026-03-07',
      obligations: [
        { obligorId: respondent!.id, obligeeId: applicant!.id, content: '赔偿', amountFen: 1000 },
      ],
    }),
    ACTOR,
  );
  c = await kit.s.followUps.record(
    followUpRecordInput.parse({
      ...ref(c),
      visitedOn: '2026-03-10',
      method: 'phone',
      visitor: '陈调解',
      partyIds: [applicant!.id],
      situation: '已履行。',
      performance: [
        { obligationId: c.agreement!.obligations[0]!.id, status: 'performed', performedOn: '2026-03-09' },
      ],
    }),
    ACTOR,
  );
  c = await kit.s.triage.close({ ...ref(c), closedOn: '2026-03-11', note: null }, ACTOR);

  const fromDb = await loadCaseDates(kit.opened.db, await requireCaseRow(kit.opened.db, c.id));
  expect(fromDb).toEqual(caseDatesOfDetail(c));
  expect(fromDb).toMatchObject({
    applied: { min: '2026-03-01' },
    registered: { min: '2026-03-02' },
    accepted: { min: '2026-03-02' },
    assigned: { min: '2026-03-02' },
    rightsNotice: { min: '2026-03-03' },
    session: { min: '2026-03-05' },
    agreement: { min: '2026-03-06' },
    effective: { min: '2026-03-07' },
    performed: { min: '2026-03-09' },
    followUp: { min: '2026-03-10' },
    closed: { min: '2026-03-11' },
  });
});

test('the next number is read from the unique number index, not by scanning the cases', () => {
  const query = highestCaseSeqQuery(kit.opened.db, 1, 2026).compile();
  const steps = (
    kit.opened.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as {
      detail: string;
    }[]
  ).map((r) => r.detail);
  expect(steps.some((s) => /USING (COVERING )?INDEX dispute_case_number/.test(s))).toBe(true);
});

test("a case's stored dates are read through each table's case index, never by scanning a table", () => {
  const query = stepDatesQuery(1).compile(kit.opened.db);
  const steps = (
    kit.opened.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as {
      detail: string;
    }[]
  ).map((r) => r.detail);
  expect(steps.filter((s) => /^SCAN /.test(s))).toEqual([]);
});
