import type { DisputeType } from './disputeTaxonomy.ts';
import type { MediatorEmployment, SexValue } from './partyTaxonomy.ts';

export interface MediatorRelation {
  readonly personName: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
  /** e.g. 配偶, 兄弟, 合伙人. */
  readonly relation: string;
}

export interface Mediator {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly sex: SexValue | null;
  readonly employment: MediatorEmployment;
  /** e.g. 调委会主任, 专职人民调解员. */
  readonly title: string | null;
  readonly idNumber: string | null;
  readonly phone: string | null;
  readonly regionCode: string | null;
  readonly street: string | null;
  readonly community: string | null;
  readonly specialties: readonly DisputeType[];
  readonly relations: readonly MediatorRelation[];
  readonly active: boolean;
  readonly note: string | null;
  /** Cases in which the mediator is currently assigned and which are still open. */
  readonly openCaseCount: number;
  readonly version: number;
}

export const CONFLICT_KINDS = [
  'is_party',
  'shares_contact',
  'earlier_case',
  'declared_relation',
  'recused',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
export const CONFLICT_KIND_LABELS: Readonly<Record<ConflictKind, string>> = {
  is_party: '调解员本人是本案当事人或代理人',
  shares_contact: '调解员与当事人证件号码或电话相同',
  earlier_case: '调解员曾与本案当事人在其他案件中同为当事人',
  declared_relation: '调解员申报过与当事人的关系',
  recused: '调解员已在本案回避',
};

export interface ConflictFinding {
  readonly kind: ConflictKind;
  /** One Chinese sentence naming the party and the evidence. */
  readonly message: string;
  readonly partyId: string | null;
  readonly otherCaseId?: string | null;
}

export interface MediatorSuggestion {
  readonly mediator: Mediator;
  readonly score: number;
  /** Why it ranks where it does: 擅长邻里纠纷; 同在尧化街道; 在办案件 2 件. */
  readonly reasons: readonly string[];
  /** A suggestion with conflicts can still be chosen, with a written override reason. */
  readonly conflicts: readonly ConflictFinding[];
}

export interface CalendarEntry {
  readonly sessionId: string;
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly caseTitle: string;
  readonly kind: 'investigation' | 'mediation';
  readonly startAt: string;
  readonly endAt: string | null;
  readonly place: string;
  readonly mediatorNames: readonly string[];
}
