import { z } from './zodLocale.ts';
import { isoDate, plainText, uuidOf } from './common.ts';
import { DISPUTE_TYPES } from '../types/disputeTaxonomy.ts';
import { PREVENTION_KINDS } from '../types/stats.ts';

const periodFields = {
  period: z.enum(['month', 'quarter', 'year', 'custom']),
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12).optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  from: isoDate('统计起始日期').optional(),
  to: isoDate('统计截止日期').optional(),
  /** Defaults to this installation's organisation. */
  organisationId: uuidOf('组织').optional(),
  includeSubordinates: z.boolean().default(true),
};

const periodRefinement = <
  T extends {
    period: string;
    month?: number | undefined;
    quarter?: number | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.period === 'month' && v.month === undefined)
    ctx.addIssue({ code: 'custom', path: ['month'], message: '请选择月份' });
  if (v.period === 'quarter' && v.quarter === undefined)
    ctx.addIssue({ code: 'custom', path: ['quarter'], message: '请选择季度' });
  if (v.period === 'custom') {
    if (!v.from) ctx.addIssue({ code: 'custom', path: ['from'], message: '请填写统计起始日期' });
    if (!v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '请填写统计截止日期' });
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '截止日期不能早于起始日期' });
  }
};

export const statsReportInput = z.object(periodFields).superRefine(periodRefinement);

export const DRILL_COLUMNS = [
  'accepted',
  'initiative',
  'application',
  'referral',
  'success',
  'oral',
  'written',
  'failed',
  'pending',
  'amountFen',
  'performed',
  'confirmationApplied',
  'confirmed',
  'decided',
  'within30',
  'followUpDue',
  'followedUp',
  'rated',
  'satisfied',
  'basicSuccess',
] as const;

export const statsCasesInput = z
  .object({
    ...periodFields,
    /** Which of the compared ranges the number belongs to. */
    range: z.enum(['current', 'yearToDate', 'lastYear', 'previous']).default('current'),
    column: z.enum(DRILL_COLUMNS),
    disputeType: z.enum(DISPUTE_TYPES).optional(),
    mediatorId: uuidOf('调解员').optional(),
    cellOrganisationId: uuidOf('组织').optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .superRefine(periodRefinement);

export const preventionRecordInput = z.object({
  occurredOn: isoDate('日期'),
  kind: z.enum(PREVENTION_KINDS),
  cases: z.number().int().min(0).max(100000).default(0),
  persons: z.number().int().min(0).max(100000).default(0),
  note: plainText('说明', 500).optional(),
});

export const preventionListInput = z.object({
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
});
