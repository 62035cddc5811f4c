/**
 * The statistical code lists of domain §3 and §4.7. Level-1 dispute types and the three source groups are
 * fixed by the national statistics forms, so they live in code; local sub-types are rows in the database,
 * each mapped to exactly one level-1 type.
 */

/** The 15 statistical dispute types (domain §3.1), in report order. */
export const DISPUTE_TYPES = [
  'marriage_family',
  'neighbourhood',
  'housing_homestead',
  'contract',
  'production_business',
  'damage_compensation',
  'forest_land',
  'land_acquisition_demolition',
  'environmental_pollution',
  'labour',
  'consumer',
  'medical',
  'road_traffic',
  'property_management',
  'other',
] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];

export const DISPUTE_TYPE_LABELS: Readonly<Record<DisputeType, string>> = {
  marriage_family: '婚姻家庭纠纷',
  neighbourhood: '邻里纠纷',
  housing_homestead: '房屋宅基地纠纷',
  contract: '合同纠纷',
  production_business: '生产经营纠纷',
  damage_compensation: '损害赔偿纠纷',
  forest_land: '山林土地纠纷',
  land_acquisition_demolition: '征地拆迁纠纷',
  environmental_pollution: '环境污染纠纷',
  labour: '劳动争议纠纷',
  consumer: '消费纠纷',
  medical: '医疗纠纷',
  road_traffic: '道路交通事故纠纷',
  property_management: '物业纠纷',
  other: '其他纠纷',
};

/** The three groups every detailed source is reported under (domain §3.2). */
export const SOURCE_GROUPS = ['initiative', 'application', 'referral'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

export const SOURCE_GROUP_LABELS: Readonly<Record<SourceGroup, string>> = {
  initiative: '主动调解',
  application: '申请调解',
  referral: '接受委托移送调解',
};

/** Detailed case sources (domain §3.2, §2.1 art. 18, §4.2 channels). */
export const CASE_SOURCES = [
  'party_application',
  'court_guided',
  'police_guided',
  'committee_initiative',
  'screening',
  'grid_report',
  'police_transfer',
  'court_assigned',
  'court_entrusted',
  'procuratorate_transfer',
  'petition_transfer',
  'government_assigned',
  'hotline_transfer',
  'superior_assigned',
  'lower_escalated',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_SOURCE_LABELS: Readonly<Record<CaseSource, string>> = {
  party_application: '当事人申请',
  court_guided: '法院引导申请',
  police_guided: '公安引导申请',
  committee_initiative: '人民调解委员会主动调解',
  screening: '排查发现',
  grid_report: '网格员上报',
  police_transfer: '公安机关移交',
  court_assigned: '人民法院委派',
  court_entrusted: '人民法院委托',
  procuratorate_transfer: '检察机关移送',
  petition_transfer: '信访部门移交',
  government_assigned: '政府部门指定/交办',
  hotline_transfer: '12345/12348热线转办',
  superior_assigned: '上级中心交办',
  lower_escalated: '下级调解组织上报',
};

export const CASE_SOURCE_GROUP: Readonly<Record<CaseSource, SourceGroup>> = {
  party_application: 'application',
  court_guided: 'application',
  police_guided: 'application',
  committee_initiative: 'initiative',
  screening: 'initiative',
  grid_report: 'initiative',
  police_transfer: 'referral',
  court_assigned: 'referral',
  court_entrusted: 'referral',
  procuratorate_transfer: 'referral',
  petition_transfer: 'referral',
  government_assigned: 'referral',
  hotline_transfer: 'referral',
  superior_assigned: 'referral',
  lower_escalated: 'referral',
};

/** How an application reached the committee (人民调解法 art. 17; 若干规定 art. 21). */
export const APPLICATION_FORMS = ['written', 'oral', 'online'] as const;
export type ApplicationForm = (typeof APPLICATION_FORMS)[number];
export const APPLICATION_FORM_LABELS: Readonly<Record<ApplicationForm, string>> = {
  written: '书面申请',
  oral: '口头申请',
  online: '线上申请',
};

/** External reference numbers a case may carry (domain §1.1). */
export const EXTERNAL_REF_KINDS = [
  'hotline_ticket',
  'police_incident',
  'court_assignment',
  'court_entrustment',
  'court_case',
  'petition',
  'grid_event',
  'platform',
  'other',
] as const;
export type ExternalRefKind = (typeof EXTERNAL_REF_KINDS)[number];
export const EXTERNAL_REF_KIND_LABELS: Readonly<Record<ExternalRefKind, string>> = {
  hotline_ticket: '12345工单号',
  police_incident: '警情号',
  court_assignment: '法院委派调解号',
  court_entrustment: '法院委托调解号',
  court_case: '法院案号',
  petition: '信访件号',
  grid_event: '网格事件号',
  platform: '平台编号（一案一码）',
  other: '其他编号',
};

/** Court referrals have their own time limits (domain §2.5). */
export const COURT_PROCEDURES = ['ordinary', 'simple'] as const;
export type CourtProcedure = (typeof COURT_PROCEDURES)[number];
export const COURT_PROCEDURE_LABELS: Readonly<Record<CourtProcedure, string>> = {
  ordinary: '普通程序',
  simple: '简易程序',
};

/** Risk colours (domain §4.7): 红 重大, 橙 较大, 黄 一般, 蓝 隐患/关注. */
export const RISK_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  red: '红色（重大）',
  orange: '橙色（较大）',
  yellow: '黄色（一般）',
  blue: '蓝色（隐患/关注）',
};

export const RISK_FACTORS = [
  'collective',
  'group',
  'violence_or_extreme',
  'criminal_signs',
  'repeated_police_calls',
  'vulnerable_parties',
  'large_amount',
  'public_opinion',
  'sensitive_period',
  'repeated_visits',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];
export const RISK_FACTOR_LABELS: Readonly<Record<RiskFactor, string>> = {
  collective: '涉及5人以上（集体性）',
  group: '涉及10人以上（群体性）',
  violence_or_extreme: '有暴力、自杀或其他极端行为倾向',
  criminal_signs: '有民转刑苗头',
  repeated_police_calls: '多次报警',
  vulnerable_parties: '涉及老人、未成年人、残疾人等弱势群体',
  large_amount: '争议金额较大（10万元以上）',
  public_opinion: '已引起舆论关注',
  sensitive_period: '处于敏感时期',
  repeated_visits: '重复来访',
};

/** Persons involved from which a dispute counts as a group dispute by default (domain §4.7). */
export const GROUP_DISPUTE_THRESHOLD = 10;
