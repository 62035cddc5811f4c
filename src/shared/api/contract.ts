import { z } from '../schemas/zodLocale.ts';
import { defineMethod } from './defineMethod.ts';
import { organisationSetupInput } from '../schemas/organisation.ts';
import { caseCreateInput, caseGetInput, caseListInput } from '../schemas/dispute.ts';
import type { AppInfo } from '../types/appInfo.ts';
import type { Organisation } from '../types/organisation.ts';
import type { CaseDetail, CaseSummary, Page } from '../types/dispute.ts';

const noInput = z.object({}).strict();

/**
 * The whole API: every method the renderer may call, over IPC or HTTP. Add a method here, give it a
 * handler in src/main/api/handlers.ts, and both transports carry it.
 */
export const contract = {
  'app.info': defineMethod<AppInfo>()({
    input: noInput,
    permission: 'public',
    summary: '程序版本、数据版本与初始化状态',
  }),
  'org.home': defineMethod<Organisation | null>()({
    input: noInput,
    permission: 'public',
    summary: '本机所属组织（未初始化时为空）',
  }),
  'org.setup': defineMethod<Organisation>()({
    input: organisationSetupInput,
    permission: 'setup',
    summary: '首次使用：登记本机所属组织',
  }),
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

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults are applied). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['resultType'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
