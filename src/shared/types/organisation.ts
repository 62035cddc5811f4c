export const ORGANISATION_KINDS = ['centre', 'committee', 'justice_office', 'service_station'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  centre: '矛调中心 / 综治中心',
  committee: '人民调解委员会',
  justice_office: '司法所',
  service_station: '法律服务站',
};

export const ORGANISATION_LEVELS = ['village', 'town', 'district', 'city'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

export const ORGANISATION_LEVEL_LABELS: Readonly<Record<OrganisationLevel, string>> = {
  village: '村（社区）',
  town: '乡镇（街道）',
  district: '县（区）',
  city: '市',
};

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly level: OrganisationLevel;
  /** GB/T 2260 行政区划代码, 6 digits (or 9/12 for street/community level). */
  readonly regionCode: string;
  /** Short name used in case numbers: （2026）{abbreviation}人调字第1号. */
  readonly abbreviation: string;
  readonly sealName: string | null;
  readonly parentId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Ordered from the bottom of the escalation ladder (domain §4.3): 村社 → 街镇 → 区 → 市. */
export const ORGANISATION_LEVEL_RANK: Readonly<Record<OrganisationLevel, number>> = {
  village: 1,
  town: 2,
  district: 3,
  city: 4,
};

export interface OrganisationDetail extends Organisation {
  readonly address: string | null;
  readonly phone: string | null;
  /** Court suggested for 司法确认, e.g. 南京市栖霞区人民法院. */
  readonly defaultCourt: string | null;
  readonly active: boolean;
  readonly isHome: boolean;
  readonly version: number;
}
