import {
  addCaseDate,
  caseDateViolation,
  type CaseDates,
  type CaseDateStep,
} from '../../../shared/cases/caseDateOrder.ts';

/**
 * The order of a ledger row's dates (登记 ≤ 受理 ≤ 结案, none in the future), by the same rule set the
 * forms and every service use (`shared/cases/caseDateOrder.ts`), so an import refuses exactly what a
 * clerk entering the case by hand would be refused, with the same words. Unlike a form, a ledger row
 * reports every wrong date, not only the first.
 */
export interface LedgerDates {
  readonly registeredOn?: string;
  readonly acceptedOn?: string;
  readonly closedOn?: string;
}

export interface DateOrderIssue {
  readonly field: 'registeredOn' | 'acceptedOn' | 'closedOn';
  readonly message: string;
}

const STEPS: readonly (readonly [DateOrderIssue['field'], CaseDateStep])[] = [
  ['registeredOn', 'registered'],
  ['acceptedOn', 'accepted'],
  ['closedOn', 'closed'],
];

export function checkLedgerDateOrder(dates: LedgerDates, today: string): DateOrderIssue[] {
  const issues: DateOrderIssue[] = [];
  let known: CaseDates = {};
  for (const [field, step] of STEPS) {
    const value = dates[field];
    if (value === undefined) continue;
    const violation = caseDateViolation(known, { step, value, field }, today);
    if (violation) issues.push({ field, message: violation.message });
    else known = addCaseDate(known, step, value);
  }
  return issues;
}
