import { defineMethod } from '../defineMethod.ts';
import {
  caseCheckIntakeInput,
  caseCreateInput,
  caseGetInput,
  caseListInput,
  caseUpdateInput,
} from '../../schemas/dispute.ts';
import { caseRefInput } from '../../schemas/triage.ts';
import type { CaseDetail, CaseEvent, CaseSummary, IntakeCheck, Page } from '../../types/dispute.ts';

/** 接单 and reading cases. Triage, outcome and archive methods are in caseFlowMethods.ts. */
export const caseMethods = {
  'case.create': defineMethod<CaseDetail>()({
    input: caseCreateInput,
    permission: 'case.write',
    summary: '登记纠纷（接单）：案件信息与当事人',
  }),
  'case.checkIntake': defineMethod<IntakeCheck>()({
    input: caseCheckIntakeInput,
    permission: 'case.read',
    summary: '登记前检查：证件号码、电话、性别年龄核对与重复纠纷/重复来访提示',
  }),
  'case.list': defineMethod<Page<CaseSummary>>()({
    input: caseListInput,
    permission: 'case.read',
    summary: '案件列表（按状态、类型、来源、风险、调解员、地点、日期筛选）',
  }),
  'case.get': defineMethod<CaseDetail>()({
    input: caseGetInput,
    permission: 'case.read',
    summary: '案件详情（当事人、调解记录、协议、回访、移交、附件）',
  }),
  'case.update': defineMethod<CaseDetail>()({
    input: caseUpdateInput,
    permission: 'case.write',
    summary: '修改案件信息',
  }),
  'case.timeline': defineMethod<CaseEvent[]>()({
    input: caseRefInput,
    permission: 'case.read',
    summary: '案件办理记录（时间线）',
  }),
} as const;
