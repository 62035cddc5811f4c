import { adminAccountInput } from './account.ts';
import { z } from './zodLocale.ts';
import { plainText, textRule } from './common.ts';
import { ORGANISATION_KINDS, ORGANISATION_LEVELS } from '../types/organisation.ts';

/** The fields every organisation has. */
export const organisationFields = z.object({
  name: z
    .string({ error: '请填写组织全称' })
    .trim()
    .superRefine(textRule('组织全称'))
    .min(2, '请填写组织全称')
    .max(60, '组织名称不能超过 60 个字'),
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择组织类型' }),
  level: z.enum(ORGANISATION_LEVELS, { error: '请选择组织层级' }),
  regionCode: z
    .string({ error: '请填写行政区划代码' })
    .trim()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, '行政区划代码应为 6 位（区县）、9 位（街镇）或 12 位（村社）数字'),
  abbreviation: z
    .string({ error: '请填写案号简称' })
    .trim()
    .min(1, '请填写案号简称，例如“栖尧”')
    .max(8, '案号简称不能超过 8 个字')
    .regex(/^[\p{Script=Han}A-Za-z0-9]+$/u, '案号简称只能包含汉字、字母或数字'),
  sealName: plainText('印章名称', 60).optional(),
});

/** First run: this installation's organisation and its first administrator, created together. */
export const organisationSetupInput = organisationFields.extend({ admin: adminAccountInput });
export type OrganisationSetupInput = z.input<typeof organisationSetupInput>;

const organisationExtras = {
  parentId: z.uuid({ error: '上级组织编号格式不正确' }).nullish(),
  address: plainText('地址', 200).optional(),
  phone: plainText('电话', 40).optional(),
  defaultCourt: plainText('法院名称', 100).optional(),
};

/** Other organisations: the 街镇/区 centres a case is escalated to, committees under a centre. */
export const organisationCreateInput = organisationFields.extend(organisationExtras);

export const organisationUpdateInput = organisationFields.extend({
  ...organisationExtras,
  organisationId: z.uuid({ error: '组织编号格式不正确' }),
  expectedVersion: z.number().int().min(1),
  active: z.boolean().default(true),
});

/** Pickers (transfer targets, parent) want active organisations only; settings ask for all. */
export const organisationListInput = z.object({ includeInactive: z.boolean().default(false) });
