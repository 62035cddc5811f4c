import { z } from './zodLocale.ts';
import { isoDate, requiredText, uuidOf } from './common.ts';
import { DISPUTE_TYPES } from '../types/disputeTaxonomy.ts';
import { DEADLINE_KINDS, DEADLINE_SECTIONS } from '../types/deadlines.ts';

export const deadlineListInput = z.object({
  /** "Due soon" means due within this many days from today. */
  withinDays: z.number().int().min(0).max(90).default(7),
  mediatorId: uuidOf('调解员').optional(),
  section: z.enum(DEADLINE_SECTIONS).default('dueSoon'),
  /** Only these kinds (all when absent). */
  kinds: z.array(z.enum(DEADLINE_KINDS)).min(1).max(DEADLINE_KINDS.length).optional(),
  page: z.number().int().min(1).max(500).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const dashboardInput = z.object({
  /** Whose work to show; without it, the whole organisation's. */
  mediatorId: uuidOf('调解员').optional(),
  withinDays: z.number().int().min(0).max(90).default(7),
  /** Items on the first page of each list. */
  pageSize: z.number().int().min(1).max(50).default(10),
});

export const holidayYearInput = z.object({ year: z.number().int().min(2000).max(2100) });

const dayEntry = z.object({ date: isoDate('日期'), name: requiredText('名称', 30) });

export const holidaySetYearInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z.array(dayEntry).max(60),
    workdays: z.array(dayEntry).max(20),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const [key, list] of [
      ['holidays', value.holidays],
      ['workdays', value.workdays],
    ] as const) {
      list.forEach((entry, index) => {
        if (!entry.date.startsWith(`${value.year}-`)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index, 'date'],
            message: `日期应在 ${value.year} 年内`,
          });
        }
        if (seen.has(entry.date)) {
          ctx.addIssue({ code: 'custom', path: [key, index, 'date'], message: `${entry.date} 重复出现` });
        }
        seen.add(entry.date);
      });
    }
  });

export const subtypeListInput = z.object({ disputeType: z.enum(DISPUTE_TYPES).optional() });
export const subtypeAddInput = z.object({
  name: requiredText('子类名称', 30),
  disputeType: z.enum(DISPUTE_TYPES, { error: '请选择所属的统计类型' }),
});
