import { ROLES } from '../api/roles.ts';
import { z } from './zodLocale.ts';
import { plainText, textRule } from './common.ts';

export const username = z
  .string({ error: '请填写用户名' })
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名不能超过 32 个字符')
  .regex(/^[\p{Script=Han}A-Za-z0-9_.-]+$/u, '用户名只能包含汉字、字母、数字、下划线、点和减号');

export const newPassword = z
  .string({ error: '请填写密码' })
  .min(8, '密码至少 8 位')
  .max(128, '密码不能超过 128 位')
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), '密码需同时包含字母和数字');

export const displayName = z
  .string({ error: '请填写姓名' })
  .trim()
  .superRefine(textRule('姓名'))
  .min(1, '请填写姓名')
  .max(30, '姓名不能超过 30 个字');

export const adminAccountInput = z.object({ username, displayName, password: newPassword });

export const loginInput = z.object({
  username: z.string({ error: '请填写用户名' }).trim().min(1, '请填写用户名').max(64),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(256),
});
export type LoginInput = z.input<typeof loginInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: '请填写当前密码' }).min(1, '请填写当前密码').max(256),
    newPassword,
  })
  .refine((value) => value.currentPassword !== value.newPassword, {
    message: '新密码不能与当前密码相同',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const userId = z.uuid({ error: '用户编号格式不正确' });

export const userCreateInput = z.object({
  username,
  displayName,
  role: z.enum(ROLES, { error: '请选择角色' }),
  password: newPassword,
  /** The roster entry of a 调解员's account, so the login sees the cases assigned to that mediator. */
  mediatorId: z.uuid({ error: '调解员编号格式不正确' }).nullable().optional(),
});
export type UserCreateInput = z.input<typeof userCreateInput>;

export const userUpdateInput = z.object({
  id: userId,
  displayName: displayName.optional(),
  role: z.enum(ROLES, { error: '请选择角色' }).optional(),
  active: z.boolean().optional(),
  /** Link to a roster entry; null removes the link. */
  mediatorId: z.uuid({ error: '调解员编号格式不正确' }).nullable().optional(),
  seesAllCases: z.boolean().optional(),
});

export const userResetPasswordInput = z.object({ id: userId, newPassword });

export const auditListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
  method: plainText('功能', 64).optional(),
  actor: plainText('操作人', 64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
