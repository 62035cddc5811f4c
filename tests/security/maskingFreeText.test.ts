import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import { openSecurityHost, valueOf, type SecurityHost } from './dataHostFixture.ts';

/**
 * Issue 13, item 8, as the attack that found it: an ID number or mobile typed into the summary, the
 * minutes or a contact of kind 其他 came back in full to 统计员/领导, and the address mask kept the house
 * number of `…人民路215号乡镇企业局宿舍`. Read back over HTTP by every role that cannot reveal.
 */
const ID = '320113196803124015';
const MOBILE = '13851234567';
const OTHER_MOBILE = '13913456789';

let s: SecurityHost;
let created: CaseDetail;
const tokens: Record<string, string> = {};

async function user(role: string): Promise<string> {
  valueOf(
    await s.api('user.create', { username: role, displayName: `测试${role}`, role, password: 'Initial123' }),
  );
  const token = await s.login(role, 'Initial123');
  valueOf(
    await s.api('auth.changePassword', { currentPassword: 'Initial123', newPassword: 'Changed456' }, token),
  );
  return token;
}

beforeAll(async () => {
  s = await openSecurityHost();
  created = valueOf(
    await s.api<CaseDetail>('case.create', {
      title: '张建国与李卫东邻里纠纷',
      summary: `申请人张建国（身份证号${ID}，手机${MOBILE}）称楼上漏水。`,
      requests: [`赔偿损失，款项打到手机号${MOBILE}绑定的账户`],
      parties: [
        {
          role: 'applicant',
          name: '张建国',
          idNumber: ID,
          address: '南京市玄武区人民路215号乡镇企业局宿舍',
          contacts: [{ value: MOBILE }, { kind: 'other', value: `微信同号 ${OTHER_MOBILE}` }],
        },
      ],
    }),
  );
  tokens['statistician'] = await user('statistician');
  tokens['leader'] = await user('leader');
});
afterAll(() => s.close());

describe('roles without reveal never receive an ID number or mobile, wherever it was typed', () => {
  test.each(['statistician', 'leader'])('%s reads the case, the list and a search', async (role) => {
    const replies = [
      await s.api('case.get', { id: created.id }, tokens[role]),
      await s.api('case.list', {}, tokens[role]),
      await s.api('search.cases', { q: '漏水' }, tokens[role]),
    ];
    for (const reply of replies) {
      const text = JSON.stringify(reply.body);
      expect(text).not.toContain(ID);
      expect(text).not.toContain(MOBILE);
      expect(text).not.toContain(OTHER_MOBILE);
      expect(text).not.toContain('215号');
    }
    const detail = valueOf(await s.api<CaseDetail>('case.get', { id: created.id }, tokens[role]));
    expect(detail.summary).toContain('320113********4015');
    expect(detail.summary).toContain('138****4567');
    expect(detail.parties[0]!.address).toBe('南京市玄武区（详细地址已隐去）');
    expect(detail.parties[0]!.contacts.find((c) => c.kind === 'other')?.value).toBe('微信同号 139****6789');
  });

  test('a role that may reveal still reads the free text it typed (and may edit it)', async () => {
    const detail = valueOf(await s.api<CaseDetail>('case.get', { id: created.id }));
    expect(detail.summary).toContain(ID);
    expect(detail.parties[0]!.idNumber).toBe('320113********4015');
  });
});
