import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  ACTOR,
  CREDIT_CODE,
  ID_CHILD,
  ID_ELDER,
  ID_MAN,
  ID_WOMAN,
  openCaseKit,
  registerCase,
  type CaseKit,
} from './caseKit.ts';
import {
  caseCheckIntakeInput,
  caseCreateInput,
  NO_APPLICANT_MESSAGE,
} from '../../../src/shared/schemas/dispute.ts';
import { AppError } from '../../../src/shared/errors.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

/** Rows without an applicant get a named one first (a case needs one), so theirs start at `parties.1`. */
async function createError(parties: ({ role: string } & Record<string, unknown>)[]): Promise<AppError> {
  const withApplicant = parties.some((p) => p.role === 'applicant')
    ? parties
    : [{ role: 'applicant', name: '张建国' }, ...parties];
  const error = await kit.s.cases
    .create(caseCreateInput.parse({ title: '测试纠纷', summary: '测试', parties: withApplicant }), ACTOR)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('INVALID_INPUT');
  return error as AppError;
}

const fields = (error: AppError) => (error.details?.['fields'] ?? {}) as Record<string, string>;

test.each([
  ['check digit', '320113198001010012', /校验位不符/],
  ['impossible birth date', '320113198002300014', /不是真实存在的日期/],
  ['wrong length', '32011319800101001', /应为18位/],
  ['bad province', '990113198001010015', /省级行政区划代码/],
])('an ID number with a wrong %s is refused at the service', async (_name, idNumber, message) => {
  const error = await createError([{ role: 'applicant', name: '张三', idNumber }]);
  expect(fields(error)['parties.0.idNumber']).toMatch(message);
});

test('a valid ID is normalised (lower-case x, full-width digits) and fills sex and birth date', async () => {
  const c = await registerCase(kit, {
    parties: [
      { role: 'applicant', name: '小明', idNumber: ID_CHILD.toLowerCase() },
      { role: 'respondent', name: '老张', idNumber: '３２０１１３１９５５０３２０００３４' },
    ],
  });
  expect(c.parties[0]).toMatchObject({
    idNumber: ID_CHILD,
    sex: '女',
    birthDate: '2015-06-01',
    idType: 'resident_id',
  });
  expect(c.parties[0]!.flags).toEqual(expect.arrayContaining(['minor', 'under_14']));
  expect(c.parties[1]).toMatchObject({ idNumber: ID_ELDER, birthDate: '1955-03-20' });
  expect(c.parties[1]!.flags).toContain('elderly');
});

test('a legacy 15-digit ID is converted to 18 digits with a warning', async () => {
  const check = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({ parties: [{ name: '老李', idNumber: '320113800101001' }] }),
  );
  expect(check.errors).toEqual({});
  expect(check.warnings[0]!.message).toMatch(/已将15位旧身份证号码换算为18位/);
});

test('sex and age that disagree with the ID are warnings, not errors', async () => {
  const check = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({ parties: [{ name: '王芳', idNumber: ID_WOMAN, sex: '男', age: 37 }] }),
  );
  expect(check.errors).toEqual({});
  expect(check.derived[0]).toEqual({ sex: '女', birthDate: '1990-05-15', age: 35 });
  expect(check.warnings.map((w) => w.path)).toEqual(['parties.0.sex', 'parties.0.age']);
  expect(check.warnings[0]!.message).toMatch(/身份证号码显示为“女”/);
  // And they do not block saving.
  const c = await registerCase(kit, {
    parties: [{ role: 'applicant', name: '王芳', idNumber: ID_WOMAN, sex: '男' }],
  });
  expect(c.parties[0]!.sex).toBe('男');
});

test('统一社会信用代码 is checked for organisations; a legacy 15-digit number passes with a warning', async () => {
  const bad = await createError([
    { role: 'respondent', kind: 'legal', name: '某物业公司', idNumber: '91320113MA1N2B3C4U' },
  ]);
  expect(fields(bad)['parties.1.idNumber']).toMatch(/校验位不符/);
  const charset = await createError([
    { role: 'respondent', kind: 'legal', name: '某物业公司', idNumber: '91320113MA1N2B3C4O' },
  ]);
  expect(fields(charset)['parties.1.idNumber']).toMatch(/不应出现“O”/);
  const c = await registerCase(kit, {
    parties: [
      { role: 'applicant', name: '张建国' },
      {
        role: 'respondent',
        kind: 'legal',
        name: '某物业公司',
        idNumber: CREDIT_CODE.toLowerCase(),
        representativeName: '赵经理',
        representativeTitle: '总经理',
      },
    ],
  });
  expect(c.parties[1]).toMatchObject({
    idType: 'credit_code',
    idNumber: CREDIT_CODE,
    representativeName: '赵经理',
  });
  const legacy = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({ parties: [{ name: '老厂', kind: 'legal', idNumber: '320113000123456' }] }),
  );
  expect(legacy.errors).toEqual({});
  expect(legacy.warnings[0]!.message).toMatch(/旧版15位工商注册号/);
});

