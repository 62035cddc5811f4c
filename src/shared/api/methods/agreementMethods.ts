import { defineMethod } from '../defineMethod.ts';
import {
  agreementEffectiveInput,
  agreementRecordInput,
  followUpRecordInput,
  followUpScheduleInput,
  judicialConfirmationInput,
  performanceInput,
} from '../../schemas/handling.ts';
import type { CaseDetail } from '../../types/dispute.ts';

export const agreementMethods = {
  'agreement.record': defineMethod<CaseDetail>()({
    input: agreementRecordInput,
    permission: 'case.write',
    summary: '登记调解协议（书面/口头），自动安排回访',
  }),
  'agreement.setEffective': defineMethod<CaseDetail>()({
    input: agreementEffectiveInput,
    permission: 'case.write',
    summary: '登记书面协议生效日期（开始计算司法确认期限）',
  }),
  'agreement.updatePerformance': defineMethod<CaseDetail>()({
    input: performanceInput,
    permission: 'case.write',
    summary: '登记协议履行情况',
  }),
  'agreement.judicialConfirmation': defineMethod<CaseDetail>()({
    input: judicialConfirmationInput,
    permission: 'case.write',
    summary: '登记司法确认申请与结果',
  }),
} as const;

export const followUpMethods = {
  'followUp.record': defineMethod<CaseDetail>()({
    input: followUpRecordInput,
    permission: 'case.write',
    summary: '登记回访（同时更新履行情况）',
  }),
  'followUp.schedule': defineMethod<CaseDetail>()({
    input: followUpScheduleInput,
    permission: 'case.write',
    summary: '安排回访',
  }),
} as const;
