import { defineMethod } from '../defineMethod.ts';
import {
  preventionListInput,
  preventionRecordInput,
  statsCasesInput,
  statsReportInput,
} from '../../schemas/stats.ts';
import type { CaseSummary, Page } from '../../types/dispute.ts';
import type { ExportedFile, PreventionRecord, StatsReport } from '../../types/stats.ts';

/** 统计: the official report tables, metrics, drill-down and export (domain §3.5–3.6). */
export const statsMethods = {
  'stats.report': defineMethod<StatsReport>()({
    input: statsReportInput,
    permission: 'stats.read',
    summary: '统计报表：案件情况（15类纠纷）、预防与排查、组织队伍与调解员，本年累计、同比、环比与各项指标',
  }),
  'stats.cases': defineMethod<Page<CaseSummary>>()({
    input: statsCasesInput,
    permission: 'stats.read',
    summary: '统计数字对应的案件清单（逐项穿透）',
  }),
  'stats.exportReport': defineMethod<ExportedFile>()({
    input: statsReportInput,
    permission: 'stats.read',
    summary: '导出统计报表（Excel，按官方表式排版）',
  }),
  'stats.addPrevention': defineMethod<PreventionRecord>()({
    input: preventionRecordInput,
    permission: 'case.write',
    summary: '登记预防与排查工作（排查、预防纠纷、防止自杀/民转刑/群体性上访/械斗）',
  }),
  'stats.listPrevention': defineMethod<PreventionRecord[]>()({
    input: preventionListInput,
    permission: 'stats.read',
    summary: '预防与排查工作登记列表',
  }),
} as const;
