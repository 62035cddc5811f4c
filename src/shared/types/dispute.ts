/**
 * A dispute case as the renderer sees it. The case-lifecycle issue extends this shape; the
 * foundation slice carries only what registration, the list and the detail page need.
 */
export const CASE_STATUSES = ['registered'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '待受理',
};

export interface CaseSummary {
  /** Stable UUID: the case's identity in links, exports and exchange packages. */
  readonly id: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly registeredAt: string;
}

export interface CaseDetail extends CaseSummary {
  readonly organisationId: string;
  readonly summary: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency token: writes must send the version they read. */
  readonly version: number;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}
