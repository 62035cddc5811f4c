import { z } from './zodLocale.ts';
import { optionalText, requiredText, isoDate, uuidOf, caseWrite } from './common.ts';
import {
  AGENT_AUTHORITIES,
  CONTACT_KINDS,
  ID_TYPES,
  PARTY_FLAGS,
  PARTY_KINDS,
  PARTY_ROLES,
  SEX_VALUES,
} from '../types/partyTaxonomy.ts';

export const contactInput = z.object({
  kind: z.enum(CONTACT_KINDS, { error: '请选择联系方式类型' }).optional(),
  value: requiredText('联系方式', 60),
});

/**
 * The fields of one party as entered. ID numbers, credit codes and phones are checked (and normalised)
 * by the service with the shared validators, because their rules need "today" and give warnings too.
 */
export const partyFields = {
  role: z.enum(PARTY_ROLES, { error: '请选择当事人身份（申请人、被申请人……）' }),
  kind: z.enum(PARTY_KINDS, { error: '请选择当事人类型' }).default('natural'),
  name: requiredText('姓名或名称', 100),
  sex: z.enum(SEX_VALUES, { error: '性别应为男或女' }).nullish(),
  ethnicity: optionalText('民族', 20),
  birthDate: isoDate('出生日期').nullish(),
  /** Age as told at the desk; only compared with the ID number, never stored. */
  age: z.number({ error: '年龄应为数字' }).int().min(0).max(150).nullish(),
  occupation: optionalText('职业或职务', 100),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }).nullish(),
  idNumber: optionalText('证件号码', 40),
  contacts: z.array(contactInput).max(5, '联系方式最多 5 个').default([]),
  address: optionalText('单位或住址', 200),
  representativeName: optionalText('法定代表人/负责人姓名', 50),
  representativeTitle: optionalText('法定代表人/负责人职务', 50),
  agentRelation: optionalText('与被代理人的关系', 50),
  agentAuthority: z.enum(AGENT_AUTHORITIES).nullish(),
  flags: z.array(z.enum(PARTY_FLAGS)).default([]),
};

/** At intake, agents name their principal by position in the same list. */
export const intakePartyInput = z.object({
  ...partyFields,
  principalIndex: z.number().int().min(0).nullish(),
});
export type IntakePartyInput = z.input<typeof intakePartyInput>;

export const partyAddInput = z.object({
  ...caseWrite,
  party: z.object({ ...partyFields, principalId: uuidOf('被代理人').nullish() }),
});

export const partyUpdateInput = z.object({
  ...caseWrite,
  partyId: uuidOf('当事人'),
  party: z.object({ ...partyFields, principalId: uuidOf('被代理人').nullish() }),
});

export const partyRemoveInput = z.object({ ...caseWrite, partyId: uuidOf('当事人') });

/** Shows a party's full ID number, phones and address; every call is audited. */
export const partyRevealInput = z.object({ caseId: uuidOf('案件'), partyId: uuidOf('当事人') });

export const partyRefusalInput = z.object({
  ...caseWrite,
  partyId: uuidOf('当事人'),
  refusedOn: isoDate('拒绝日期'),
  note: optionalText('拒绝情况说明', 500),
});

export const rightsNoticeInput = z.object({
  ...caseWrite,
  partyIds: z.array(uuidOf('当事人')).min(1, '请选择已告知的当事人'),
  givenOn: isoDate('告知日期'),
  form: z.enum(['written', 'oral'], { error: '请选择告知方式' }),
  givenBy: optionalText('告知人', 50),
  note: optionalText('备注', 500),
});
