import { defineMethod } from '../defineMethod.ts';
import { caseCreateInput, caseGetInput, caseListInput } from '../../schemas/dispute.ts';
import type { CaseDetail, CaseSummary, Page } from '../../types/dispute.ts';

export const caseMethods = {
  'case.create': defineMethod<CaseDetail>()({
    input: caseCreateInput,
    permission: 'case.write',
    summary: '登记纠纷',
  }),
  'case.list': defineMethod<Page<CaseSummary>>()({
    input: caseListInput,
    permission: 'case.read',
    summary: '案件列表（分页）',
  }),
  'case.get': defineMethod<CaseDetail>()({
    input: caseGetInput,
    permission: 'case.read',
    summary: '案件详情',
  }),
} as const;
