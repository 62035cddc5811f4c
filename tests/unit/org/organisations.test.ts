import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import type { InputOf } from '../../../src/shared/api/contract.ts';
import type { OrganisationDetail } from '../../../src/shared/types/organisation.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import {
  callApi,
  loginAs,
  mustCall,
  openTestCore,
  SAMPLE_ORGANISATION,
  setUpAsAdmin,
} from '../../helpers/testCore.ts';
import { neighbourCase } from '../cases/caseKit.ts';
import { maskPhone } from '../../../src/shared/format/maskPersonalData.ts';

let dir: string;
let core: Core;
let admin: string;

beforeEach(async () => {
  dir = makeTempDir('mediation-org-');
  core = await openTestCore(dir);
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

const DISTRICT_CENTRE: InputOf<'org.create'> = {
  name: '南京市栖霞区矛盾纠纷多元化解中心',
  kind: 'centre',
  level: 'district',
  regionCode: '320113',
  abbreviation: '栖霞',
  address: '南京市栖霞区仙林大道1号',
  phone: '025-85000000',
};

async function home(): Promise<OrganisationDetail> {
  const list = await mustCall(core, 'org.list', {}, admin);
  return list.find((org) => org.isHome)!;
}

/** The full update input for `org`, with `changes` applied. */
function edit(org: OrganisationDetail, changes: Partial<InputOf<'org.update'>> = {}): InputOf<'org.update'> {
  return {
    organisationId: org.id,
    expectedVersion: org.version,
    name: org.name,
    kind: org.kind,
    level: org.level,
    regionCode: org.regionCode,
    abbreviation: org.abbreviation,
    sealName: org.sealName ?? '',
    parentId: org.parentId,
    address: org.address ?? '',
    phone: org.phone ?? '',
    defaultCourt: org.defaultCourt ?? '',
    active: org.active,
    ...changes,
  };
}

async function acceptedCaseNo(): Promise<string | null> {
  const created = await mustCall(core, 'case.create', neighbourCase(), admin);
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
  return accepted.caseNo;
}

describe('org.list / org.create', () => {
  test('lists this installation first, then the organisations added, with their parent', async () => {
    const first = await mustCall(core, 'org.list', {}, admin);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      name: SAMPLE_ORGANISATION.name,
      isHome: true,
      active: true,
      version: 1,
      address: null,
      parentId: null,
    });

    const district = await mustCall(core, 'org.create', DISTRICT_CENTRE, admin);
    // Results may carry phones masked (domain §7.5); either form shows the number was stored.
    expect([DISTRICT_CENTRE.phone, maskPhone(DISTRICT_CENTRE.phone!)]).toContain(district.phone);
    expect(district).toMatchObject({
      ...DISTRICT_CENTRE,
      phone: district.phone,
      isHome: false,
      active: true,
      sealName: null,
      parentId: null,
    });
    const city = await mustCall(
      core,
      'org.create',
      {
        ...DISTRICT_CENTRE,
        name: '南京市人民调解中心',
        level: 'city',
        regionCode: '320100',
        abbreviation: '宁',
      },
      admin,
    );
    const withParent = await mustCall(core, 'org.update', edit(district, { parentId: city.id }), admin);
    expect(withParent).toMatchObject({ parentId: city.id, version: 2 });

    const names = (await mustCall(core, 'org.list', {}, admin)).map((org) => org.name);
    expect(names[0]).toBe(SAMPLE_ORGANISATION.name);
    expect(names.slice(1).sort()).toEqual([DISTRICT_CENTRE.name, '南京市人民调解中心'].sort());
  });

  test('a second organisation with the same name, or an unknown parent, is refused per field', async () => {
    await mustCall(core, 'org.create', DISTRICT_CENTRE, admin);
    expect(await callApi(core, 'org.create', DISTRICT_CENTRE, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { fields: { name: expect.stringContaining('已有名为') } } },
    });
    const orphan = await callApi(
      core,
      'org.create',
      { ...DISTRICT_CENTRE, name: '某区中心', parentId: '00000000-0000-4000-8000-000000000000' },
      admin,
    );
    expect(orphan).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: { parentId: expect.any(String) } } },
    });
    expect(await mustCall(core, 'org.list', {}, admin)).toHaveLength(2);
  });

  test('inactive organisations are listed only when asked for', async () => {
    const district = await mustCall(core, 'org.create', DISTRICT_CENTRE, admin);
    await mustCall(core, 'org.update', edit(district, { active: false }), admin);
    expect((await mustCall(core, 'org.list', { includeInactive: false }, admin)).map((o) => o.name)).toEqual([
      SAMPLE_ORGANISATION.name,
    ]);
    expect(await mustCall(core, 'org.list', { includeInactive: true }, admin)).toHaveLength(2);
  });
});

