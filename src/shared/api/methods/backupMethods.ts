import { defineMethod } from '../defineMethod.ts';
import { backupRestoreInput, backupSettingsInput } from '../../schemas/backup.ts';
import type { BackupInfo, BackupSettings, RestoreOutcome } from '../../types/backup.ts';
import { noInput } from './appMethods.ts';

export const backupMethods = {
  'backup.list': defineMethod<BackupInfo[]>()({
    input: noInput,
    permission: 'backup.manage',
    readOnly: true,
    summary: '备份列表',
  }),
  'backup.settings': defineMethod<BackupSettings>()({
    input: noInput,
    permission: 'backup.manage',
    readOnly: true,
    summary: '备份设置',
  }),
  'backup.updateSettings': defineMethod<BackupSettings>()({
    input: backupSettingsInput,
    permission: 'backup.manage',
    summary: '修改备份文件夹与保留份数',
  }),
  // The copy cannot be taken inside a transaction; the service writes its own record and audit entry.
  'backup.run': defineMethod<BackupInfo>()({
    input: noInput,
    permission: 'backup.manage',
    readOnly: true,
    summary: '立即备份（数据库、附件与文书），并核验备份',
  }),
  'backup.restore': defineMethod<RestoreOutcome>()({
    input: backupRestoreInput,
    permission: 'backup.manage',
    readOnly: true,
    summary: '从备份恢复（先核验备份，并为当前数据另存一份保护备份）',
  }),
} as const;
