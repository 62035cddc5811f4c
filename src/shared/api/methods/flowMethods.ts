import { defineMethod } from '../defineMethod.ts';
import {
  caseReplyInput,
  replyRulesInput,
  wholePerformanceInput,
  workQueueInput,
} from '../../schemas/replies.ts';
import { z } from '../../schemas/zodLocale.ts';
import type { CaseDetail } from '../../types/dispute.ts';
import type { ReplyRules } from '../../types/replies.ts';
import type { WorkQueue } from '../../types/workQueue.ts';

export interface ReplyRulesView {
  /** What the administrator set (a source left out uses the default). */
  readonly rules: ReplyRules;
  readonly defaults: ReplyRules;
}

export interface HolidayYearView {
  readonly year: number;
  readonly status: 'provisional' | 'confirmed';
  readonly label: string;
  readonly updatedAt: string;
  readonly confirmedBy: string | null;
}

/** The ticket cycle (issue 15): 交单 replies, whole-agreement performance, the 工作台 queues. */
export const flowMethods = {
  'reply.record': defineMethod<CaseDetail>()({
    input: caseReplyInput,
    permission: 'case.write',
    summary: '登记对转办/委派单位的答复（阶段性答复或办结答复）',
  }),
  'reply.rules': defineMethod<ReplyRulesView>()({
    input: z.object({}),
    permission: 'case.read',
    summary: '各来源的答复时限（工作日或自然日）',
  }),
  'reply.setRules': defineMethod<ReplyRulesView>()({
    input: replyRulesInput,
    permission: 'settings.manage',
    summary: '设置各来源的答复时限，并重算在办案件的答复期限',
  }),
  'performance.whole': defineMethod<CaseDetail>()({
    input: wholePerformanceInput,
    permission: 'case.write',
    summary: '登记协议整体履行情况（当场履行/已履行）',
  }),
  'workQueue.get': defineMethod<WorkQueue>()({
    input: workQueueInput,
    permission: 'case.read',
    summary: '工作台：待指派、待答复、节假日表提醒',
  }),
  'holidayYear.list': defineMethod<HolidayYearView[]>()({
    input: z.object({}),
    permission: 'case.read',
    summary: '各年度节假日表状态（暂定/已确认）',
  }),
} as const;
