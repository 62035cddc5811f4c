import { z } from './zodLocale.ts';
import { caseWrite, isoDate, optionalText, plainText, requiredText, uuidOf } from './common.ts';
import { intakePartyInput } from './party.ts';
import {
  APPLICATION_FORMS,
  CASE_SOURCES,
  COURT_PROCEDURES,
  DISPUTE_TYPES,
  EXTERNAL_REF_KINDS,
  RISK_FACTORS,
  RISK_LEVELS,
} from '../types/disputeTaxonomy.ts';
import { CASE_STATUSES } from '../types/caseStatus.ts';
import { applicantRequired, NO_APPLICANT_MESSAGE } from '../cases/applicantRule.ts';

export const caseId = uuidOf('案件');

export const externalRefInput = z.object({
  kind: z.enum(EXTERNAL_REF_KINDS, { error: '请选择编号类型' }),
  value: requiredText('编号', 60),
});

export const placeInput = z.object({
  districtCode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, '区县代码应为 6 位数字')
    .optional()
    .transform((v) => (v ? v : null)),
  street: optionalText('街道（乡镇）', 50),
  community: optionalText('社区（村）', 50),
  grid: optionalText('网格', 50),
  address: optionalText('详细地点', 200),
});

/** The case fields that can be entered at intake and edited later. */
export const caseFields = {
  title: requiredText('纠纷名称', 100, 2),
  summary: requiredText('纠纷简要情况', 5000),
  source: z.enum(CASE_SOURCES, { error: '请选择案件来源' }).default('party_application'),
  applicationForm: z.enum(APPLICATION_FORMS).nullish(),
  sourceDetail: optionalText('来源说明', 200),
  referralCourtProcedure: z.enum(COURT_PROCEDURES).nullish(),
  referralReceivedOn: isoDate('收到委派/委托函日期').nullish(),
  reporterName: optionalText('反映人', 50),
  reporterPhone: optionalText('反映人电话', 40),
  externalRefs: z.array(externalRefInput).max(10).default([]),
  disputeType: z.enum(DISPUTE_TYPES, { error: '请选择纠纷类型' }).default('other'),
  disputeSubtypeId: z.number().int().positive().nullish(),
  place: placeInput.prefault({}),
  occurredOn: isoDate('纠纷发生日期').nullish(),
  personsInvolved: z
    .number({ error: '涉及人数应为数字' })
    .int()
    .min(0, '涉及人数不能为负')
    .max(100000)
    .default(0),
  isGroup: z.boolean().default(false),
  riskLevel: z.enum(RISK_LEVELS).nullish(),
  riskFactors: z.array(z.enum(RISK_FACTORS)).default([]),
  riskNote: optionalText('风险说明', 500),
  requests: z.array(requiredText('申请事项', 500)).max(20, '申请事项最多 20 项').default([]),
  appliedOn: isoDate('申请日期').nullish(),
  registrar: optionalText('登记人', 50),
};

/** 接单: everything but the title and summary may follow later. */
export { NO_APPLICANT_MESSAGE };

export const caseCreateInput = z
  .object({
    ...caseFields,
    /**
     * 补录 only (permission case.backfill): the day a paper case was really registered. The case is then
     * marked as entered afterwards, and each later step takes its own date.
     */
    registeredOn: isoDate('登记日期').nullish(),
    parties: z.array(intakePartyInput).max(50, '当事人最多 50 人').default([]),
  })
  .superRefine((value, ctx) => {
    const needed = applicantRequired(value.source, value.reporterName);
    if (needed && !value.parties.some((p) => p.role === 'applicant' && p.name.trim() !== '')) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: NO_APPLICANT_MESSAGE });
    }
  });
export type CaseCreateInput = z.input<typeof caseCreateInput>;

/** Checked before saving: the same shape, nothing required, so it can run while the form is filled. */
export const caseCheckIntakeInput = z.object({
  parties: z
    .array(
      intakePartyInput
        .partial({ role: true, name: true })
        .extend({ name: plainText('姓名或名称', 100).default('') }),
    )
    .default([]),
  /** Leave this case out of the duplicate search (editing an existing case). */
  excludeCaseId: caseId.optional(),
});

export const caseUpdateInput = z.object({
  ...caseWrite,
  fields: z.object(caseFields).partial(),
});

export const caseListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  statuses: z.array(z.enum(CASE_STATUSES)).optional(),
  disputeType: z.enum(DISPUTE_TYPES).optional(),
  source: z.enum(CASE_SOURCES).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  mediatorId: uuidOf('调解员').optional(),
  street: plainText('街道（乡镇）', 50).optional(),
  community: plainText('社区（村）', 50).optional(),
  registeredFrom: isoDate('登记起始日期').optional(),
  registeredTo: isoDate('登记截止日期').optional(),
  /** Only cases still being handled whose due date has passed. */
  overdue: z.boolean().optional(),
  /** Only cases of this organisation (a centre sees its committees' cases otherwise). */
  organisationId: uuidOf('组织').optional(),
  /** Matches the title, the case number or a party's name. */
  search: plainText('搜索内容', 50).optional(),
  sort: z.enum(['registeredAt', 'dueDate', 'caseNo']).default('registeredAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListInput = z.input<typeof caseListInput>;

export const caseGetInput = z.object({ id: caseId });
