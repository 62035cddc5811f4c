/**
 * The order of a case's dates (domain §2.3), as one rule set: the services enforce it with the case's
 * stored dates inside the writing transaction, and the forms show the same message at the field.
 *
 *   申请/登记 ≤ 受理 ≤ 告知 ≤ 调查/调解 ≤ 协议 ≤ 生效 ≤ 履行/回访 ≤ 结案 ≤ 归档
 *
 * with 不予受理 after 登记, 指派/延期/移交/终止 inside the handling, 司法确认 after 生效, and nothing that has
 * happened dated after today (Asia/Shanghai). A scheduled session is not a date that has happened.
 * Steps that may happen several times (sessions, notices, performance) are ordered as a whole: every
 * earlier-step date ≤ every later-step date. Per-party rules (a party is informed before the session it
 * attends) stay with the session service.
 */
import { AppError } from '../errors.ts';

export const CASE_DATE_LABELS = {
  applied: '申请日期',
  registered: '登记日期',
  accepted: '受理日期',
  rejected: '不予受理日期',
  refused: '拒绝调解日期',
  rightsNotice: '告知日期',
  assigned: '指派日期',
  session: '调查/调解日期',
  extensionConsent: '同意延期日期',
  transferred: '移交日期',
  transferFeedback: '移交反馈日期',
  terminated: '终止日期',
  agreement: '协议日期',
  effective: '生效日期',
  performed: '履行日期',
  followUp: '回访日期',
  confirmationApplied: '司法确认申请日期',
  confirmationDecided: '司法确认裁定日期',
  reply: '答复日期',
  closed: '结案日期',
  archived: '归档日期',
} as const;

export type CaseDateStep = keyof typeof CASE_DATE_LABELS;
export const CASE_DATE_STEPS = Object.keys(CASE_DATE_LABELS) as CaseDateStep[];

/** Direct "not later than" edges; the rule set is their transitive closure. */
const EDGES: readonly (readonly [CaseDateStep, CaseDateStep])[] = [
  ['applied', 'accepted'],
  ['applied', 'rejected'],
  ['registered', 'accepted'],
  ['registered', 'rejected'],
  ['registered', 'refused'],
  ['registered', 'transferred'],
  ['accepted', 'rightsNotice'],
  ['accepted', 'assigned'],
  ['accepted', 'session'],
  ['accepted', 'extensionConsent'],
  ['accepted', 'transferred'],
  ['accepted', 'terminated'],
  ['rightsNotice', 'agreement'],
  ['assigned', 'agreement'],
  ['session', 'agreement'],
  ['session', 'terminated'],
  ['session', 'transferred'],
  ['transferred', 'transferFeedback'],
  ['transferred', 'closed'],
  ['terminated', 'closed'],
  ['extensionConsent', 'closed'],
  ['refused', 'closed'],
  ['assigned', 'closed'],
  ['rightsNotice', 'closed'],
  ['agreement', 'effective'],
  ['effective', 'performed'],
  ['effective', 'followUp'],
  ['effective', 'confirmationApplied'],
  ['confirmationApplied', 'confirmationDecided'],
  ['agreement', 'performed'],
  ['agreement', 'followUp'],
  ['performed', 'closed'],
  ['followUp', 'closed'],
  ['closed', 'archived'],
  // 交单: a reply to the referrer (interim or final) comes after registration and before archiving.
  ['registered', 'reply'],
  ['reply', 'archived'],
  ['confirmationDecided', 'archived'],
  ['transferFeedback', 'archived'],
];

function closure(): ReadonlyMap<CaseDateStep, ReadonlySet<CaseDateStep>> {
  const after = new Map<CaseDateStep, Set<CaseDateStep>>(CASE_DATE_STEPS.map((s) => [s, new Set()]));
  for (const [a, b] of EDGES) after.get(a)!.add(b);
  let grew = true;
  while (grew) {
    grew = false;
    for (const set of after.values()) {
      for (const next of [...set]) {
        for (const further of after.get(next)!) {
          if (!set.has(further)) {
            set.add(further);
            grew = true;
          }
        }
      }
    }
  }
  return after;
}

const LATER = closure();

/** Every ordered pair [earlier, later] the rule set enforces (the table test walks these). */
export const CASE_DATE_ORDER: readonly (readonly [CaseDateStep, CaseDateStep])[] = CASE_DATE_STEPS.flatMap(
  (a) => [...LATER.get(a)!].map((b) => [a, b] as const),
);

