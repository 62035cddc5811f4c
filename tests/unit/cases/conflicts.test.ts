import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, ID_MAN, ID_OTHER, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { type AppError } from '../../../src/shared/errors.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

async function accepted(overrides: Parameters<typeof registerCase>[1] = {}) {
  const c = await registerCase(kit, overrides);
  return kit.s.triage.accept(
    { ...ref(c), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
}

const newMediator = (fields: Record<string, unknown>) =>
  kit.s.mediators.create(mediatorCreateInput.parse({ employment: 'part_time', ...fields }));

test('the mediator is a party here (same ID number)', async () => {
  const c = await accepted();
  const m = await newMediator({ name: '张建国', idNumber: ID_MAN });
  const found = await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: m.id });
  expect(found.map((f) => f.kind)).toEqual(['is_party']);
  expect(found[0]!.message).toBe('调解员张建国本人是本案的申请人（张建国）。');
});

test('the mediator shares a phone with a party', async () => {
  const c = await accepted();
  const m = await newMediator({ name: '赵六', phone: '139-8765-4321' });
  const found = await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: m.id });
  expect(found.map((f) => [f.kind, f.partyId])).toEqual([['shares_contact', c.parties[1]!.id]]);
});

test('the mediator was a party in an earlier case together with one of these parties', async () => {
  // Earlier case: 孙七 (phone 13600000000) against 张建国 (ID_MAN).
  await registerCase(kit, {
    title: '孙七与张建国借款纠纷',
    parties: [
      { role: 'applicant', name: '孙七', contacts: [{ value: '13600000000' }] },
      { role: 'respondent', name: '张建国', idNumber: ID_MAN },
    ],
  });
  const c = await accepted();
  const m = await newMediator({ name: '孙七', phone: '13600000000' });
  const found = await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: m.id });
  expect(found.map((f) => f.kind)).toEqual(['earlier_case']);
  expect(found[0]!.message).toMatch(/曾与申请人张建国同为案件“孙七与张建国借款纠纷”的当事人/);
});

test('a declared relation, and no conflict for an unrelated mediator', async () => {
  const c = await accepted();
  const related = await newMediator({
    name: '钱八',
    relations: [{ personName: '李卫东', relation: '表兄弟' }],
  });
  expect(
    (await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: related.id })).map((f) => f.message),
  ).toEqual(['调解员钱八申报与被申请人李卫东为表兄弟关系。']);
  const clean = await newMediator({ name: '周九', idNumber: ID_OTHER, phone: '13500000000' });
  expect(await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: clean.id })).toEqual([]);
});

test('a conflict blocks assignment unless a written reason is given, which is recorded', async () => {
  const c = await accepted();
  const m = await newMediator({ name: '钱八', relations: [{ personName: '李卫东', relation: '表兄弟' }] });
  const input = {
    ...ref(c),
    mediatorId: m.id,
    role: 'lead' as const,
    mode: 'designated' as const,
    overrideReason: null,
  };
  const error = await kit.s.mediators.assign(input, ACTOR).then(
    () => null,
    (e: unknown) => e as AppError,
  );
  expect(error?.code).toBe('INVALID_INPUT');
  expect(error?.message).toMatch(
    /发现利益冲突：调解员钱八申报与被申请人李卫东为表兄弟关系。如确需指派，请填写书面理由/,
  );
  expect((error?.details?.['fields'] as Record<string, string>)['overrideReason']).toBeDefined();
  const assigned = await kit.s.mediators.assign(
    { ...input, overrideReason: '双方当事人书面同意由钱八主持' },
    ACTOR,
  );
  expect(assigned.assignments[0]).toMatchObject({
    overrideReason: '双方当事人书面同意由钱八主持',
    conflicts: [{ kind: 'declared_relation' }],
  });
  const timeline = await kit.s.cases.timeline(c.id);
  expect(timeline.at(-1)!.summary).toMatch(/存在利益冲突，理由：双方当事人书面同意由钱八主持/);
});

test('recusal on a party request: recorded, replacement assigned, the recused mediator flagged if re-assigned', async () => {
  const c = await accepted();
  const first = await newMediator({ name: '陈一' });
  const second = await newMediator({ name: '陈二' });
  const assigned = await kit.s.mediators.assign(
    { ...ref(c), mediatorId: first.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  const recused = await kit.s.mediators.recuse(
    {
      ...ref(assigned),
      mediatorId: first.id,
      requestedByPartyId: c.parties[1]!.id,
      reason: '被申请人认为调解员与申请人熟识',
      replacementMediatorId: second.id,
      overrideReason: null,
    },
    ACTOR,
  );
  expect(recused.assignments.map((a) => [a.mediatorName, a.role, a.endReason])).toEqual([
    ['陈一', 'lead', 'recusal'],
    ['陈二', 'lead', null],
  ]);
  expect(recused.assignments[0]!.requestedByPartyId).toBe(c.parties[1]!.id);
  const again = await kit.s.mediators.conflicts({ caseId: c.id, mediatorId: first.id });
  expect(again.map((f) => f.kind)).toEqual(['recused']);
  const timeline = await kit.s.cases.timeline(c.id);
  expect(timeline.at(-1)!.summary).toBe(
    '应李卫东申请，调解员陈一回避：被申请人认为调解员与申请人熟识；指派陈二为主持调解员',
  );
});

test('suggestions rank by specialty, same community or street and open caseload, and say why', async () => {
  const c = await accepted();
  const busy = await newMediator({ name: '甲', specialties: ['neighbourhood'], community: '尧化门社区' });
  await newMediator({ name: '乙', specialties: ['labour'], street: '尧化街道' });
  await newMediator({ name: '丙', specialties: ['neighbourhood'], street: '尧化街道' });
  await newMediator({
    name: '丁',
    relations: [{ personName: '张建国', relation: '同事' }],
    specialties: ['neighbourhood'],
    community: '尧化门社区',
  });
  // 甲 already has one open case: the nearer community still outweighs it (a second would tie with 丙).
  for (let i = 0; i < 1; i++) {
    const other = await accepted({
      title: `其他案件${i}`,
      parties: [{ role: 'applicant', name: `路人${i}` }],
    });
    await kit.s.mediators.assign(
      { ...ref(other), mediatorId: busy.id, role: 'lead', mode: 'designated', overrideReason: null },
      ACTOR,
    );
  }
  const ranked = await kit.s.mediators.suggest({ caseId: c.id, limit: 10 });
  expect(ranked.map((s) => s.mediator.name)).toEqual(['甲', '丙', '乙', '丁']);
  expect(ranked[0]!.reasons).toEqual(['擅长邻里纠纷', '同在尧化门社区', '在办案件 1 件']);
  expect(ranked[1]!.reasons).toEqual(['擅长邻里纠纷', '同在尧化街道', '在办案件 0 件']);
  expect(ranked[3]!.conflicts.map((f) => f.kind)).toEqual(['declared_relation']);
  expect(ranked[3]!.reasons).toContain('存在利益冲突');
});

test('a refused ID number on a mediator profile is an input error', async () => {
  await expect(newMediator({ name: '错号', idNumber: '320113198001010012' })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
  });
});
