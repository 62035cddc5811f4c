import { defineMethod } from '../defineMethod.ts';
import {
  organisationCreateInput,
  organisationListInput,
  organisationSetupInput,
  organisationUpdateInput,
} from '../../schemas/organisation.ts';
import type { Organisation, OrganisationDetail } from '../../types/organisation.ts';
import type { SessionStarted } from '../../types/account.ts';
import { noInput } from './appMethods.ts';

export const orgMethods = {
  'org.home': defineMethod<Organisation | null>()({
    input: noInput,
    permission: 'public',
    summary: '本机所属组织（未初始化时为空）',
  }),
  'org.setup': defineMethod<SessionStarted & { organisation: Organisation }>()({
    input: organisationSetupInput,
    permission: 'setup',
    summary: '首次使用：登记本机所属组织并创建管理员账户（随即登录）',
  }),
  'org.list': defineMethod<OrganisationDetail[]>()({
    input: organisationListInput,
    permission: 'org.read',
    summary: '组织列表：本机所属组织、上级组织与可移交的街镇/区调解组织',
  }),
  'org.create': defineMethod<OrganisationDetail>()({
    input: organisationCreateInput,
    permission: 'org.manage',
    summary: '登记其他组织（上级组织、可移交的街镇/区调解组织）',
  }),
  'org.update': defineMethod<OrganisationDetail>()({
    input: organisationUpdateInput,
    permission: 'org.manage',
    summary: '修改组织信息（案号简称只影响此后编号的案件）',
  }),
} as const;
