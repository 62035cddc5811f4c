import { caseDateViolation, withoutStep, type CaseDateStep } from '../../../../shared/cases/caseDateOrder.ts';
import { caseDatesOfDetail } from '../../../../shared/cases/caseDatesOfDetail.ts';
import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import { todayInChina } from '../caseUi.ts';

/** A dated field of a dialog: where its value is, and which step of the case it dates. */
export interface DatedField {
  readonly field: string;
  readonly step: CaseDateStep;
  /** A scheduled session may lie in the future. */
  readonly planned?: boolean;
  /** The step's stored dates are replaced by this one (e.g. 司法确认 edited). */
  readonly replacing?: boolean;
}

function valueAt(values: object, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], values);
}

/**
 * The case's date-order rules (shared/cases/caseDateOrder.ts) for a dialog's dated fields, so the
 * field shows the same message the core would refuse the date with: 协议日期（…）不能早于受理日期（…）。
 * Fields that are not yet a date are left to the dialog's own validation.
 */
export function dateOrderErrors(
  values: object,
  detail: CaseDetail,
  fields: readonly DatedField[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  let dates = caseDatesOfDetail(detail);
  const today = todayInChina();
  for (const f of fields) {
    const value = valueAt(values, f.field);
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    if (f.replacing) dates = withoutStep(dates, f.step);
    const violation = caseDateViolation(
      dates,
      { step: f.step, value, field: f.field, planned: f.planned ?? false },
      today,
    );
    if (violation) errors[f.field] = violation.message;
  }
  return errors;
}

/**
 * The date a step dialog starts with: today for a live case; empty while a paper case is being entered
 * (补录), so each step gets the date from the dossier rather than the day of entry.
 */
export function stepDateDefault(detail: CaseDetail, live: string = todayInChina()): string {
  return detail.backfill?.open ? '' : live;
}
