import type {
  AgreementForm,
  ConfirmationResult,
  FollowUpMethod,
  FollowUpReason,
  FollowUpStatus,
  PerformanceStatus,
  Satisfaction,
  TransferFeedbackResult,
  TransferTargetKind,
} from './outcomeTaxonomy.ts';

export interface Obligation {
  readonly id: string;
  readonly seq: number;
  readonly obligorId: string;
  readonly obligeeId: string | null;
  readonly content: string;
  readonly amountFen: number | null;
  /** 人民币叁万伍仟陆佰元整（¥35,600.00）, when there is an amount. */
  readonly amountText: string | null;
  readonly dueDate: string | null;
  readonly manner: string | null;
  readonly place: string | null;
  readonly performanceStatus: PerformanceStatus;
  readonly performedAmountFen: number | null;
  readonly performedOn: string | null;
  readonly performanceNote: string | null;
}

export interface Agreement {
  readonly id: string;
  readonly form: AgreementForm;
  /** Printed number; null means the case number is used (domain §1.1). */
  readonly number: string | null;
  readonly concludedOn: string;
  readonly effectiveOn: string | null;
  readonly facts: string | null;
  readonly otherClauses: readonly string[];
  readonly performanceText: string | null;
  readonly oralContent: string | null;
  readonly involvesStatusRelation: boolean;
  readonly involvesOwnershipConfirmation: boolean;
  readonly obligations: readonly Obligation[];
  readonly totalAmountFen: number;
  readonly totalAmountText: string;
  /** False for status relations and ownership confirmation (domain §2.4): courts will not confirm them. */
  readonly confirmable: boolean;
  readonly notConfirmableReason: string | null;
  /** Effective date + 30 days by the legal day count; null until effective or when not confirmable. */
  readonly confirmationDeadline: string | null;
  /** Performance of the agreement as a whole (当场履行 / 已履行), for agreements without obligations too. */
  readonly wholePerformance?: WholePerformance | null;
}

export const WHOLE_PERFORMANCE_MODES = ['on_the_spot', 'performed'] as const;
export type WholePerformanceMode = (typeof WHOLE_PERFORMANCE_MODES)[number];
export const WHOLE_PERFORMANCE_MODE_LABELS: Readonly<Record<WholePerformanceMode, string>> = {
  on_the_spot: '当场履行',
  performed: '已履行',
};

export interface WholePerformance {
  readonly mode: WholePerformanceMode;
  readonly performedOn: string;
  /** How it was performed: 当场赔礼道歉，已拆除违建 … */
  readonly how: string | null;
}

export interface FollowUp {
  readonly id: string;
  readonly status: FollowUpStatus;
  readonly reason: FollowUpReason;
  readonly obligationId: string | null;
  readonly dueOn: string;
  readonly visitedOn: string | null;
  readonly method: FollowUpMethod | null;
  readonly visitor: string | null;
  readonly partyIds: readonly string[];
  readonly performanceFound: PerformanceStatus | null;
  readonly satisfaction: Satisfaction | null;
  readonly situation: string | null;
  readonly measures: string | null;
}

export interface Transfer {
  readonly id: string;
  readonly targetKind: TransferTargetKind;
  readonly targetOrganisationId: string | null;
  readonly targetName: string;
  readonly isEscalation: boolean;
  readonly reason: string;
  readonly transferredOn: string;
  readonly feedbackOn: string | null;
  readonly feedbackResult: TransferFeedbackResult | null;
  readonly feedbackNote: string | null;
}

export interface JudicialConfirmation {
  readonly court: string;
  readonly appliedOn: string | null;
  readonly courtCaseNo: string | null;
  readonly decidedOn: string | null;
  readonly result: ConfirmationResult | null;
  readonly note: string | null;
  /** Applied after the 30-day deadline: the court may refuse it. */
  readonly late: boolean;
}
