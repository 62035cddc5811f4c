import { describe, expect, it } from 'vitest';
import {
  CASE_DATE_LABELS,
  CASE_DATE_ORDER,
  CASE_DATE_STEPS,
  caseDateViolation,
  caseDatesOf,
  checkCaseDates,
  futureDateViolation,
  mustNotBeLater,
  shanghaiDateOf,
  type CaseDateStep,
} from '../../../src/shared/cases/caseDateOrder.ts';
import { AppError } from '../../../src/shared/errors.ts';

const TODAY = '2026-12-04';
const EARLY = '2026-03-01';
const LATE = '2026-05-02';

/**
 * The order the product owner asked for (issue 14): 申请/登记 ≤ 受理 ≤ 告知 ≤ 调查/调解 ≤ 协议 ≤ 生效 ≤
 * 履行/回访 ≤ 结案 ≤ 归档, with transfers, extensions, 终止, 不予受理 and 司法确认 in their places.
 * Written out rather than derived from the rule set, so a rule dropped from it fails here.
 */
const MUST_BE_ORDERED: readonly (readonly [CaseDateStep, CaseDateStep])[] = [
  ['applied', 'accepted'],
  ['registered', 'accepted'],
  ['registered', 'rejected'],
  ['applied', 'rejected'],
  ['registered', 'refused'],
  ['accepted', 'rightsNotice'],
  ['accepted', 'assigned'],
  ['accepted', 'session'],
  ['registered', 'session'],
  ['rightsNotice', 'agreement'],
  ['session', 'agreement'],
  ['accepted', 'agreement'],
  ['registered', 'agreement'],
  ['agreement', 'effective'],
  ['effective', 'performed'],
  ['effective', 'followUp'],
  ['agreement', 'performed'],
  ['agreement', 'followUp'],
  ['effective', 'confirmationApplied'],
  ['confirmationApplied', 'confirmationDecided'],
  ['performed', 'closed'],
  ['followUp', 'closed'],
  ['agreement', 'closed'],
  ['accepted', 'closed'],
  ['closed', 'archived'],
  ['followUp', 'archived'],
  ['registered', 'archived'],
  ['accepted', 'extensionConsent'],
  ['extensionConsent', 'closed'],
  ['registered', 'transferred'],
  ['accepted', 'transferred'],
  ['session', 'transferred'],
  ['transferred', 'transferFeedback'],
  ['transferred', 'closed'],
  ['accepted', 'terminated'],
  ['session', 'terminated'],
  ['terminated', 'closed'],
  ['confirmationDecided', 'archived'],
];

/** Steps that may come in either order (履行 and 回访 run side by side; 申请 and 登记 are one step). */
const UNORDERED: readonly (readonly [CaseDateStep, CaseDateStep])[] = [
  ['performed', 'followUp'],
  ['applied', 'registered'],
  ['rightsNotice', 'session'],
  ['assigned', 'session'],
  ['transferFeedback', 'closed'],
  ['confirmationApplied', 'closed'],
];

const label = (step: CaseDateStep) => CASE_DATE_LABELS[step];

