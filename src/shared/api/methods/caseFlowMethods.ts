import { defineMethod } from '../defineMethod.ts';
import {
  caseAcceptInput,
  caseArchiveInput,
  caseCloseInput,
  caseExtendInput,
  caseFinishBackfillInput,
  caseRefInput,
  caseRejectInput,
  caseTerminateInput,
  caseTransferFeedbackInput,
  caseTransferInput,
  caseVoidInput,
} from '../../schemas/triage.ts';
import { caseAssignInput, caseRecuseInput } from '../../schemas/mediator.ts';
import type { CaseDetail } from '../../types/dispute.ts';
import type { DossierCheck } from '../../cases/dossierItems.ts';

/** State transitions of a case (domain §2.3), each checked by the state machine in the core. */
export const caseFlowMethods = {
  'case.accept': defineMethod<CaseDetail>()({
    input: caseAcceptInput,
    permission: 'case.triage',
    summary: '受理（核单）：记录当事人同意，编人调字号，开始计算调解期限',
  }),
  'case.reject': defineMethod<CaseDetail>()({
    input: caseRejectInput,
    permission: 'case.triage',
    summary: '不予受理，并告知当事人其他途径',
  }),
  'case.void': defineMethod<CaseDetail>()({
    input: caseVoidInput,
    permission: 'case.triage',
    summary: '作废误登记的案件（不删除）',
  }),
  'case.assign': defineMethod<CaseDetail>()({
    input: caseAssignInput,
    permission: 'case.assign',
    summary: '指派调解员（派单），先做利益冲突检查',
  }),
  'case.recuse': defineMethod<CaseDetail>()({
    input: caseRecuseInput,
    permission: 'case.assign',
    summary: '调解员回避并改派',
  }),
  'case.extendDeadline': defineMethod<CaseDetail>()({
    input: caseExtendInput,
    permission: 'case.write',
    summary: '经双方当事人同意延长调解期限',
  }),
  'case.terminate': defineMethod<CaseDetail>()({
    input: caseTerminateInput,
    permission: 'case.close',
    summary: '终止调解，并告知当事人其他途径',
  }),
  'case.transfer': defineMethod<CaseDetail>()({
    input: caseTransferInput,
    permission: 'case.close',
    summary: '移交或上报（上级调解组织、法院、公安、信访、行政部门）',
  }),
  'case.transferFeedback': defineMethod<CaseDetail>()({
    input: caseTransferFeedbackInput,
    permission: 'case.write',
    summary: '登记接收单位的反馈',
  }),
  'case.close': defineMethod<CaseDetail>()({
    input: caseCloseInput,
    permission: 'case.close',
    summary: '结案（需已有调解结果）',
  }),
  'case.finishBackfill': defineMethod<CaseDetail>()({
    input: caseFinishBackfillInput,
    permission: 'case.backfill',
    summary: '完成补录：此后的步骤按正常办案记录',
  }),
  'case.dossierCheck': defineMethod<DossierCheck>()({
    input: caseRefInput,
    permission: 'case.read',
    summary: '卷宗必备材料检查',
  }),
  'case.archive': defineMethod<CaseDetail>()({
    input: caseArchiveInput,
    permission: 'case.archive',
    summary: '立卷归档（必备材料齐全或有情况说明）；归档后只读',
  }),
} as const;
