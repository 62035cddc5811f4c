import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

test('register and accept', async () => {
  const c = await registerCase(kit);
  expect(c.status).toBe('registered');
  expect(c.parties).toHaveLength(2);
  const a = await kit.s.triage.accept(
    { caseId: c.id, expectedVersion: c.version, acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  expect(a.caseNo).toBe('（2026）栖尧人调字第1号');
  expect(a.dueDate).toBe('2026-04-01');
});