test('phones are normalised; a Nanjing landline without area code gets 025 with a warning; bad numbers are refused', async () => {
  const c = await registerCase(kit, {
    parties: [
      {
        role: 'applicant',
        name: '张建国',
        contacts: [
          { value: '+86 138-1234-5678' },
          { value: '84561234' },
          { kind: 'other', value: '微信 zhang_jg' },
        ],
      },
    ],
  });
  expect(c.parties[0]!.contacts).toEqual([
    { kind: 'mobile', value: '13812345678' },
    { kind: 'landline', value: '025-84561234' },
    { kind: 'other', value: '微信 zhang_jg' },
  ]);
  const check = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({ parties: [{ name: '张建国', contacts: [{ value: '84561234' }] }] }),
  );
  expect(check.warnings[0]!.message).toMatch(/已按 025 登记为 025-84561234/);
  const error = await createError([{ role: 'applicant', name: '张三', contacts: [{ value: '1381234567' }] }]);
  expect(fields(error)['parties.0.contacts.0.value']).toMatch(/手机号码应为11位数字/);
});

test('an agent must name a principal who is not an agent', async () => {
  const error = await createError([{ role: 'entrusted_agent', name: '周律师' }]);
  expect(fields(error)['parties.1.principalIndex']).toMatch(/所代理的当事人/);
});

test('repeat detection: same ID number, or same name and phone, in another case is returned with links', async () => {
  const earlier = await registerCase(kit);
  const check = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({
      parties: [
        { name: '张建国', idNumber: ID_MAN },
        { name: '李卫东', contacts: [{ value: '139 8765 4321' }] },
        { name: '李卫东', contacts: [{ value: '13700000000' }] },
        { name: '陌生人', idNumber: ID_WOMAN },
      ],
    }),
  );
  expect(check.duplicates.map((d) => [d.partyIndex, d.matchedBy])).toEqual([
    [0, 'id_number'],
    [1, 'name_phone'],
  ]);
  expect(check.duplicates[0]!.cases[0]).toMatchObject({
    caseId: earlier.id,
    title: earlier.title,
    role: '申请人',
    status: 'registered',
  });
  expect(check.duplicates[0]!.message).toMatch(/重复纠纷或重复来访/);
  // Editing the earlier case itself does not flag it against itself.
  const self = await kit.s.cases.checkIntake(
    caseCheckIntakeInput.parse({
      parties: [{ name: '张建国', idNumber: ID_MAN }],
      excludeCaseId: earlier.id,
    }),
  );
  expect(self.duplicates).toEqual([]);
});

test('intake fields: sub-type must belong to the type; 10+ persons makes a group dispute; external refs are kept', async () => {
  const subtypes = await kit.s.cases.subtypes('neighbourhood');
  const leak = subtypes.find((s) => s.name === '漏水')!;
  const wrong = (await kit.s.cases.subtypes('labour'))[0]!;
  await expect(registerCase(kit, { disputeSubtypeId: wrong.id })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
  });
  const c = await registerCase(kit, {
    disputeSubtypeId: leak.id,
    personsInvolved: 12,
    source: 'hotline_transfer',
    externalRefs: [{ kind: 'hotline_ticket', value: 'GD20260302001' }],
    riskLevel: 'orange',
    riskFactors: ['group'],
    requests: ['赔偿损失', '修复防水'],
  });
  expect(c).toMatchObject({
    isGroup: true,
    disputeSubtype: { name: '漏水' },
    riskLevel: 'orange',
    requests: ['赔偿损失', '修复防水'],
  });
  expect(c.externalRefs).toEqual([{ kind: 'hotline_ticket', value: 'GD20260302001' }]);
});

test('the case list filters by status, type, risk, place, mediator and search text', async () => {
  await registerCase(kit);
  await registerCase(kit, {
    title: '王某与某公司劳动争议',
    disputeType: 'labour',
    riskLevel: 'red',
    place: { street: '马群街道' },
    parties: [{ role: 'applicant', name: '王某' }],
  });
  const list = (input: Record<string, unknown>) =>
    kit.s.cases.list({ page: 1, pageSize: 20, sort: 'registeredAt', direction: 'desc', ...input });
  expect((await list({})).total).toBe(2);
  expect((await list({ disputeType: 'labour' })).rows.map((r) => r.title)).toEqual(['王某与某公司劳动争议']);
  expect((await list({ riskLevel: 'red' })).total).toBe(1);
  expect((await list({ street: '尧化街道' })).rows[0]!.partyNames).toBe('张建国、李卫东');
  expect((await list({ search: '卫东' })).total).toBe(1);
  expect((await list({ statuses: ['accepted'] })).total).toBe(0);
  expect((await list({ search: '100%' })).total).toBe(0);
});

test('a case needs at least one 申请人 with a name: the shared schema (and so case.create) refuses it', () => {
  for (const parties of [[], [{ role: 'respondent', name: '李卫东' }]]) {
    const parsed = caseCreateInput.safeParse({ title: '测试纠纷', summary: '测试', parties });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(NO_APPLICANT_MESSAGE);
  }
  expect(
    caseCreateInput.safeParse({
      title: '测试纠纷',
      summary: '测试',
      parties: [{ role: 'applicant', name: '张建国' }],
    }).success,
  ).toBe(true);
});
