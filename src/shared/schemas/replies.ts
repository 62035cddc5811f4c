import { z } from './zodLocale.ts';
import { caseWrite, isoDate, optionalText, requiredText } from './common.ts';
import { CASE_SOURCES } from '../types/disputeTaxonomy.ts';
import { WHOLE_PERFORMANCE_MODES } from '../types/outcome.ts';
import { REPLY_CHANNELS, REPLY_DAY_UNITS, REPLY_KINDS, REPLY_RESULTS } from '../types/replies.ts';

export const caseReplyInput = z.object({
  ...caseWrite,
  kind: z.enum(REPLY_KINDS, { error: '请选择阶段性答复或办结答复' }),
  repliedOn: isoDate('答复日期'),
  channel: z.enum(REPLY_CHANNELS, { error: '请选择答复方式' }),
  recipient: optionalText('答复对象', 100).transform((v) => v ?? ''),
  content: requiredText('答复内容', 2000),
  result: z.enum(REPLY_RESULTS, { error: '请选择办理结果' }),
});

const replyRule = z.object({
  days: z
    .number({ error: '请填写天数' })
    .int('天数应为整数')
    .min(1, '天数至少为 1')
    .max(180, '天数不能超过 180'),
  unit: z.enum(REPLY_DAY_UNITS, { error: '请选择工作日或自然日' }),
});

export const replyRulesInput = z.object({
  /** Per source: a rule, or null when no reply is due for that source. Sources left out keep the default. */
  rules: z.partialRecord(z.enum(CASE_SOURCES), replyRule.nullable()),
});

export const workQueueInput = z.object({
  /** How many items of each list to return (the counts are always complete). */
  limit: z.number().int().min(1).max(100).default(20),
  withinDays: z.number().int().min(0).max(90).default(7),
});

export const wholePerformanceInput = z.object({
  ...caseWrite,
  mode: z.enum(WHOLE_PERFORMANCE_MODES, { error: '请选择当场履行或已履行' }),
  performedOn: isoDate('履行日期'),
  how: optionalText('履行情况', 500),
});
