/**
 * What a mapping needs besides the case: today's date (for defaults such as 填表时间), which session or
 * follow-up a per-event document is about, and the dossier's computed rows for the 目录 and 备考表.
 */
export interface MappingContext {
  /** `YYYY-MM-DD`, from the service's clock. */
  readonly today: string;
  /** Investigation/mediation record: the session; defaults to the first session of the right kind. */
  readonly sessionId?: string;
  /** Follow-up record: the visit; defaults to the latest. */
  readonly followUpId?: string;
  /** 卷内目录 and 卷内备考表: computed by the dossier assembly; without it, the planned contents are used. */
  readonly dossier?: DossierSummary;
}

export interface DossierTocRow {
  readonly no: string;
  readonly title: string;
  /** e.g. 3 or 4-6; empty when page numbers are unknown (no PDF). */
  readonly pages: string;
  readonly remark: string;
}

export interface DossierSummary {
  readonly rows: readonly DossierTocRow[];
  readonly itemCount: number;
  /** Pages of the documents listed in the 目录; `null` when not known (no PDF). */
  readonly pageCount: number | null;
  /** Lines for the 情况说明 of the 备考表: missing mandatory items and remarks. */
  readonly notes: readonly string[];
}
