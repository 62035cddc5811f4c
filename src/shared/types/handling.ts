import type { ConflictFinding } from './mediator.ts';
import type { AssignmentEndReason, AssignmentMode, AssignmentRole } from './partyTaxonomy.ts';
import type {
  AttachmentKind,
  ConsentForm,
  NoticeForm,
  SessionKind,
  SessionMode,
  SessionStatus,
} from './outcomeTaxonomy.ts';

export interface Assignment {
  readonly id: number;
  readonly mediatorId: string;
  readonly mediatorName: string;
  readonly role: AssignmentRole;
  readonly mode: AssignmentMode;
  readonly assignedAt: string;
  readonly assignedBy: string;
  /** Conflicts found at assignment and overridden with `overrideReason`. */
  readonly conflicts: readonly ConflictFinding[];
  readonly overrideReason: string | null;
  readonly endedAt: string | null;
  readonly endReason: AssignmentEndReason | null;
  readonly endNote: string | null;
  readonly requestedByPartyId: string | null;
}

export interface RightsNotice {
  readonly id: number;
  readonly partyId: string;
  readonly givenOn: string;
  readonly form: NoticeForm;
  readonly givenBy: string | null;
  readonly note: string | null;
}

export interface SessionInterviewee {
  readonly partyId?: string | null;
  readonly name: string;
  readonly relation?: string | null;
  readonly phone?: string | null;
  readonly address?: string | null;
}

export interface Session {
  readonly id: string;
  readonly kind: SessionKind;
  readonly status: SessionStatus;
  readonly startAt: string;
  readonly endAt: string | null;
  readonly place: string;
  readonly mode: SessionMode;
  readonly isPublic: boolean;
  readonly subject: string | null;
  readonly recorder: string | null;
  readonly transcript: string | null;
  readonly result: string | null;
  readonly rightsNoticeGiven: boolean;
  readonly interviewee: SessionInterviewee | null;
  readonly mediatorIds: readonly string[];
  readonly mediatorNames: readonly string[];
  readonly partyIdsPresent: readonly string[];
  readonly participants: readonly { readonly name: string; readonly relation: string | null }[];
}

export interface DeadlineExtension {
  readonly id: number;
  readonly previousDueDate: string;
  readonly newDueDate: string;
  readonly reason: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly consents: readonly {
    readonly partyId: string;
    readonly consentedOn: string;
    readonly form: ConsentForm;
  }[];
}

export interface Attachment {
  readonly id: string;
  readonly kind: AttachmentKind;
  readonly title: string;
  readonly fileName: string;
  /** Relative to the data directory, e.g. attachments/ab/ab12….pdf. */
  readonly relativePath: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mimeType: string;
  readonly pages: number | null;
  readonly partyId: string | null;
  readonly addedAt: string;
  readonly addedBy: string;
}
