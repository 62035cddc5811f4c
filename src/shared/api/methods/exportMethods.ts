import { defineMethod } from '../defineMethod.ts';
import {
  exportFileInput,
  exportMappingInput,
  exportSettingsInput,
  outboxListInput,
  outboxResendInput,
} from '../../schemas/exportSettings.ts';
import type { ExportMapping } from '../../schemas/exportMapping.ts';
import type { ExportSettings, ExportStatus, OutboxEntry } from '../../types/cityExport.ts';
import { noInput } from './appMethods.ts';

export interface ExportedFileResult {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
  readonly recordCount: number;
}

/** 上报 (issue 7): the city-platform export, administrator only. */
export const exportMethods = {
  'export.settings': defineMethod<ExportSettings>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '上报设置（接收地址、认证方式、触发条件）',
  }),
  'export.updateSettings': defineMethod<ExportSettings>()({
    input: exportSettingsInput,
    permission: 'export.manage',
    summary: '修改上报设置',
  }),
  'export.mapping': defineMethod<{ mapping: ExportMapping; isDefault: boolean }>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '当前使用的字段映射',
  }),
  'export.loadMapping': defineMethod<ExportMapping>()({
    input: exportMappingInput,
    permission: 'export.manage',
    summary: '载入映射文件（校验通过才替换）',
  }),
  'export.resetMapping': defineMethod<ExportMapping>()({
    input: noInput,
    permission: 'export.manage',
    summary: '恢复默认映射（最少数据）',
  }),
  'export.outbox': defineMethod<OutboxEntry[]>()({
    input: outboxListInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '上报队列',
  }),
  'export.status': defineMethod<ExportStatus>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '上报队列各状态数量与最近一次连接测试',
  }),
  'export.resend': defineMethod<OutboxEntry[]>()({
    input: outboxResendInput,
    permission: 'export.manage',
    summary: '重新发送一条需要处理的记录',
  }),
  'export.testConnection': defineMethod<ExportStatus>()({
    input: noInput,
    permission: 'export.manage',
    summary: '测试连接（在后台进行，结果见上报状态）',
  }),
  'export.exportFile': defineMethod<ExportedFileResult>()({
    input: exportFileInput,
    permission: 'export.manage',
    summary: '把某一时段的上报记录导出为 JSON Lines 或 Excel 文件',
  }),
} as const;
