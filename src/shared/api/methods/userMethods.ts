import { defineMethod } from '../defineMethod.ts';
import { userCreateInput, userResetPasswordInput, userUpdateInput } from '../../schemas/account.ts';
import type { UserAccount } from '../../types/account.ts';
import { noInput } from './appMethods.ts';

export const userMethods = {
  'user.list': defineMethod<UserAccount[]>()({
    input: noInput,
    permission: 'user.manage',
    readOnly: true,
    summary: '用户列表',
  }),
  'user.create': defineMethod<UserAccount>()({
    input: userCreateInput,
    permission: 'user.manage',
    summary: '添加用户（首次登录须修改密码）',
  }),
  'user.update': defineMethod<UserAccount>()({
    input: userUpdateInput,
    permission: 'user.manage',
    summary: '修改用户姓名、角色或停用',
  }),
  'user.resetPassword': defineMethod<UserAccount>()({
    input: userResetPasswordInput,
    permission: 'user.manage',
    summary: '重置用户密码（解除锁定）',
  }),
} as const;