describe('org.update', () => {
  test('editing this organisation: the new abbreviation numbers later cases, earlier numbers stay', async () => {
    const before = await acceptedCaseNo();
    expect(before).toBe('（2026）栖尧人调字第1号');

    const updated = await mustCall(
      core,
      'org.update',
      edit(await home(), {
        abbreviation: '尧化',
        sealName: '南京市栖霞区尧化街道人民调解委员会（印）',
        defaultCourt: '南京市栖霞区人民法院',
      }),
      admin,
    );
    expect(updated).toMatchObject({ abbreviation: '尧化', version: 2, defaultCourt: '南京市栖霞区人民法院' });
    expect(await mustCall(core, 'org.home', {}, admin)).toMatchObject({
      abbreviation: '尧化',
      sealName: '南京市栖霞区尧化街道人民调解委员会（印）',
    });

    expect(await acceptedCaseNo()).toBe('（2026）尧化人调字第2号');
    const cases = await mustCall(core, 'case.list', { page: 1, pageSize: 10 }, admin);
    expect(cases.rows.map((c) => c.caseNo).sort()).toEqual([
      '（2026）尧化人调字第2号',
      '（2026）栖尧人调字第1号',
    ]);
  });

  test('a stale version is a conflict and changes nothing', async () => {
    const current = await home();
    await mustCall(core, 'org.update', edit(current, { sealName: '第一次修改' }), admin);
    const stale = await callApi(core, 'org.update', edit(current, { sealName: '第二次修改' }), admin);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await home()).sealName).toBe('第一次修改');
  });

  test('this organisation cannot be deactivated, and no organisation can sit under itself', async () => {
    expect(await callApi(core, 'org.update', edit(await home(), { active: false }), admin)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: { active: '本机所属组织不能停用。' } } },
    });

    const district = await mustCall(core, 'org.create', DISTRICT_CENTRE, admin);
    const town = await mustCall(core, 'org.update', edit(await home(), { parentId: district.id }), admin);
    expect(town.parentId).toBe(district.id);
    // district → home would close the loop home → district → home.
    const loop = await callApi(core, 'org.update', edit(district, { parentId: town.id }), admin);
    expect(loop).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: { parentId: expect.any(String) } } },
    });
    const self = await callApi(core, 'org.update', edit(district, { parentId: district.id }), admin);
    expect(self).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('sending back the masked phone keeps the stored number; a new number replaces it', async () => {
    const org = await mustCall(core, 'org.create', DISTRICT_CENTRE, admin);
    const kept = await mustCall(
      core,
      'org.update',
      edit(org, { phone: maskPhone(DISTRICT_CENTRE.phone!), sealName: '印' }),
      admin,
    );
    expect([DISTRICT_CENTRE.phone, maskPhone(DISTRICT_CENTRE.phone!)]).toContain(kept.phone);
    const audit = await mustCall(core, 'audit.list', { method: 'org.update' }, admin);
    const changed = (audit.rows[0]!.detail['changes'] as { fields: object }[])[0]!.fields;
    expect(changed).toHaveProperty('sealName');
    expect(changed).not.toHaveProperty('phone');
    const replaced = await mustCall(core, 'org.update', edit(kept, { phone: '025-86661234' }), admin);
    expect(['025-86661234', maskPhone('025-86661234')]).toContain(replaced.phone);
  });

  test('blank optional fields are stored as empty (null), and the schema names bad fields', async () => {
    const org = await mustCall(core, 'org.create', { ...DISTRICT_CENTRE, phone: '', address: '  ' }, admin);
    expect(org).toMatchObject({ phone: null, address: null });
    const bad = await callApi(core, 'org.update', edit(org, { regionCode: '12', abbreviation: '' }), admin);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!bad.ok)
      expect(Object.keys(bad.error.details?.['fields'] as object).sort()).toEqual([
        'abbreviation',
        'regionCode',
      ]);
  });

  test('the audit log records who changed what, before and after', async () => {
    await mustCall(core, 'org.update', edit(await home(), { sealName: '新印章' }), admin);
    const audit = await mustCall(core, 'audit.list', { method: 'org.update' }, admin);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor: '王管理', targetType: 'org' });
    expect(audit.rows[0]!.detail['changes']).toEqual([
      expect.objectContaining({
        entity: 'organisation',
        fields: expect.objectContaining({ sealName: [SAMPLE_ORGANISATION.sealName, '新印章'] }),
      }),
    ]);
  });
});

describe('permissions', () => {
  test('every role that reads organisations may list them; only the administrator may change them', async () => {
    const mediator = await loginAs(core, admin, 'mediator');
    const statistician = await loginAs(core, admin, 'statistician');
    expect(await mustCall(core, 'org.list', {}, mediator)).toHaveLength(1);
    expect(await mustCall(core, 'org.list', {}, statistician)).toHaveLength(1);
    expect(await callApi(core, 'org.create', DISTRICT_CENTRE, mediator)).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    const reviewer = await loginAs(core, admin, 'reviewer');
    expect(await callApi(core, 'org.update', edit(await home(), { sealName: 'x' }), reviewer)).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(await callApi(core, 'org.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
