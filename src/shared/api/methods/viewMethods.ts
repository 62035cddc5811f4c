import { defineMethod } from '../defineMethod.ts';
import { caseListExportInput, viewDeleteInput, viewSaveInput } from '../../schemas/savedView.ts';
import type { SavedView } from '../../types/savedView.ts';
import type { ExportedFile } from '../../types/stats.ts';
import { noInput } from './appMethods.ts';

/** Saved case-list views per user, and the case list as a spreadsheet. */
export const viewMethods = {
  'view.list': defineMethod<SavedView[]>()({
    input: noInput,
    permission: 'case.read',
    summary: '我保存的案件列表视图',
  }),
  'view.save': defineMethod<SavedView>()({
    input: viewSaveInput,
    permission: 'account.self',
    summary: '保存案件列表视图（同名则覆盖）',
  }),
  'view.delete': defineMethod<null>()({
    input: viewDeleteInput,
    permission: 'account.self',
    summary: '删除我保存的视图',
  }),
  // A file with party names leaves the program: recorded in the audit log like other exports.
  'view.exportCaseList': defineMethod<ExportedFile>()({
    input: caseListExportInput,
    permission: 'case.read',
    auditRead: true,
    summary: '将当前筛选的案件列表导出为 Excel（最多 5000 件）',
  }),
} as const;
