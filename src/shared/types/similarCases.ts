import type { DisputeType } from './disputeTaxonomy.ts';

/** How a precedent ended, as of today. */
export type PrecedentOutcome = 'success' | 'failed';
/** Performance of a successful precedent's agreement. */
export type PrecedentPerformance = 'performed' | 'not_yet' | 'none';

export const PRECEDENT_PERFORMANCE_LABELS: Readonly<Record<PrecedentPerformance, string>> = {
  performed: '已履行',
  not_yet: '未履行完毕',
  none: '—',
};

/**
 * One earlier case of this centre like the one being handled (类案参考). For a case outside the
 * caller's data scope the identifying fields are null, no clause text is returned and its wording is not
 * compared: a scoped 调解员 learns how such disputes ended (outcome, amount, performance, duration), not
 * whose they were.
 */
export interface SimilarCase {
  readonly caseId: string | null;
  readonly caseNo: string | null;
  readonly title: string | null;
  readonly inScope: boolean;
  readonly subtypeName: string | null;
  readonly sameSubtype: boolean;
  /** 0–1: how much of the wording of title, summary and requests the two cases share. */
  readonly textSimilarity: number;
  readonly outcome: PrecedentOutcome;
  readonly acceptedOn: string;
  readonly outcomeOn: string;
  /** Days from 受理 to agreement (or to the end of mediation when it failed). */
  readonly durationDays: number;
  readonly amountFen: number | null;
  readonly performance: PrecedentPerformance;
  /** What was agreed: the obligations and other clauses (empty for a case outside the caller's scope). */
  readonly clauses: readonly string[];
}

export interface SimilarCasesSummary {
  /** What the set is: `漏水` (a sub-type) or `邻里纠纷` (the type). */
  readonly kind: string;
  readonly years: number;
  readonly count: number;
  readonly success: number;
  readonly medianAmountFen: number | null;
  readonly averageDays: number | null;
}

export interface SimilarCases {
  readonly disputeType: DisputeType;
  readonly items: readonly SimilarCase[];
  readonly summary: SimilarCasesSummary;
}
