import { z } from './zodLocale.ts';
import { ORGANISATION_KINDS, ORGANISATION_LEVELS } from '../types/organisation.ts';

export const organisationSetupInput = z.object({
  name: z
    .string({ error: '请填写组织全称' })
    .trim()
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
  sealName: z.string({ error: '印章名称应为文字' }).trim().max(60, '印章名称不能超过 60 个字').optional(),
});
export type OrganisationSetupInput = z.input<typeof organisationSetupInput>;
