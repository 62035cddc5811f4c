import { afterEach, beforeEach, expect, test } from 'vitest';
import { sql } from 'kysely';
import { ACTOR, ID_MAN, ID_WOMAN, openCaseKit, registerCase, type CaseKit } from '../cases/caseKit.ts';
import { createSearchService } from '../../../src/main/services/searchService.ts';
import { caseSearchInput } from '../../../src/shared/schemas/search.ts';
import { caseUpdateInput } from '../../../src/shared/schemas/dispute.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import { agreementRecordInput, sessionRecordInput } from '../../../src/shared/schemas/handling.ts';
import type { SessionUser } from '../../../src/shared/types/account.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import type { CaseScope } from '../../../src/main/db/queries/caseAccess.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const CLERK: SessionUser = {
  id: 'u',
  rowId: 1,
  username: 'clerk',
  displayName: '受理员',
  role: 'intake',
  mustChangePassword: false,
  mediatorRowId: null,
  mediatorId: null,
  seesAllCases: true,
};
const STATISTICIAN: SessionUser = { ...CLERK, role: 'statistician' };

async function search(q: string, user: SessionUser = CLERK, scope: CaseScope | null = null) {
  return createSearchService(kit.deps).search(caseSearchInput.parse({ q }), user, scope);
}
const titles = async (q: string, user?: SessionUser) =>
  (await search(q, user)).hits.map((h) => h.case.title).sort();

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

/** Three cases: a neighbour leak (张建国/李卫东), a property-fee dispute (王小明), a wage claim with FTS-looking text. */
async function seed() {
  const leak = await registerCase(kit, {
    externalRefs: [{ kind: 'hotline_ticket', value: 'GD2026-000123' }],
  });
  const fee = await registerCase(kit, {
    title: '王小明物业纠纷',
    summary: '业主拖欠物业费两年，物业公司要求补缴。',
    disputeType: 'property_management',
    parties: [
      { role: 'applicant', name: '南京宁馨物业管理有限公司', kind: 'legal', representativeName: '赵经理' },
      { role: 'respondent', name: '王小明', idNumber: ID_WOMAN, contacts: [{ value: '13900001111' }] },
    ],
  });
  const wage = await registerCase(kit, {
    title: '欠薪纠纷 "AND" NEAR(x) a-b*',
    summary: '工人讨要工资 OR 加班费，老板称 "已付清"。',
    disputeType: 'labour',
    parties: [{ role: 'applicant', name: '周一' }],
  });
  return { leak, fee, wage };
}

test('3+ character terms match substrings anywhere in the case, with a highlighted snippet', async () => {
  await seed();
  const result = await search('天花板');
  expect(result.hits.map((h) => h.case.title)).toEqual(['张建国与李卫东邻里纠纷']);
  expect(result.order).toBe('relevance');
  const hit = result.hits[0]!;
  expect(hit.field).toBe('summary');
  expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['天花板']);
  expect(hit.snippet.map((p) => p.text).join('')).toContain('楼下天花板受损');
  expect(await titles('王小明物业')).toEqual(['王小明物业纠纷']);
  expect(await titles('物业费')).toEqual(['王小明物业纠纷']);
  expect(await titles('不存在的词')).toEqual([]);
});

test('2-character and 1-character terms match through the bigram index', async () => {
  await seed();
  expect(await titles('漏水')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('建国')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('纠纷')).toHaveLength(3);
  expect(await titles('张')).toEqual(['张建国与李卫东邻里纠纷']);
  // The last character of a name (end of a run) is indexed too.
  expect(await titles('一')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('馨')).toEqual(['王小明物业纠纷']);
  expect(await titles('经理')).toEqual(['王小明物业纠纷']);
  expect(await titles('薪')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('鹏')).toEqual([]);
  const short = await search('漏水');
  expect(short.order).toBe('newest');
  expect(short.hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['漏水']);
});

test('mixed terms must all match (short and long together)', async () => {
  await seed();
  expect(await titles('张建国 漏水')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('漏水 李')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('张建国 物业')).toEqual([]);
  expect(await titles('纠纷 王')).toEqual(['王小明物业纠纷']);
  expect(await titles('物业费 两年 王')).toEqual(['王小明物业纠纷']);
});

