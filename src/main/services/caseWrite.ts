import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  requireCaseRow,
  staleCase,
  updateCaseRow,
  type CaseRow,
  type CaseRowUpdate,
} from '../db/queries/caseRows.ts';
import { appendCaseEvent } from '../db/queries/caseEvents.ts';
import { loadCaseCounts } from '../db/queries/caseFacts.ts';
import { loadCaseDates } from '../db/queries/caseDates.ts';
import {
  checkCaseDates,
  withoutStep,
  type CaseDateEntry,
  type CaseDateStep,
} from '../../shared/cases/caseDateOrder.ts';
import { checkCaseAction, type CaseAction, type CaseFacts } from '../../shared/cases/caseStateMachine.ts';
import type { CaseStatus } from '../../shared/types/caseStatus.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';
import { reportCaseChange } from './export/reportCaseChange.ts';

export interface CaseRef {
  readonly caseId: string;
  readonly expectedVersion: number;
}

/** What a write step sees: the case as read inside the transaction, and where to put its changes. */
export interface CaseWriteContext {
  readonly trx: Kysely<Database>;
  readonly row: CaseRow;
  readonly facts: CaseFacts;
  readonly now: string;
  readonly today: string;
  readonly actor: string;
  /** Status after the action (and any `advance`). */
  readonly status: CaseStatus;
  /** Columns of dispute_case to change together with the status and version. */
  setCase(changes: CaseRowUpdate): void;
  /** An automatic follow-on transition (e.g. 受理 → 调解中 on the first session), checked and logged. */
  advance(action: CaseAction, summary: string): void;
  /**
   * Checks the step's dates against the case's stored dates and today with the one date-order rule
   * set (shared/cases/caseDateOrder.ts): INVALID_INPUT naming the field and the conflicting date.
   * `replacing`: a step whose stored dates this write replaces (they are left out of the check).
   * The first happened date becomes the timeline entry's business date.
   */
  checkDates(entries: readonly CaseDateEntry[], replacing?: readonly CaseDateStep[]): Promise<void>;
  /** True while the case is being entered afterwards (补录): its steps are marked so. */
  readonly backfilling: boolean;
}

export interface CaseWriteResult {
  /** The timeline sentence for the action. */
  readonly summary: string;
  /** What changed, for the timeline: field → new value (or {from, to}). */
  readonly changes?: Readonly<Record<string, unknown>>;
}

export interface CaseWriteOptions {
  /** Facts only some actions need (e.g. dossier gaps for 归档). */
  readonly extraFacts?: (trx: Kysely<Database>, row: CaseRow) => Promise<Partial<CaseFacts>>;
}

/**
 * The one path by which a case changes: in a single write transaction it reads the case, refuses a
 * stale version (CONFLICT), asks the state machine whether `action` is allowed (INVALID_STATE naming the
 * current state and what is missing), runs `work`, bumps the version and appends the timeline.
 */
export async function writeCase(
  deps: ServiceDeps,
  ref: CaseRef,
  action: CaseAction,
  actor: string,
  work: (ctx: CaseWriteContext) => Promise<CaseWriteResult>,
  options: CaseWriteOptions = {},
): Promise<CaseRow> {
  return deps.inTransaction(async (trx) => {
    const row = await requireCaseRow(trx, ref.caseId);
    if (row.version !== ref.expectedVersion) throw staleCase(ref.expectedVersion);
    const facts: CaseFacts = {
      ...(await loadCaseCounts(trx, row.id)),
      ...(options.extraFacts ? await options.extraFacts(trx, row) : {}),
    };
    const from = row.status as CaseStatus;
    let status = checkCaseAction(from, action, facts);
    const now = deps.clock.now().toISOString();
    let caseChanges: CaseRowUpdate = {};
    let businessOn: string | null = null;
    const today = todayIn(deps.clock);
    const backfilling = row.backfill_at !== null && row.backfill_done_at === null;
    const followOn: { action: CaseAction; from: CaseStatus; to: CaseStatus; summary: string }[] = [];
    const ctx: CaseWriteContext = {
      trx,
      row,
      facts,
      now,
      today,
      actor,
      backfilling,
      async checkDates(entries, replacing = []) {
        let dates = await loadCaseDates(trx, row);
        for (const step of replacing) dates = withoutStep(dates, step);
        checkCaseDates(dates, entries, today);
        businessOn ??= entries.find((e) => !e.planned)?.value.slice(0, 10) ?? null;
      },
      get status() {
        return status;
      },
      setCase(changes) {
        caseChanges = { ...caseChanges, ...changes };
      },
      advance(next, summary) {
        const to = checkCaseAction(status, next, facts);
        followOn.push({ action: next, from: status, to, summary });
        status = to;
      },
    };
    const result = await work(ctx);
    await updateCaseRow(trx, row.id, ref.expectedVersion, { ...caseChanges, status }, now);
    const mainTo = followOn[0]?.from ?? status;
    await appendCaseEvent(trx, {
      caseId: row.id,
      occurredAt: now,
      actor,
      action,
      fromStatus: from,
      toStatus: mainTo === from ? null : mainTo,
      summary: result.summary,
      changes: result.changes ?? {},
      backfill: backfilling,
      businessOn,
    });
    for (const step of followOn) {
      await appendCaseEvent(trx, {
        caseId: row.id,
        occurredAt: now,
        actor,
        action: step.action,
        fromStatus: step.from,
        toStatus: step.to,
        summary: step.summary,
        changes: {},
        backfill: backfilling,
        businessOn,
      });
    }
    const actions = [action, ...followOn.map((step) => step.action)];
    await reportCaseChange(trx, {
      caseId: row.id,
      caseUuid: row.uuid,
      version: row.version + 1,
      actions,
      now,
      newId: deps.newId,
    });
    return { ...row, status, version: row.version + 1 };
  });
}
