import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, openCaseKit, registerCase, type CaseKit } from '../cases/caseKit.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import { agreementRecordInput, sessionRecordInput } from '../../../src/shared/schemas/handling.ts';
import { caseTerminateInput } from '../../../src/shared/schemas/triage.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import {
  characterPairs,
  createSimilarCaseService,
  pairSimilarity,
  similarityTo,
} from '../../../src/main/services/laws/similarCaseService.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

async function subtypeId(name: string): Promise<number> {
  const row = await kit.opened.db
    .selectFrom('dispute_subtype')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function mediatorOf(name: string) {
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name, employment: 'full_time', specialties: [] }),
  );
  const row = await kit.opened.db
    .selectFrom('mediator')
    .select('id')
    .where('uuid', '=', m.id)
    .executeTakeFirstOrThrow();
  return { id: m.id, rowId: row.id };
}

interface Spec {
  readonly title: string;
  readonly summary: string;
  readonly subtype: string | null;
  readonly disputeType?: 'neighbourhood' | 'labour';
  readonly mediatorId: string;
  /** An agreement paying this many 分 (0: an agreement without money), or null: mediation failed. */
  readonly amountFen: number | null;
  readonly clause?: string;
  readonly applicant?: string;
}

/** A case taken through 受理, 指派, 告知 and one session to an agreement (or to 终止调解). */
async function finished(spec: Spec): Promise<CaseDetail> {
  const registered = await registerCase(kit, {
    title: spec.title,
    summary: spec.summary,
    disputeType: spec.disputeType ?? 'neighbourhood',
    disputeSubtypeId: spec.subtype ? await subtypeId(spec.subtype) : null,
    parties: [
      { role: 'applicant', name: spec.applicant ?? '张建国' },
      { role: 'respondent', name: '李卫东' },
    ],
  });
  const accepted = await kit.s.triage.accept(
    { ...ref(registered), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const assigned = await kit.s.mediators.assign(
    { ...ref(accepted), mediatorId: spec.mediatorId, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  if (spec.amountFen === null) {
    return kit.s.triage.terminate(
      caseTerminateInput.parse({
        ...ref(assigned),
        terminatedOn: '2026-03-02',
        reasonCode: 'mediation_failed',
        channels: ['litigation'],
      }),
      ACTOR,
    );
  }
  const notified = await kit.s.parties.recordRightsNotice(
    {
      ...ref(assigned),
      partyIds: assigned.parties.map((p) => p.id),
      givenOn: '2026-03-02',
      form: 'written',
      givenBy: '陈调解',
      note: null,
    },
    ACTOR,
  );
  const mediated = await kit.s.sessions.record(
    sessionRecordInput.parse({
      ...ref(notified),
      kind: 'mediation',
      startAt: '2026-03-02T09:00',
      endAt: '2026-03-02T10:00',
      place: '调解室',
      mediatorIds: [spec.mediatorId],
      recorder: '刘记录',
      partyIdsPresent: notified.parties.map((p) => p.id),
      transcript: '双方陈述。',
      result: '达成协议',
    }),
    ACTOR,
  );
  const [applicant, respondent] = mediated.parties;
  return kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(mediated),
      form: 'written',
      concludedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      obligations: [
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: spec.clause ?? `李卫东向${spec.applicant ?? '张建国'}支付损失赔偿款`,
          ...(spec.amountFen > 0 ? { amountFen: spec.amountFen } : {}),
          dueDate: '2026-03-10',
        },
      ],
    }),
    ACTOR,
  );
}

test('character pairs: the same wording scores 1, unrelated wording 0, punctuation and digits ignored', () => {
  const a = characterPairs('楼上卫生间漏水，楼下天花板受损');
  expect(pairSimilarity(a, characterPairs('楼上卫生间漏水，楼下天花板受损。'))).toBe(1);
  expect(pairSimilarity(a, characterPairs('工人讨要工资'))).toBe(0);
  expect(pairSimilarity(a, characterPairs('卫生间漏水'))).toBeGreaterThan(
    pairSimilarity(a, characterPairs('天气很好')),
  );
  expect(characterPairs('12 345，。')).toEqual(new Set());
  // The fast form used over the candidate pool agrees when the text repeats no pair.
  for (const text of ['楼上卫生间漏水，楼下天花板受损。', '卫生间漏水', '工人讨要工资', '天气很好']) {
    expect(similarityTo(a, text)).toBeCloseTo(pairSimilarity(a, characterPairs(text)), 10);
  }
  expect(similarityTo(a, '')).toBe(0);
});

