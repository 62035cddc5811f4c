import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, loginAs, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';

// A real, checksum-valid 居民身份证 number (the GB 11643 sample) and a mobile number.
const ID_NUMBER = '11010519491231002X';
const MOBILE = '13912345678';

let dir: string;
let core: Core;
let admin: string;
let li: string; // 调解员 linked to roster entry 李调解
let wang: string; // 调解员 linked to roster entry 王调解
let leader: string;
let caseOfLi: string;

beforeAll(async () => {
  dir = makeTempDir();
  core = await openTestCore(dir);
  admin = await setUpAsAdmin(core);
  const liMediator = await mustCall(
    core,
    'mediator.create',
    { name: '李调解', employment: 'full_time' },
    admin,
  );
  const wangMediator = await mustCall(
    core,
    'mediator.create',
    { name: '王调解', employment: 'part_time' },
    admin,
  );
  li = await loginAs(core, admin, 'mediator', 'li');
  wang = await loginAs(core, admin, 'mediator', 'wang');
  leader = await loginAs(core, admin, 'leader', 'boss');
  const users = await mustCall(core, 'user.list', {}, admin);
  const idOf = (username: string) => users.find((user) => user.username === username)!.id;
  await mustCall(core, 'user.update', { id: idOf('li'), mediatorId: liMediator.id }, admin);
  await mustCall(core, 'user.update', { id: idOf('wang'), mediatorId: wangMediator.id }, admin);
  // Role or link changes end sessions only for role/active changes; the link applies from the next call.

  const created = await mustCall(
    core,
    'case.create',
    {
      title: '张某与李某邻里漏水纠纷',
      summary: '楼上漏水。',
      parties: [
        {
          role: 'applicant',
          name: '张三',
          idType: 'resident_id',
          idNumber: ID_NUMBER,
          contacts: [{ kind: 'mobile', value: MOBILE }],
          address: '南京市栖霞区尧化街道尧新大道100号3栋502室',
        },
        { role: 'respondent', name: '李四' },
      ],
    },
    admin,
  );
  const accepted = await mustCall(
    core,
    'case.accept',
    {
      caseId: created.id,
      expectedVersion: created.version,
      acceptedOn: '2026-11-22',
      consentMode: 'all_parties_consented',
    },
    admin,
  );
  await mustCall(
    core,
    'case.assign',
    { caseId: created.id, expectedVersion: accepted.version, mediatorId: liMediator.id },
    admin,
  );
  caseOfLi = created.id;
}, 60_000);
afterAll(async () => {
  await core.close();
  removeTempDir(dir);
});

describe('a 调解员 sees only their own cases', () => {
  test('the assigned mediator sees and opens the case', async () => {
    expect((await mustCall(core, 'case.list', {}, li)).rows.map((row) => row.id)).toEqual([caseOfLi]);
    expect((await mustCall(core, 'case.get', { id: caseOfLi }, li)).title).toBe('张某与李某邻里漏水纠纷');
  });

  test('another mediator neither lists nor opens nor edits it', async () => {
    expect((await mustCall(core, 'case.list', {}, wang)).total).toBe(0);
    for (const [method, input] of [
      ['case.get', { id: caseOfLi }],
      ['case.timeline', { caseId: caseOfLi }],
      ['party.reveal', { caseId: caseOfLi, partyId: '7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10' }],
    ] as const) {
      expect(await callApi(core, method, input as never, wang)).toMatchObject({
        ok: false,
        error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('不是您经办的') },
      });
    }
  });

  test('a mediator sees the cases they registered themselves', async () => {
    const own = await mustCall(
      core,
      'case.create',
      { title: '王调解登记的纠纷', summary: '上门反映。', parties: [{ role: 'applicant', name: '赵六' }] },
      wang,
    );
    expect((await mustCall(core, 'case.list', {}, wang)).rows.map((row) => row.id)).toEqual([own.id]);
  });

  test('other roles see the whole organisation', async () => {
    expect((await mustCall(core, 'case.list', {}, leader)).total).toBe(2);
  });
});

describe('personal data is masked, and each reveal is audited', () => {
  test('the case page shows the ID number and phone masked, even to the assigned mediator', async () => {
    const detail = await mustCall(core, 'case.get', { id: caseOfLi }, li);
    const zhang = detail.parties.find((party) => party.name === '张三')!;
    expect(zhang.idNumber).toBe('110105********002X');
    expect(zhang.contacts[0]?.value).toBe('139****5678');
    expect(zhang.address).toContain('尧新大道100号'); // people who handle the case need the address
    expect(JSON.stringify(detail)).not.toContain(ID_NUMBER);
  });

  test('a reveal returns the full values and is written to the audit log without them', async () => {
    const zhang = (await mustCall(core, 'case.get', { id: caseOfLi }, li)).parties.find(
      (party) => party.name === '张三',
    )!;
    const revealed = await mustCall(core, 'party.reveal', { caseId: caseOfLi, partyId: zhang.id }, li);
    expect(revealed).toMatchObject({ idNumber: ID_NUMBER, contacts: [{ kind: 'mobile', value: MOBILE }] });
    const log = await mustCall(core, 'audit.list', { method: 'party.reveal' }, admin);
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({ actor: '测试mediator', targetType: 'party', targetId: caseOfLi });
    const wholeLog = await mustCall(core, 'audit.list', { pageSize: 200 }, admin);
    expect(JSON.stringify(wholeLog)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(wholeLog)).not.toContain(MOBILE);
  });

  test('a 领导 sees the address reduced to the street and cannot reveal', async () => {
    const detail = await mustCall(core, 'case.get', { id: caseOfLi }, leader);
    const zhang = detail.parties.find((party) => party.name === '张三')!;
    expect(zhang.address).toBe('南京市栖霞区尧化街道（详细地址已隐去）');
    expect(
      await callApi(core, 'party.reveal', { caseId: caseOfLi, partyId: zhang.id }, leader),
    ).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });
});
