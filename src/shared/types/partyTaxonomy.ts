/** Party and mediator code lists (domain §3.4, §6.1). */

export const PARTY_KINDS = ['natural', 'legal', 'other_org'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  natural: '自然人',
  legal: '法人',
  other_org: '非法人组织',
};

export const PARTY_ROLES = [
  'applicant',
  'respondent',
  'third_party',
  'legal_agent',
  'entrusted_agent',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, string>> = {
  applicant: '申请人',
  respondent: '被申请人',
  third_party: '第三人',
  legal_agent: '法定代理人',
  entrusted_agent: '委托代理人',
};

/** Roles that act for someone else and so must name their principal. */
export const AGENT_ROLES: readonly PartyRole[] = ['legal_agent', 'entrusted_agent'];
export function isAgentRole(role: PartyRole): boolean {
  return AGENT_ROLES.includes(role);
}

export const ID_TYPES = [
  'resident_id',
  'residence_permit_hmt',
  'hk_macao_permit',
  'taiwan_permit',
  'foreign_permanent_id',
  'passport',
  'credit_code',
  'other',
] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = {
  resident_id: '居民身份证',
  residence_permit_hmt: '港澳台居民居住证',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_id: '外国人永久居留身份证',
  passport: '护照',
  credit_code: '统一社会信用代码',
  other: '其他证件',
};

/** ID types whose numbers follow the 18-character GB 11643 scheme and are checked. */
export const CHECKED_PERSON_ID_TYPES: readonly IdType[] = [
  'resident_id',
  'residence_permit_hmt',
  'foreign_permanent_id',
];

export const SEX_VALUES = ['男', '女'] as const;
export type SexValue = (typeof SEX_VALUES)[number];

export const CONTACT_KINDS = ['mobile', 'landline', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Readonly<Record<ContactKind, string>> = {
  mobile: '手机',
  landline: '固话',
  other: '其他',
};

/** Demographic flags recommended for analysis (domain §3.4). */
export const PARTY_FLAGS = [
  'minor',
  'under_14',
  'elderly',
  'disabled',
  'migrant_worker',
  'ethnic_minority',
  'foreign_or_hmt',
  'low_income',
] as const;
export type PartyFlag = (typeof PARTY_FLAGS)[number];
export const PARTY_FLAG_LABELS: Readonly<Record<PartyFlag, string>> = {
  minor: '未成年人',
  under_14: '不满十四周岁',
  elderly: '老年人',
  disabled: '残疾人',
  migrant_worker: '农民工',
  ethnic_minority: '少数民族',
  foreign_or_hmt: '外籍/港澳台',
  low_income: '低保/困难群众',
};

export const AGENT_AUTHORITIES = ['general', 'special'] as const;
export type AgentAuthority = (typeof AGENT_AUTHORITIES)[number];
export const AGENT_AUTHORITY_LABELS: Readonly<Record<AgentAuthority, string>> = {
  general: '一般授权',
  special: '特别授权',
};

export const MEDIATOR_EMPLOYMENTS = ['full_time', 'part_time'] as const;
export type MediatorEmployment = (typeof MEDIATOR_EMPLOYMENTS)[number];
export const MEDIATOR_EMPLOYMENT_LABELS: Readonly<Record<MediatorEmployment, string>> = {
  full_time: '专职',
  part_time: '兼职',
};

export const ASSIGNMENT_ROLES = ['lead', 'assistant'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Readonly<Record<AssignmentRole, string>> = {
  lead: '主持调解员',
  assistant: '协助调解员',
};

/** 人民调解法 art. 19: designated by the committee, or chosen by the parties. */
export const ASSIGNMENT_MODES = ['designated', 'party_chosen', 'suggested'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const ASSIGNMENT_MODE_LABELS: Readonly<Record<AssignmentMode, string>> = {
  designated: '调委会指定',
  party_chosen: '当事人选择',
  suggested: '按系统推荐指定',
};

export const ASSIGNMENT_END_REASONS = ['recusal', 'reassigned', 'removed'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];
export const ASSIGNMENT_END_REASON_LABELS: Readonly<Record<AssignmentEndReason, string>> = {
  recusal: '回避',
  reassigned: '改派',
  removed: '撤销指派',
};