export function mustNotBeLater(earlier: CaseDateStep, later: CaseDateStep): boolean {
  return LATER.get(earlier)!.has(later);
}

/** The earliest and latest stored date of each step a case has. */
export type CaseDates = Partial<Record<CaseDateStep, { readonly min: string; readonly max: string }>>;

export function addCaseDate(dates: CaseDates, step: CaseDateStep, value: string): CaseDates {
  const known = dates[step];
  return {
    ...dates,
    [step]: known
      ? { min: value < known.min ? value : known.min, max: value > known.max ? value : known.max }
      : { min: value, max: value },
  };
}

/** The dates as a list of (step, date) pairs, for building a snapshot from rows. */
export function caseDatesOf(
  entries: readonly (readonly [CaseDateStep, string | null | undefined])[],
): CaseDates {
  let dates: CaseDates = {};
  for (const [step, value] of entries) if (value) dates = addCaseDate(dates, step, value.slice(0, 10));
  return dates;
}

/** Without the stored dates of `step` (the step is being replaced, not added). */
export function withoutStep(dates: CaseDates, step: CaseDateStep): CaseDates {
  const { [step]: _dropped, ...rest } = dates;
  return rest;
}

export interface CaseDateEntry {
  readonly step: CaseDateStep;
  readonly value: string;
  /** The input field, dotted path (`concludedOn`, `updates.0.performedOn`). */
  readonly field: string;
  /** A scheduled (not yet happened) date may lie in the future. */
  readonly planned?: boolean;
}

export interface CaseDateViolation {
  readonly field: string;
  readonly message: string;
}

/**
 * The first rule `entry` breaks against the case's dates and today, or null. Of several conflicts the
 * closest one is named (the latest earlier date, the earliest later date).
 */
export function caseDateViolation(
  dates: CaseDates,
  entry: CaseDateEntry,
  today: string | null,
): CaseDateViolation | null {
  const label = CASE_DATE_LABELS[entry.step];
  const value = entry.value.slice(0, 10);
  const fail = (message: string) => ({ field: entry.field, message });
  if (today !== null && !entry.planned && value > today)
    return fail(`${label}（${value}）不能晚于今天（${today}）。`);
  let earlier: { step: CaseDateStep; date: string } | null = null;
  let later: { step: CaseDateStep; date: string } | null = null;
  for (const step of CASE_DATE_STEPS) {
    const known = dates[step];
    if (!known || step === entry.step) continue;
    if (mustNotBeLater(step, entry.step) && known.max > value && (!earlier || known.max >= earlier.date))
      earlier = { step, date: known.max };
    if (mustNotBeLater(entry.step, step) && known.min < value && (!later || known.min < later.date))
      later = { step, date: known.min };
  }
  if (earlier)
    return fail(`${label}（${value}）不能早于${CASE_DATE_LABELS[earlier.step]}（${earlier.date}）。`);
  if (later) return fail(`${label}（${value}）不能晚于${CASE_DATE_LABELS[later.step]}（${later.date}）。`);
  return null;
}

/**
 * Checks several dates of one request, each against the stored ones and the ones before it in the list;
 * returns the dates with the new ones added.
 */
export function checkCaseDates(
  dates: CaseDates,
  entries: readonly CaseDateEntry[],
  today: string | null,
): CaseDates {
  let current = dates;
  for (const entry of entries) {
    const violation = caseDateViolation(current, entry, today);
    if (violation) {
      throw new AppError('INVALID_INPUT', violation.message, {
        fields: { [violation.field]: violation.message },
      });
    }
    if (!entry.planned) current = addCaseDate(current, entry.step, entry.value.slice(0, 10));
  }
  return current;
}

/** A date that only must not lie in the future (纠纷发生日期, 出生日期), with the same wording. */
export function futureDateViolation(
  label: string,
  value: string | null | undefined,
  today: string,
): string | null {
  if (!value) return null;
  const date = value.slice(0, 10);
  return date > today ? `${label}（${date}）不能晚于今天（${today}）。` : null;
}

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai of a stored UTC instant (registration, assignment times). */
export function shanghaiDateOf(instant: string): string {
  const parts = Object.fromEntries(shanghai.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The instant stored for a business date entered without a time (补录): 08:00 in Asia/Shanghai. */
export function instantOfDate(date: string): string {
  return `${date}T00:00:00.000Z`;
}
