import { z } from './zodLocale.ts';

export const backupSettingsInput = z.object({
  folder: z.string({ error: '请填写备份文件夹' }).trim().max(500, '路径过长'),
  keep: z
    .number({ error: '请填写保留份数' })
    .int('保留份数应为整数')
    .min(1, '至少保留 1 份')
    .max(365, '最多保留 365 份'),
});

/** Either a recorded backup (`id`) or any backup folder, e.g. on a USB drive (`folder`). */
export const backupRestoreInput = z
  .object({
    id: z.number().int().min(1).optional(),
    folder: z.string().trim().min(1, '请选择备份文件夹').max(500, '路径过长').optional(),
  })
  .refine((value) => (value.id === undefined) !== (value.folder === undefined), '请选择一份要恢复的备份');
