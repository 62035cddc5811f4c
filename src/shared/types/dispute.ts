/**
 * A dispute case as the renderer sees it: the summary row of lists, and the whole aggregate on the
 * detail page. Ids are UUIDs; dates `YYYY-MM-DD`; session times local `YYYY-MM-DDTHH:mm`; money 分.
 */
import type { CaseAction } from '../cases/caseStateMachine.ts';
import type { CaseStatus } from './caseStatus.ts';
import type {
  ApplicationForm,
  CaseSource,
  CourtProcedure,
  DisputeType,
  ExternalRefKind,
  RiskFactor,
  RiskLevel,
} from './disputeTaxonomy.ts';
import type { AdvisedChannel, ConsentMode, RetentionPeriod } from './outcomeTaxonomy.ts';
import type { Party } from './party.ts';
import type { Assignment, Attachment, DeadlineExtension, RightsNotice, Session } from './handling.ts';
import type { Agreement, FollowUp, JudicialConfirmation, Transfer } from './outcome.ts';
import type { CaseReply } from './replies.ts';
import type { NextStep } from '../cases/nextStep.ts';

export { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from './caseStatus.ts';

export interface CaseSummary {
  /** Stable UUID: the case's identity in links, exports and exchange packages. */
  readonly id: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly registeredAt: string;
  /** （2026）栖尧人调字第1号; null until accepted. */
  readonly caseNo: string | null;
  readonly disputeType: DisputeType;
  readonly source: CaseSource;
  readonly riskLevel: RiskLevel | null;
  readonly acceptedOn: string | null;
  readonly dueDate: string | null;
  /** Names of the applicants and respondents, for lists: 张三、李四. */
  readonly partyNames: string;
  /** Presiding mediator, if assigned. */
  readonly leadMediatorName: string | null;
  readonly placeStreet: string | null;
  readonly placeCommunity: string | null;
}

export interface ExternalRef {
  readonly kind: ExternalRefKind;
  readonly value: string;
}

export interface CasePlace {
  readonly districtCode: string | null;
  readonly street: string | null;
  readonly community: string | null;
  readonly grid: string | null;
  readonly address: string | null;
}

/** How a case ended without agreement: 不予受理 or 终止调解. */
export interface CaseDisposal {
  readonly reasonCode: string;
  readonly reason: string;
  readonly channels: readonly AdvisedChannel[];
  readonly advice: string | null;
  readonly on: string;
}

export interface CaseDetail extends CaseSummary {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly summary: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency token: writes must send the version they read. */
  readonly version: number;
  readonly applicationForm: ApplicationForm | null;
  readonly sourceDetail: string | null;
  readonly referralCourtProcedure: CourtProcedure | null;
  readonly referralReceivedOn: string | null;
  readonly reporterName: string | null;
  readonly reporterPhone: string | null;
  readonly disputeSubtype: { readonly id: number; readonly name: string } | null;
  readonly place: CasePlace;
  readonly occurredOn: string | null;
  readonly personsInvolved: number;
  readonly isGroup: boolean;
  readonly riskFactors: readonly RiskFactor[];
  readonly riskNote: string | null;
  readonly requests: readonly string[];
  readonly appliedOn: string | null;
  readonly registrar: string | null;
  readonly consentMode: ConsentMode | null;
  readonly consentNote: string | null;
  /** Days of the handling period: 30, or 15/7 for a court 委托 case. */
  readonly timeLimitDays: number | null;
  readonly disposal: CaseDisposal | null;
  readonly closedOn: string | null;
  readonly closingNote: string | null;
  readonly archivedOn: string | null;
  readonly archiveFiler: string | null;
  /** 卷内备考表 检查人 and 检查日期, recorded at 归档. */
  readonly archiveChecker: string | null;
  readonly archiveCheckedOn: string | null;
  readonly retention: RetentionPeriod | null;
  readonly voidedAt: string | null;
  readonly voidReason: string | null;
  readonly externalRefs: readonly ExternalRef[];
  readonly parties: readonly Party[];
  readonly assignments: readonly Assignment[];
  readonly rightsNotices: readonly RightsNotice[];
  readonly sessions: readonly Session[];
  readonly extensions: readonly DeadlineExtension[];
  readonly agreement: Agreement | null;
  readonly followUps: readonly FollowUp[];
  readonly transfers: readonly Transfer[];
  readonly judicialConfirmation: JudicialConfirmation | null;
  readonly attachments: readonly Attachment[];
  readonly dossierExplanations: readonly { readonly item: string; readonly text: string }[];
  /** Actions the state machine allows from the current status (guards are re-checked on write). */
  readonly allowedActions: readonly CaseAction[];
  /** Set when the case is a paper case entered afterwards (补录). */
  readonly backfill: CaseBackfill | null;
  /** 交单: when the reply to the referrer is due, when the final one went out, and every reply sent. */
  readonly replyDueOn: string | null;
  readonly replyFinalOn: string | null;
  readonly replies: readonly CaseReply[];
  /** Who acts next, in one sentence (issue 15: nothing ends without saying who acts). */
  readonly nextStep: NextStep;
}

export interface CaseEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly action: string;
  readonly fromStatus: CaseStatus | null;
  readonly toStatus: CaseStatus | null;
  /** One Chinese sentence: 受理，编号（2026）栖尧人调字第1号. */
  readonly summary: string;
  readonly changes: Readonly<Record<string, unknown>>;
  /** Entered as 补录: `occurredAt` and `actor` say when and by whom it was entered. */
  readonly backfill: boolean;
  /** The date the step really happened (受理日期, 协议日期, …), when it has one. */
  readonly businessOn: string | null;
}

/** A paper case entered afterwards (补录): who started entering it, when, and whether that is finished. */
export interface CaseBackfill {
  readonly by: string;
  readonly at: string;
  /** While true the case is being entered: every step is recorded as 补录. */
  readonly open: boolean;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

/** A warning shown before saving; never blocks. */
export interface IntakeWarning {
  /** Form path, e.g. `parties.0.sex`, or `_` for the whole form. */
  readonly path: string;
  readonly message: string;
}

export interface DuplicateCaseLink {
  readonly caseId: string;
  readonly caseNo: string | null;
  readonly title: string;
  readonly status: CaseStatus;
  readonly registeredAt: string;
  readonly partyName: string;
  readonly role: string;
}

/** A party of the form that appears in other cases (重复纠纷 / 重复来访). */
export interface DuplicateMatch {
  /** Index of the party in the submitted list. */
  readonly partyIndex: number;
  readonly matchedBy: 'id_number' | 'name_phone';
  readonly message: string;
  readonly cases: readonly DuplicateCaseLink[];
}

export interface IntakeCheck {
  /** Blocking problems, keyed by form path; the same ones `case.create` would refuse. */
  readonly errors: Readonly<Record<string, string>>;
  readonly warnings: readonly IntakeWarning[];
  readonly duplicates: readonly DuplicateMatch[];
  /** What the ID numbers say, for pre-filling sex and birth date. */
  readonly derived: readonly ({
    readonly sex: '男' | '女';
    readonly birthDate: string;
    readonly age: number;
  } | null)[];
}
