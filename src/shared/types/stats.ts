import type { DisputeType } from './disputeTaxonomy.ts';
import type { DateRange } from '../stats/periods.ts';

/** Columns of report table A (人民调解案件情况, domain §3.5), in the order of the official table. */
export const CASE_TABLE_COLUMNS = [
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
] as const;
export type CaseTableColumn = (typeof CASE_TABLE_COLUMNS)[number];

export type CaseTableCounts = Readonly<Record<CaseTableColumn, number>>;

export interface CaseTableRow {
  /** A dispute type, or 'total' for 合计. */
  readonly key: DisputeType | 'total';
  readonly label: string;
  readonly current: CaseTableCounts;
  /** 本年累计 */
  readonly yearToDate: CaseTableCounts;
  /** 上年同期 (同比) */
  readonly lastYear: CaseTableCounts;
  /** 上期 (环比) */
  readonly previous: CaseTableCounts;
}

export const METRICS = [
  'successRate',
  'within30Rate',
  'followUpRate',
  'satisfactionRate',
  'basicLevelRate',
] as const;
export type MetricKey = (typeof METRICS)[number];

export interface MetricValue {
  readonly key: MetricKey;
  readonly label: string;
  readonly definition: string;
  readonly numerator: number;
  readonly denominator: number;
  /** Percent with one decimal; null when the denominator is 0. */
  readonly percent: number | null;
  readonly lastYearPercent: number | null;
  readonly previousPercent: number | null;
}

export const PREVENTION_KINDS = [
  'screening',
  'prevented_dispute',
  'prevented_suicide',
  'prevented_criminal',
  'prevented_group_petition',
  'prevented_group_fight',
] as const;
export type PreventionKind = (typeof PREVENTION_KINDS)[number];
export const PREVENTION_KIND_LABELS: Readonly<Record<PreventionKind, string>> = {
  screening: '排查',
  prevented_dispute: '预防纠纷',
  prevented_suicide: '防止民间纠纷引起自杀',
  prevented_criminal: '防止民间纠纷转化为刑事案件',
  prevented_group_petition: '防止群体性上访',
  prevented_group_fight: '防止群体性械斗',
};

/** Table B (预防与排查): 排查次数/发现纠纷数, then 件/人 for each kind of prevention. */
export interface PreventionTable {
  readonly screenings: number;
  readonly disputesFound: number;
  /** Cases registered with source 排查发现 or 网格员上报 and accepted in the period. */
  readonly casesFromScreening: number;
  readonly prevented: readonly {
    readonly kind: PreventionKind;
    readonly label: string;
    readonly cases: number;
    readonly persons: number;
  }[];
}

export interface OrganisationRow {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly mediators: number;
  readonly fullTimeMediators: number;
  readonly accepted: number;
  readonly success: number;
}

export interface MediatorRow {
  readonly id: string;
  readonly name: string;
  readonly organisationName: string;
  readonly fullTime: boolean;
  readonly accepted: number;
  readonly success: number;
  readonly within30: number;
  readonly decided: number;
}

export interface ChartPoint {
  readonly key: string;
  readonly label: string;
  readonly accepted: number;
  readonly success: number;
}

export interface StatsReport {
  readonly organisationName: string;
  readonly includesSubordinates: boolean;
  readonly current: DateRange;
  readonly yearToDate: DateRange;
  readonly lastYear: DateRange;
  readonly previous: DateRange;
  readonly caseTable: readonly CaseTableRow[];
  readonly metrics: readonly MetricValue[];
  readonly prevention: PreventionTable;
  readonly organisations: readonly OrganisationRow[];
  readonly mediators: readonly MediatorRow[];
  readonly charts: {
    /** The 12 months of the period's end year. */
    readonly byMonth: readonly ChartPoint[];
    readonly byType: readonly ChartPoint[];
    readonly bySource: readonly ChartPoint[];
    readonly byPlace: readonly ChartPoint[];
  };
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

export interface PreventionRecord {
  readonly id: string;
  readonly occurredOn: string;
  readonly kind: PreventionKind;
  readonly cases: number;
  readonly persons: number;
  readonly note: string | null;
  readonly createdBy: string;
}
