import { defineMethod } from '../defineMethod.ts';
import {
  partyAddInput,
  partyRefusalInput,
  partyRemoveInput,
  partyRevealInput,
  partyUpdateInput,
  rightsNoticeInput,
} from '../../schemas/party.ts';
import type { PartyPersonalData } from '../../types/party.ts';
import type { CaseDetail } from '../../types/dispute.ts';

export const partyMethods = {
  'party.add': defineMethod<CaseDetail>()({
    input: partyAddInput,
    permission: 'case.write',
    summary: '添加当事人或代理人',
  }),
  'party.update': defineMethod<CaseDetail>()({
    input: partyUpdateInput,
    permission: 'case.write',
    summary: '修改当事人信息',
  }),
  'party.remove': defineMethod<CaseDetail>()({
    input: partyRemoveInput,
    permission: 'case.write',
    summary: '删除误登记的当事人（仅限受理前）',
  }),
  // Not read-only on purpose: each reveal is written to the audit log with who, when and which party.
  'party.reveal': defineMethod<PartyPersonalData>()({
    input: partyRevealInput,
    permission: 'case.reveal',
    summary: '查看当事人完整的证件号码、电话和住址（记入审计日志）',
  }),
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
