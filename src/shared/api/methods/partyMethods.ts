import { defineMethod } from '../defineMethod.ts';
import { partyAddInput, partyRefusalInput, partyRemoveInput, partyUpdateInput, rightsNoticeInput } from '../../schemas/party.ts';
import type { CaseDetail } from '../../types/dispute.ts';

export const partyMethods = {
  'party.add': defineMethod<CaseDetail>()({ input: partyAddInput, permission: 'case.write', summary: '添加当事人或代理人' }),
  'party.update': defineMethod<CaseDetail>()({ input: partyUpdateInput, permission: 'case.write', summary: '修改当事人信息' }),
  'party.remove': defineMethod<CaseDetail>()({ input: partyRemoveInput, permission: 'case.write', summary: '删除误登记的当事人（仅限受理前）' }),
  'party.recordRefusal': defineMethod<CaseDetail>()({
    input: partyRefusalInput,
    permission: 'case.write',
    summary: '登记当事人明确拒绝调解（此后不得调解）',
  }),
  'party.recordRightsNotice': defineMethod<CaseDetail>()({
    input: rightsNoticeInput,
    permission: 'case.write',
    summary: '登记已告知当事人权利义务',
  }),
} as const;
