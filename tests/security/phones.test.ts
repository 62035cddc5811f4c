import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import type { PartyPersonalData } from '../../src/shared/types/party.ts';
import { openSecurityHost, valueOf, type SecurityHost } from './dataHostFixture.ts';

/**
 * Issue 13, item 10, through the host: Beijing landlines written with the country code were refused as
 * 10-digit mobiles and 400 numbers were told to add an area code. Each is now stored normalised.
 */
let s: SecurityHost;
let current: CaseDetail;

beforeAll(async () => {
  s = await openSecurityHost();
  current = valueOf(
    await s.api<CaseDetail>('case.create', {
      title: '买卖合同纠纷',
      summary: '货款未付。',
      parties: [{ role: 'applicant', name: '张三' }],
    }),
  );
});
afterAll(() => s.close());

describe('phones entered at the desk', () => {
  test.each([
    ['+86 10 8888 8888', 'landline', '010-88888888'],
    ['0086 10 88888888', 'landline', '010-88888888'],
    ['+861088888888', 'landline', '010-88888888'],
    ['400-820-8820', 'landline', '400-820-8820'],
    ['8008208820', 'landline', '800-820-8820'],
    ['+86 138 0013 8000', 'mobile', '13800138000'],
  ])('%s is stored as %s %s', async (typed, kind, stored) => {
    current = valueOf(
      await s.api<CaseDetail>('party.add', {
        caseId: current.id,
        expectedVersion: current.version,
        party: {
          role: 'respondent',
          kind: 'legal',
          name: `某商贸公司${stored}`,
          contacts: [{ value: typed }],
        },
      }),
    );
    const party = current.parties.find((p) => p.name === `某商贸公司${stored}`)!;
    const revealed = valueOf(
      await s.api<PartyPersonalData>('party.reveal', { caseId: current.id, partyId: party.id }),
    );
    expect(revealed.contacts).toEqual([expect.objectContaining({ kind, value: stored })]);
  });

  test.each([
    ['400-820-882', '400/800'],
    ['+86 10 8888 88', '7至8位'],
  ])('%s is refused with a reason (%s), nothing written', async (typed, reason) => {
    const before = s.rowCounts();
    const reply = await s.api('party.add', {
      caseId: current.id,
      expectedVersion: current.version,
      party: { role: 'respondent', name: '王五', contacts: [{ value: typed }] },
    });
    expect(reply.body.ok).toBe(false);
    if (reply.body.ok) return;
    expect(reply.body.error.code).toBe('INVALID_INPUT');
    expect(reply.body.error.message).toContain(reason);
    expect(reply.body.error.message).not.toContain('固定电话请加区号');
    expect(s.rowCounts()).toEqual(before);
  });
});