describe('date order of a case: the rule set', () => {
  it('names the example of the issue exactly', () => {
    const violation = caseDateViolation(
      caseDatesOf([['accepted', '2026-05-02']]),
      { step: 'agreement', value: '2026-03-01', field: 'concludedOn' },
      TODAY,
    );
    expect(violation).toEqual({
      field: 'concludedOn',
      message: '协议日期（2026-03-01）不能早于受理日期（2026-05-02）。',
    });
  });

  it('contains every pair the issue orders', () => {
    for (const [a, b] of MUST_BE_ORDERED) expect(mustNotBeLater(a, b), `${a} ≤ ${b}`).toBe(true);
  });

  it('has no cycles: no step is before itself, no pair both ways', () => {
    for (const [a, b] of CASE_DATE_ORDER) {
      expect(a).not.toBe(b);
      expect(mustNotBeLater(b, a), `${a} ≤ ${b} and ${b} ≤ ${a}`).toBe(false);
    }
  });

  it('leaves side-by-side steps unordered', () => {
    for (const [a, b] of UNORDERED) {
      expect(mustNotBeLater(a, b)).toBe(false);
      expect(mustNotBeLater(b, a)).toBe(false);
      expect(
        caseDateViolation(caseDatesOf([[a, LATE]]), { step: b, value: EARLY, field: 'x' }, TODAY),
      ).toBeNull();
      expect(
        caseDateViolation(caseDatesOf([[b, LATE]]), { step: a, value: EARLY, field: 'x' }, TODAY),
      ).toBeNull();
    }
  });

  describe.each(CASE_DATE_ORDER.map(([a, b]) => ({ a, b })))('$a ≤ $b', ({ a, b }) => {
    it(`refuses ${b} before a stored ${a}, naming both dates`, () => {
      const violation = caseDateViolation(
        caseDatesOf([[a, LATE]]),
        { step: b, value: EARLY, field: 'f' },
        TODAY,
      );
      expect(violation).toEqual({
        field: 'f',
        message: `${label(b)}（${EARLY}）不能早于${label(a)}（${LATE}）。`,
      });
    });
    it(`refuses ${a} after a stored ${b}, naming both dates`, () => {
      const violation = caseDateViolation(
        caseDatesOf([[b, EARLY]]),
        { step: a, value: LATE, field: 'f' },
        TODAY,
      );
      expect(violation).toEqual({
        field: 'f',
        message: `${label(a)}（${LATE}）不能晚于${label(b)}（${EARLY}）。`,
      });
    });
    it('accepts the same day and the right order', () => {
      expect(
        caseDateViolation(caseDatesOf([[a, EARLY]]), { step: b, value: EARLY, field: 'f' }, TODAY),
      ).toBeNull();
      expect(
        caseDateViolation(caseDatesOf([[a, EARLY]]), { step: b, value: LATE, field: 'f' }, TODAY),
      ).toBeNull();
      expect(
        caseDateViolation(caseDatesOf([[b, LATE]]), { step: a, value: EARLY, field: 'f' }, TODAY),
      ).toBeNull();
    });
  });

  it('refuses every happened step dated after today (Asia/Shanghai), allows a scheduled session', () => {
    for (const step of CASE_DATE_STEPS) {
      expect(caseDateViolation({}, { step, value: '2026-12-05', field: 'f' }, TODAY)?.message).toBe(
        `${label(step)}（2026-12-05）不能晚于今天（2026-12-04）。`,
      );
      expect(caseDateViolation({}, { step, value: TODAY, field: 'f' }, TODAY)).toBeNull();
    }
    expect(
      caseDateViolation(
        {},
        { step: 'session', value: '2027-01-10T09:00', field: 'startAt', planned: true },
        TODAY,
      ),
    ).toBeNull();
    // …but not before acceptance.
    expect(
      caseDateViolation(
        caseDatesOf([['accepted', '2026-12-01']]),
        { step: 'session', value: '2026-11-30T09:00', field: 'startAt', planned: true },
        TODAY,
      )?.message,
    ).toBe('调查/调解日期（2026-11-30）不能早于受理日期（2026-12-01）。');
  });

  it('orders repeated steps as a whole and names the closest conflict', () => {
    const dates = caseDatesOf([
      ['registered', '2026-02-01'],
      ['accepted', '2026-02-03'],
      ['session', '2026-02-10'],
      ['session', '2026-02-20'],
    ]);
    expect(
      caseDateViolation(dates, { step: 'agreement', value: '2026-02-15', field: 'f' }, TODAY)?.message,
    ).toBe('协议日期（2026-02-15）不能早于调查/调解日期（2026-02-20）。');
  });

  it('checks several dates of one request against each other, as a coded INVALID_INPUT', () => {
    let caught: unknown;
    try {
      checkCaseDates(
        caseDatesOf([['accepted', '2026-02-03']]),
        [
          { step: 'agreement', value: '2026-02-10', field: 'concludedOn' },
          { step: 'effective', value: '2026-02-09', field: 'effectiveOn' },
        ],
        TODAY,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('INVALID_INPUT');
    expect((caught as AppError).toBody().details).toEqual({
      fields: { effectiveOn: '生效日期（2026-02-09）不能早于协议日期（2026-02-10）。' },
    });
  });

  it('birth dates and 纠纷发生日期 only must not lie in the future', () => {
    expect(futureDateViolation('出生日期', '2030-01-01', TODAY)).toBe(
      '出生日期（2030-01-01）不能晚于今天（2026-12-04）。',
    );
    expect(futureDateViolation('纠纷发生日期', '2026-12-04', TODAY)).toBeNull();
    expect(futureDateViolation('出生日期', null, TODAY)).toBeNull();
  });

  it('reads stored instants as the Asia/Shanghai date', () => {
    expect(shanghaiDateOf('2026-03-04T16:30:00.000Z')).toBe('2026-03-05');
    expect(shanghaiDateOf('2026-03-05T00:00:00.000Z')).toBe('2026-03-05');
  });
});
