/**
 * The order of a ledger row's dates: 登记 ≤ 受理 ≤ 结案, none in the future.
 *
 * NOTE (issue 14 item 1): the shared rule set for the order of every case date is being written in
 * `src/shared/cases/caseDateOrder.ts`. When it lands, this function should call it with the row's
 * dates (registeredOn → 登记, acceptedOn → 受理, closedOn → 结案) and map its violations to ledger
 * columns, so the import and the forms refuse exactly the same things. Until then this small check
 * covers the three dates a ledger carries, with the same wording the forms use.
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

const LABELS = { registeredOn: '登记日期', acceptedOn: '受理日期', closedOn: '结案日期' } as const;
const ORDER = ['registeredOn', 'acceptedOn', 'closedOn'] as const;

export function checkLedgerDateOrder(dates: LedgerDates, today: string): DateOrderIssue[] {
  const issues: DateOrderIssue[] = [];
  for (const field of ORDER) {
    const value = dates[field];
    if (value !== undefined && value > today)
      issues.push({
        field,
        message: `${LABELS[field]} ${value} 晚于今天（${today}），已发生的事不能是将来的日期`,
      });
  }
  // Each date against the nearest earlier one present: one message per wrong date.
  let previous: (typeof ORDER)[number] | null = null;
  for (const field of ORDER) {
    const value = dates[field];
    if (value === undefined) continue;
    const before = previous === null ? undefined : dates[previous];
    if (previous !== null && before !== undefined && value < before)
      issues.push({ field, message: `${LABELS[field]} ${value} 早于${LABELS[previous]} ${before}` });
    previous = field;
  }
  return issues;
}
