/**
 * Rules about agreements that the screens and the server must agree on (domain §2.4): the 司法确认
 * deadline and which agreements a court will not confirm.
 */
import { addLegalDays, type HolidayCalendar } from '../deadlines/dayCount.ts';

/** 人民调解法 art. 33: joint application within 30 days of the agreement taking effect. */
export const CONFIRMATION_PERIOD_DAYS = 30;
/** Reminders before the 司法确认 deadline (domain §2.4: T-7 and T-2). */
export const CONFIRMATION_REMINDER_DAYS = [7, 2] as const;

export interface ConfirmabilityFacts {
  readonly involvesStatusRelation: boolean;
  readonly involvesOwnershipConfirmation: boolean;
}

/** Why a court would not accept a 司法确认 application for this agreement, or null. */
export function notConfirmableReason(facts: ConfirmabilityFacts): string | null {
  if (facts.involvesStatusRelation) {
    return '协议涉及婚姻、亲子、收养等身份关系的确认，人民法院不受理司法确认申请。';
  }
  if (facts.involvesOwnershipConfirmation) {
    return '协议涉及物权或知识产权的确权，人民法院不受理司法确认申请。';
  }
  return null;
}

/**
 * Last day to apply for 司法确认: effective date + 30 days, counted from the next day and moved past
 * holidays (dayCount.addLegalDays). Null when not effective yet or not confirmable.
 */
export function confirmationDeadline(
  effectiveOn: string | null,
  facts: ConfirmabilityFacts,
  calendar: HolidayCalendar,
): string | null {
  if (effectiveOn === null || notConfirmableReason(facts) !== null) return null;
  return addLegalDays(effectiveOn, CONFIRMATION_PERIOD_DAYS, calendar);
}
