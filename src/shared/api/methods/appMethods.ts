import { z } from '../../schemas/zodLocale.ts';
import { defineMethod } from '../defineMethod.ts';
import type { AppInfo } from '../../types/appInfo.ts';

export const noInput = z.object({}).strict();

export const appMethods = {
  'app.info': defineMethod<AppInfo>()({
    input: noInput,
    permission: 'public',
    summary: '程序版本、数据版本与初始化状态',
  }),
} as const;
