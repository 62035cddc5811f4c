/**
 * 交单 — the reply (办结反馈) a centre sends back to whoever referred a case: 12345, a court
 * (委派/委托), the police, 信访, the level above (domain §4.2 交单, §4.4 "return/feedback time and
 * content", §4.5 "keep the 12345 工单号 and reply deadline").
 */
import type { CaseSource } from './disputeTaxonomy.ts';

export const REPLY_KINDS = ['interim', 'final'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
export const REPLY_KIND_LABELS: Readonly<Record<ReplyKind, string>> = {
  interim: '阶段性答复',
  final: '办结答复',
};

export const REPLY_CHANNELS = ['platform', 'phone', 'letter', 'in_person', 'email', 'other'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];
export const REPLY_CHANNEL_LABELS: Readonly<Record<ReplyChannel, string>> = {
  platform: '工单系统/平台回复',
  phone: '电话',
  letter: '书面函件',
  in_person: '当面',
  email: '电子邮件',
  other: '其他',
};

export const REPLY_RESULTS = [
  'resolved',
  'partly_resolved',
  'not_resolved',
  'in_progress',
  'transferred',
] as const;
export type ReplyResult = (typeof REPLY_RESULTS)[number];
export const REPLY_RESULT_LABELS: Readonly<Record<ReplyResult, string>> = {
  resolved: '已化解',
  partly_resolved: '部分化解',
  not_resolved: '未化解（已告知其他途径）',
  in_progress: '正在办理',
  transferred: '已移交其他单位',
};

export interface CaseReply {
  readonly id: string;
  readonly kind: ReplyKind;
  readonly repliedOn: string;
  readonly channel: ReplyChannel;
  /** Who received it: 12345热线、栖霞区人民法院立案庭… */
  readonly recipient: string;
  readonly content: string;
  readonly result: ReplyResult;
  readonly createdBy: string;
}

export const REPLY_DAY_UNITS = ['working', 'calendar'] as const;
export type ReplyDayUnit = (typeof REPLY_DAY_UNITS)[number];
export const REPLY_DAY_UNIT_LABELS: Readonly<Record<ReplyDayUnit, string>> = {
  working: '工作日',
  calendar: '自然日',
};

/** How long the centre has to reply to a source; `null` = no reply due for that source. */
export interface ReplyRule {
  readonly days: number;
  readonly unit: ReplyDayUnit;
}
export type ReplyRules = Readonly<Partial<Record<CaseSource, ReplyRule | null>>>;

/**
 * Defaults until the administrator sets the centre's own (设置 → 答复时限). They follow the referrers'
 * usual limits: 12345 工单 a few working days, court 委派 30 days / 委托 15 days (domain §2.5),
 * police, procuratorate, 信访 and the level above 15 working days.
 */
export const DEFAULT_REPLY_RULES: Readonly<Partial<Record<CaseSource, ReplyRule>>> = {
  hotline_transfer: { days: 5, unit: 'working' },
  court_assigned: { days: 30, unit: 'calendar' },
  court_entrusted: { days: 15, unit: 'calendar' },
  police_transfer: { days: 15, unit: 'working' },
  procuratorate_transfer: { days: 15, unit: 'working' },
  petition_transfer: { days: 15, unit: 'working' },
  government_assigned: { days: 15, unit: 'working' },
  superior_assigned: { days: 15, unit: 'working' },
  lower_escalated: { days: 15, unit: 'working' },
};
