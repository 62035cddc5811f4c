import type { CaseDetail } from '../types/dispute.ts';
import { caseDatesOf, shanghaiDateOf, type CaseDateStep, type CaseDates } from './caseDateOrder.ts';

/**
 * The dates of a case as the date-order rules see them, read from the case the screens hold, so a
 * dialog shows at the field the same message the core would answer (the core reads the same dates from
 * the database, queries/caseDates.ts).
 */
export function caseDatesOfDetail(c: CaseDetail): CaseDates {
  const entries: [CaseDateStep, string | null][] = [
    ['applied', c.appliedOn],
    ['registered', shanghaiDateOf(c.registeredAt)],
    ['accepted', c.acceptedOn],
    [c.acceptedOn === null ? 'rejected' : 'terminated', c.disposal?.on || null],
    ['closed', c.closedOn],
    ['archived', c.archivedOn],
    ...c.parties.map((p): [CaseDateStep, string | null] => ['refused', p.refusedOn]),
    ...c.rightsNotices.map((n): [CaseDateStep, string | null] => ['rightsNotice', n.givenOn]),
    ...c.assignments.map((a): [CaseDateStep, string | null] => ['assigned', shanghaiDateOf(a.assignedAt)]),
    ...c.sessions
      .filter((s) => s.status === 'held')
      .map((s): [CaseDateStep, string | null] => ['session', s.startAt.slice(0, 10)]),
    ...c.extensions.flatMap((e) =>
      e.consents.map((k): [CaseDateStep, string | null] => ['extensionConsent', k.consentedOn]),
    ),
    ...c.transfers.flatMap((t): [CaseDateStep, string | null][] => [
      ['transferred', t.transferredOn],
      ['transferFeedback', t.feedbackOn],
    ]),
    ['agreement', c.agreement?.concludedOn ?? null],
    ['effective', c.agreement?.effectiveOn ?? null],
    ...(c.agreement?.obligations ?? []).map((o): [CaseDateStep, string | null] => [
      'performed',
      o.performedOn,
    ]),
    ...c.followUps
      .filter((f) => f.status === 'done')
      .map((f): [CaseDateStep, string | null] => ['followUp', f.visitedOn]),
    ['confirmationApplied', c.judicialConfirmation?.appliedOn ?? null],
    ['confirmationDecided', c.judicialConfirmation?.decidedOn ?? null],
  ];
  return caseDatesOf(entries);
}
