import type { Role } from '../api/roles.ts';

export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  /** The roster entry this account belongs to (a 调解员 sees the cases assigned to it). */
  readonly mediatorId: string | null;
  readonly mediatorName: string | null;
  /** A 调解员 normally sees only their own cases; an administrator may widen that. */
  readonly seesAllCases: boolean;
}

/** Who is calling: what the router attaches to every authenticated call. */
export interface SessionUser {
  readonly id: string;
  /** Integer key, for foreign keys from audit and case rows. */
  readonly rowId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly mustChangePassword: boolean;
  readonly mediatorRowId: number | null;
  /** The roster entry of a 调解员's account, so 工作台 can start on their own work. */
  readonly mediatorId: string | null;
  readonly seesAllCases: boolean;
}

/**
 * Result of a call that starts a session. The transport (HTTP cookie or the Electron main process)
 * takes `sessionToken` out before the result reaches the page, so scripts in the page never see it.
 */
export interface SessionStarted {
  readonly user: SessionUser;
  readonly sessionToken?: string;
}

export interface AuditEntry {
  readonly seq: number;
  readonly time: string;
  readonly actor: string | null;
  readonly method: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly hash: string;
  /** When the target is a case: its number (null before 受理) and title, for a link instead of a UUID. */
  readonly targetCase?: { readonly id: string; readonly caseNo: string | null; readonly title: string };
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly checked: number;
  /** The first entry whose hash or link does not match, when broken. */
  readonly firstBrokenSeq: number | null;
  readonly message: string;
  /** The latest entry (its number and hash), to note down or compare with a backup's anchor. */
  readonly latestSeq?: number;
  readonly latestHash?: string | null;
  /** Entries from this number on are keyed with the installation's secret; earlier ones plain. */
  readonly keyedFromSeq?: number;
}
