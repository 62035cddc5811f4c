import { defineMethod } from '../defineMethod.ts';
import { organisationSetupInput } from '../../schemas/organisation.ts';
import type { Organisation } from '../../types/organisation.ts';
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
} as const;
