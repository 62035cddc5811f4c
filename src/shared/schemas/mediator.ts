import { z } from './zodLocale.ts';
import { caseWrite, expectedVersion, isoDate, optionalText, requiredText, uuidOf } from './common.ts';
import { DISPUTE_TYPES } from '../types/disputeTaxonomy.ts';
import {
  ASSIGNMENT_MODES,
  ASSIGNMENT_ROLES,
  MEDIATOR_EMPLOYMENTS,
  SEX_VALUES,
} from '../types/partyTaxonomy.ts';

export const mediatorRelationInput = z.object({
  personName: requiredText('关系人姓名', 50),
  idNumber: optionalText('关系人证件号码', 40),
  phone: optionalText('关系人电话', 40),
  relation: requiredText('关系', 30),
});

export const mediatorFields = {
  name: requiredText('姓名', 50),
  sex: z.enum(SEX_VALUES).nullish(),
  employment: z.enum(MEDIATOR_EMPLOYMENTS, { error: '请选择专职或兼职' }),
  title: optionalText('职务', 50),
  idNumber: optionalText('身份证号码', 40),
  phone: optionalText('联系电话', 40),
  regionCode: optionalText('行政区划代码', 12),
  street: optionalText('所在街道（乡镇）', 50),
  community: optionalText('所在社区（村）', 50),
  specialties: z.array(z.enum(DISPUTE_TYPES)).default([]),
  relations: z.array(mediatorRelationInput).max(50).default([]),
  active: z.boolean().default(true),
  note: optionalText('备注', 500),
};

export const mediatorCreateInput = z.object({
  /** Defaults to this installation's organisation. */
  organisationId: uuidOf('所属组织').optional(),
  ...mediatorFields,
});
export type MediatorCreateInput = z.input<typeof mediatorCreateInput>;

export const mediatorUpdateInput = z.object({
  mediatorId: uuidOf('调解员'),
  expectedVersion,
  ...mediatorFields,
});

export const mediatorListInput = z.object({
  includeInactive: z.boolean().default(false),
  organisationId: uuidOf('所属组织').optional(),
});

export const mediatorForCaseInput = z.object({ caseId: uuidOf('案件'), mediatorId: uuidOf('调解员') });
export const mediatorSuggestInput = z.object({
  caseId: uuidOf('案件'),
  limit: z.number().int().min(1).max(50).default(10),
});

export const caseAssignInput = z.object({
  ...caseWrite,
  mediatorId: uuidOf('调解员'),
  role: z.enum(ASSIGNMENT_ROLES).default('lead'),
  mode: z.enum(ASSIGNMENT_MODES).default('designated'),
  /** Required when the conflict check finds anything; recorded with the assignment. */
  overrideReason: optionalText('仍然指派的理由', 500),
  /** 补录 only: the day the mediator was really assigned (else today). */
  assignedOn: isoDate('指派日期').nullish(),
});

export const caseRecuseInput = z.object({
  ...caseWrite,
  mediatorId: uuidOf('调解员'),
  requestedByPartyId: uuidOf('申请回避的当事人').nullish(),
  reason: requiredText('回避理由', 500),
  replacementMediatorId: uuidOf('接替的调解员').nullish(),
  overrideReason: optionalText('仍然指派的理由', 500),
});

export const calendarInput = z.object({
  mediatorId: uuidOf('调解员').optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '起始日期格式不正确'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '截止日期格式不正确'),
});