test('case numbers and external references', async () => {
  const { leak, fee } = await seed();
  await kit.s.triage.accept(
    { ...ref(leak), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  await kit.s.triage.accept(
    { ...ref(fee), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const full = await search('（2026）栖尧人调字第2号');
  expect(full.hits.map((h) => h.case.title)).toEqual(['王小明物业纠纷']);
  expect(full.hits[0]!.field).toBe('case_no');
  expect(await titles('第1号')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('人调字')).toHaveLength(2);
  expect(await titles('GD2026-000123')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('gd2026')).toEqual(['张建国与李卫东邻里纠纷']);
});

test('ID numbers and phones match exactly, never by substring, and only for roles that see personal data', async () => {
  await seed();
  const byId = await search(ID_MAN);
  expect(byId.hits.map((h) => h.case.title)).toEqual(['张建国与李卫东邻里纠纷']);
  expect(byId.hits[0]!.field).toBe('identifier');
  // The number is shown masked, as everywhere the API returns one.
  expect(byId.hits[0]!.snippet.map((p) => p.text).join('')).toBe('张建国 320113********0015');
  expect(byId.hits[0]!.snippet.find((p) => p.hit)?.text).toBe('320113********0015');
  expect(await titles(ID_WOMAN.toLowerCase())).toEqual(['王小明物业纠纷']);
  expect(await titles('13900001111')).toEqual(['王小明物业纠纷']);
  expect(await titles('13987654321 李卫东')).toEqual(['张建国与李卫东邻里纠纷']);
  // Parts of an ID number or phone find nothing: they are not in the text indexes.
  expect(await titles(ID_MAN.slice(0, 14))).toEqual([]);
  expect(await titles('1234567')).toEqual([]);
  expect(await titles('5678')).toEqual([]);
  // 统计员 sees no personal data, so cannot probe for an ID number either.
  expect(await titles(ID_MAN, STATISTICIAN)).toEqual([]);
});

test('FTS syntax and special characters are literal text and never break the query', async () => {
  await seed();
  const nasty = [
    '"',
    '""',
    '*',
    '-',
    '-漏水',
    'a-b*',
    'NEAR(x)',
    'NEAR',
    'AND',
    'OR',
    'NOT',
    '(',
    ')',
    '^',
    ':',
    'names:张',
    '{',
    '\\',
    "'",
    '%',
    '_',
    '漏水"',
    '"漏',
    'x OR y',
    '"AND"',
    '*漏*',
    '漏 AND 水',
    '张建国" OR "王',
    // Broken text (control characters are checked separately below).
    '😀😀😀',
    'x'.repeat(200),
    'NEAR/3',
  ];
  for (const q of nasty) {
    const result = await search(q);
    expect(Array.isArray(result.hits), q).toBe(true);
  }
  // The API refuses control characters and lone surrogates (shared text rule); the service still
  // survives them when called directly.
  for (const q of ['\u0000', '漏\u0000水', '\ud800']) {
    expect(caseSearchInput.safeParse({ q }).success, q).toBe(false);
    const result = await createSearchService(kit.deps).search({ q, page: 1, pageSize: 20 }, CLERK, null);
    expect(Array.isArray(result.hits), q).toBe(true);
  }
  // Typed syntax is matched as the literal characters stored in the case.
  expect(await titles('a-b*')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('NEAR(x)')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('AND')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('"已付清"')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  expect(await titles('OR 加班费')).toEqual(['欠薪纠纷 "AND" NEAR(x) a-b*']);
  // Surrounding quotes are dropped, so a quoted term finds what the bare term finds.
  expect(await titles('"漏水"')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('“天花板”')).toEqual(['张建国与李卫东邻里纠纷']);
  // Only punctuation: nothing to search for.
  expect((await search('* - "')).hits).toEqual([]);
  expect((await search('')).hits).toEqual([]);
  const direct = await createSearchService(kit.deps).search(
    { q: '漏\u0000水', page: 1, pageSize: 20 },
    CLERK,
    null,
  );
  expect(direct.hits.map((h) => h.case.title)).toEqual(['张建国与李卫东邻里纠纷']);
});

test('agreement clauses and session minutes are searchable and the index follows edits', async () => {
  const { leak } = await seed();
  const accepted = await kit.s.triage.accept(
    { ...ref(leak), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time', specialties: [] }),
  );
  const assigned = await kit.s.mediators.assign(
    { ...ref(accepted), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  const held = await kit.s.sessions.record(
    sessionRecordInput.parse({
      ...ref(assigned),
      kind: 'mediation',
      startAt: '2026-03-02T09:00',
      endAt: '2026-03-02T10:30',
      place: '尧化街道人民调解室',
      mediatorIds: [m.id],
      recorder: '刘记录',
      partyIdsPresent: assigned.parties.map((p) => p.id),
      rightsNoticeGivenAtStart: true,
      transcript: '申请人称卫生间长期渗漏，被申请人同意请师傅上门查看。',
      result: '达成协议',
    }),
    ACTOR,
  );
  const [applicant, respondent] = held.parties;
  const agreed = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(held),
      form: 'written',
      concludedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      obligations: [
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: '修复卫生间防水层',
          dueDate: '2026-03-20',
        },
      ],
      otherClauses: ['双方今后和睦相处'],
    }),
    ACTOR,
  );
  const minutes = await search('师傅上门');
  expect(minutes.hits.map((h) => [h.case.title, h.field])).toEqual([['张建国与李卫东邻里纠纷', 'minutes']]);
  expect((await search('防水层')).hits.map((h) => h.field)).toEqual(['agreement']);
  expect((await search('和睦相处')).hits.map((h) => h.field)).toEqual(['agreement']);
  expect(await titles('渗漏')).toEqual(['张建国与李卫东邻里纠纷']);

  // Editing the summary replaces the old text in both indexes.
  await kit.s.cases.update(
    caseUpdateInput.parse({ ...ref(agreed), fields: { summary: '楼上装修噪音扰民。' } }),
    ACTOR,
  );
  expect(await titles('天花板')).toEqual([]);
  expect(await titles('噪音')).toEqual(['张建国与李卫东邻里纠纷']);
  expect(await titles('装修噪音')).toEqual(['张建国与李卫东邻里纠纷']);
});

test('results respect the data scope of the case list', async () => {
  const { leak } = await seed();
  const ownRow = await kit.deps.db
    .selectFrom('dispute_case')
    .select('id')
    .where('uuid', '=', leak.id)
    .executeTakeFirstOrThrow();
  await sql`UPDATE dispute_case SET registered_by_user_id = NULL`.execute(kit.deps.db);
  await sql`INSERT INTO user_account (uuid, username, display_name, role, password_hash, created_at, updated_at) VALUES ('x', 'm1', '调解员', 'mediator', 'x', '', '')`.execute(
    kit.deps.db,
  );
  await sql`UPDATE dispute_case SET registered_by_user_id = 1 WHERE id = ${ownRow.id}`.execute(kit.deps.db);
  const mediator: SessionUser = { ...CLERK, role: 'mediator', seesAllCases: false };
  const scoped = (q: string) => search(q, mediator, { userRowId: 1, mediatorRowId: null });
  expect((await scoped('纠纷')).hits.map((h) => h.case.title)).toEqual(['张建国与李卫东邻里纠纷']);
  expect((await scoped('纠纷')).total).toBe(1);
  expect((await scoped('物业费')).hits).toEqual([]);
  expect((await scoped(ID_WOMAN)).hits).toEqual([]);
  expect((await scoped(ID_MAN)).hits).toHaveLength(1);
});

test('paging: counts are exact below the cap, pages do not overlap', async () => {
  for (let i = 0; i < 7; i += 1) await registerCase(kit, { title: `第${i}件漏水纠纷` });
  const first = await createSearchService(kit.deps).search(
    caseSearchInput.parse({ q: '漏水', pageSize: 5 }),
    CLERK,
    null,
  );
  const second = await createSearchService(kit.deps).search(
    caseSearchInput.parse({ q: '漏水', pageSize: 5, page: 2 }),
    CLERK,
    null,
  );
  expect(first.total).toBe(7);
  expect(first.totalCapped).toBe(false);
  expect(first.hits).toHaveLength(5);
  expect(second.hits).toHaveLength(2);
  const ids = new Set([...first.hits, ...second.hits].map((h) => h.case.id));
  expect(ids.size).toBe(7);
});

test('roles that do not handle cases find them, but get no snippet from free text', async () => {
  await seed();
  const result = await search('天花板', STATISTICIAN);
  expect(result.hits.map((h) => h.case.title)).toEqual(['张建国与李卫东邻里纠纷']);
  expect(result.hits[0]!.snippet).toEqual([]);
  const byName = await search('王小明', STATISTICIAN);
  expect(byName.hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['王小明']);
});
