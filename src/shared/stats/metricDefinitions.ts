import type { MetricKey } from '../types/stats.ts';

/**
 * The metrics of domain §3.6 and how this program counts them, shown next to each number. All are
 * over the cases accepted (受理) in the period, excluding voided ones, judged as of the period's end.
 */
export const METRIC_DEFINITIONS: Readonly<
  Record<MetricKey, { readonly label: string; readonly definition: string }>
> = {
  successRate: {
    label: '调解成功率',
    definition: '调解成功数 ÷ 受理数。调解成功：期末前达成书面或口头调解协议。',
  },
  within30Rate: {
    label: '30日内办结率',
    definition:
      '受理后30日内办结的案件数 ÷ 已办结案件数。办结：达成协议、终止调解或移交；天数自受理日起按自然日计。',
  },
  followUpRate: {
    label: '回访率',
    definition: '已回访的案件数 ÷ 应回访的案件数。应回访：调解成功且期末前有到期回访任务的案件。',
  },
  satisfactionRate: {
    label: '满意率',
    definition: '（满意 + 基本满意）÷ 作出评价的回访数（仅计期末前完成的回访）。',
  },
  basicLevelRate: {
    label: '基层化解率',
    definition: '村（居）、乡镇（街道）调解组织调解成功的案件数 ÷ 受理数。',
  },
};

/** What each cell of table A counts, for the drill-down title and the printed notes. */
export const CASE_COLUMN_LABELS = {
  accepted: '受理（调解）纠纷数',
  initiative: '主动调解',
  application: '申请调解',
  referral: '接受委托移送调解',
  success: '调解成功数',
  oral: '其中：口头协议',
  written: '其中：书面协议',
  failed: '调解不成功数',
  pending: '正在调解数',
  amountFen: '协议涉及金额（万元）',
  performed: '履行数',
  confirmationApplied: '司法确认申请数',
  confirmed: '司法确认确认数',
} as const;
