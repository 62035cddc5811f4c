import { defineMethod } from '../defineMethod.ts';
import { changePasswordInput, loginInput } from '../../schemas/account.ts';
import type { SessionStarted, SessionUser } from '../../types/account.ts';
import { noInput } from './appMethods.ts';

export const authMethods = {
  'auth.login': defineMethod<SessionStarted>()({
    input: loginInput,
    permission: 'public',
    summary: '登录',
  }),
  'auth.logout': defineMethod<{ sessionEnded: true }>()({
    input: noInput,
    permission: 'public',
    summary: '退出登录',
  }),
  'auth.me': defineMethod<SessionUser | null>()({
    input: noInput,
    permission: 'public',
    summary: '当前登录的用户',
  }),
  'auth.changePassword': defineMethod<SessionUser>()({
    input: changePasswordInput,
    permission: 'account.self',
    summary: '修改自己的密码',
  }),
} as const;