test('a 漏水 case finds 漏水 precedents before other 邻里 cases, with outcome, clauses, amount and duration', async () => {
  const chen = await mediatorOf('陈调解');
  const leak1 = await finished({
    title: '楼上卫生间漏水',
    summary: '卫生间防水层老化漏水，楼下吊顶受损。',
    subtype: '漏水',
    mediatorId: chen.id,
    amountFen: 320_000,
  });
  const leak2 = await finished({
    title: '厨房水管漏水',
    summary: '水管破裂漏水，楼下墙面受损。',
    subtype: '漏水',
    mediatorId: chen.id,
    amountFen: 500_000,
    clause: '李卫东负责修复水管并赔偿损失',
  });
  const leakFailed = await finished({
    title: '阳台漏水',
    summary: '阳台漏水，双方对责任分歧大。',
    subtype: '漏水',
    mediatorId: chen.id,
    amountFen: null,
  });
  // Same type, different sub-type, but wording that shares 漏水: still after every 漏水 case.
  const noise = await finished({
    title: '装修噪音及漏水担忧',
    summary: '楼上装修噪音扰民，担心漏水。',
    subtype: '噪音',
    mediatorId: chen.id,
    amountFen: 0,
  });
  // Another type entirely, and an open case of the right sub-type: never precedents.
  await finished({
    title: '欠薪',
    summary: '工地欠薪',
    subtype: null,
    disputeType: 'labour',
    mediatorId: chen.id,
    amountFen: 100_000,
  });
  const open = await registerCase(kit, {
    title: '漏水未结',
    summary: '漏水',
    disputeSubtypeId: await subtypeId('漏水'),
  });
  const current = await registerCase(kit, {
    title: '卫生间漏水致楼下吊顶受损',
    summary: '楼上卫生间漏水，楼下吊顶受损，要求赔偿。',
    disputeSubtypeId: await subtypeId('漏水'),
  });

  const result = await createSimilarCaseService(kit.deps).similar(current.id, 20, null);
  const ids = result.items.map((i) => i.caseId);
  expect(ids).not.toContain(open.id);
  expect(ids).not.toContain(current.id);
  expect(ids.slice(0, 3)).toEqual(expect.arrayContaining([leak1.id, leak2.id, leakFailed.id]));
  expect(ids[0]).toBe(leak1.id); // the closest wording among the 漏水 cases
  expect(ids[3]).toBe(noise.id);
  expect(ids).toHaveLength(4);
  expect(result.items[0]).toMatchObject({
    caseNo: leak1.caseNo,
    inScope: true,
    sameSubtype: true,
    outcome: 'success',
    amountFen: 320_000,
    durationDays: 0,
    performance: 'not_yet',
    clauses: ['李卫东向张建国支付损失赔偿款'],
  });
  expect(result.items.find((i) => i.caseId === leakFailed.id)).toMatchObject({
    outcome: 'failed',
    amountFen: null,
    clauses: [],
  });
  // 近三年同类 (漏水) 3 件：成功 2 件，协议金额中位数 (3,200 + 5,000) / 2 = 4,100 元.
  expect(result.summary).toEqual({
    kind: '漏水',
    years: 3,
    count: 3,
    success: 2,
    medianAmountFen: 410_000,
    averageDays: 0,
  });
});

test('a scoped 调解员 sees another mediator’s precedents only as outcomes, without clause text or wording scores', async () => {
  const chen = await mediatorOf('陈调解');
  const wang = await mediatorOf('王调解');
  const own = await finished({
    title: '楼上漏水',
    summary: '漏水',
    subtype: '漏水',
    mediatorId: chen.id,
    amountFen: 100_000,
    applicant: '赵大',
  });
  const others = await finished({
    title: '钱二家漏水',
    summary: '漏水',
    subtype: '漏水',
    mediatorId: wang.id,
    amountFen: 200_000,
    applicant: '钱二',
    clause: '李卫东于三日内向钱二支付赔偿款，钱二不再追究',
  });
  const current = await registerCase(kit, {
    title: '漏水',
    summary: '漏水',
    disputeSubtypeId: await subtypeId('漏水'),
  });
  const scope = { userRowId: 9999, mediatorRowId: chen.rowId };
  const result = await createSimilarCaseService(kit.deps).similar(current.id, 20, scope);
  expect(result.summary.count).toBe(2);
  const mine = result.items.find((i) => i.inScope)!;
  expect(mine).toMatchObject({ caseId: own.id, caseNo: own.caseNo, title: '楼上漏水' });
  const theirs = result.items.find((i) => !i.inScope)!;
  expect(theirs).toMatchObject({
    caseId: null,
    caseNo: null,
    title: null,
    amountFen: 200_000,
    outcome: 'success',
  });
  // No clause text and no wording score: free text cannot be anonymised reliably, and a score would
  // let a 调解员 test guesses about the other case's parties by retitling their own.
  expect(theirs.clauses).toEqual([]);
  expect(theirs.textSimilarity).toBe(0);
  expect(JSON.stringify(result)).not.toContain(others.id);
  expect(JSON.stringify(result)).not.toContain('钱二');
});
