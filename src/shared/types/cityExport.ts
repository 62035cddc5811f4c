/**
 * Export record format v1 (docs/city-export.md): one case with its parties, sessions, agreement,
 * follow-ups and transfers, in our own codes. A mapping file turns it into what a platform wants.
 */
export interface CityRecordV1 {
  readonly formatVersion: 1;
  readonly caseUuid: string;
  readonly version: number;
  readonly caseCode: string | null;
  readonly handlingOrg: { readonly uuid: string; readonly name: string; readonly regionCode: string };
  readonly region: {
    readonly districtCode: string | null;
    readonly street: string | null;
    readonly community: string | null;
    readonly grid: string | null;
  };
  readonly address: string | null;
  readonly summary: string;
  readonly disputeType: string;
  readonly source: string;
  readonly status: string;
  readonly result: CityResult | null;
  readonly riskLevel: string | null;
  readonly personsInvolved: number;
  readonly isGroup: boolean;
  readonly registeredAt: string;
  readonly acceptedOn: string | null;
  readonly closedOn: string | null;
  readonly dueDate: string | null;
  readonly amountFen: number | null;
  readonly parties: readonly CityParty[];
  readonly sessions: readonly CitySession[];
  readonly agreement: CityAgreement | null;
  readonly followUps: readonly CityFollowUp[];
  readonly transfers: readonly CityTransfer[];
  /** 交单: when the reply to the referrer is due, and the replies sent (issue 15). */
  readonly replyDueOn: string | null;
  readonly replies: readonly CityReply[];
}

export interface CityReply {
  readonly uuid: string;
  readonly kind: string;
  readonly repliedOn: string;
  readonly channel: string;
  readonly result: string;
  /** Free text: sensitive, sent only when the mapping says how. */
  readonly content: string;
}

export const CITY_RESULTS = ['agreement', 'terminated', 'transferred', 'rejected'] as const;
export type CityResult = (typeof CITY_RESULTS)[number];
export const CITY_RESULT_LABELS: Readonly<Record<CityResult, string>> = {
  agreement: '调解成功（达成协议）',
  terminated: '终止调解',
  transferred: '移交',
  rejected: '不予受理',
};

export interface CityParty {
  readonly uuid: string;
  readonly role: string;
  readonly kind: string;
  readonly name: string;
  readonly sex: string | null;
  readonly idType: string | null;
  readonly idNumber: string | null;
  readonly phones: readonly string[];
  readonly address: string | null;
}

export interface CitySession {
  readonly uuid: string;
  readonly kind: string;
  readonly status: string;
  readonly startAt: string;
  readonly mode: string;
}

export interface CityAgreement {
  readonly uuid: string;
  readonly form: string;
  readonly concludedOn: string;
  readonly effectiveOn: string | null;
  readonly obligations: readonly {
    readonly uuid: string;
    readonly amountFen: number | null;
    readonly dueDate: string | null;
    readonly performanceStatus: string;
  }[];
}

export interface CityFollowUp {
  readonly uuid: string;
  readonly status: string;
  readonly dueOn: string;
  readonly visitedOn: string | null;
  readonly method: string | null;
  readonly satisfaction: string | null;
}

export interface CityTransfer {
  readonly uuid: string;
  readonly targetKind: string;
  readonly targetName: string;
  readonly isEscalation: boolean;
  readonly transferredOn: string;
  readonly feedbackResult: string | null;
}

/** What a case change reports: 受理, 调解结果 (agreement / termination / transfer / refusal), 结案. */
export const EXPORT_TRIGGERS = ['accepted', 'outcome', 'closed'] as const;
export type ExportTrigger = (typeof EXPORT_TRIGGERS)[number];
export const EXPORT_TRIGGER_LABELS: Readonly<Record<ExportTrigger, string>> = {
  accepted: '受理',
  outcome: '得出调解结果（达成协议、终止、移交、不予受理）',
  closed: '结案',
};

export const OUTBOX_STATUSES = ['pending', 'sending', 'delivered', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OUTBOX_STATUS_LABELS: Readonly<Record<OutboxStatus, string>> = {
  pending: '等待发送',
  sending: '发送中',
  delivered: '已送达',
  failed: '需要处理',
};

export const EXPORT_AUTH_KINDS = ['none', 'bearer', 'hmac'] as const;
export type ExportAuthKind = (typeof EXPORT_AUTH_KINDS)[number];

export interface ExportSettings {
  readonly enabled: boolean;
  readonly endpoint: string;
  readonly authKind: ExportAuthKind;
  /** Whether a token / HMAC secret is stored; the value itself never leaves the main process. */
  readonly hasSecret: boolean;
  readonly triggers: readonly ExportTrigger[];
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly mappingName: string;
}

export interface OutboxEntry {
  readonly id: string;
  readonly caseUuid: string;
  readonly caseCode: string | null;
  readonly caseVersion: number;
  readonly trigger: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly ackId: string | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
}

export interface ConnectionTestResult {
  readonly at: string;
  readonly ok: boolean;
  readonly message: string;
}

export interface ExportStatus {
  readonly counts: Readonly<Record<OutboxStatus, number>>;
  readonly lastConnectionTest: ConnectionTestResult | null;
}
