import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseDetail, ExternalRef } from '../../../shared/types/dispute.ts';
import type { CaseStatus } from '../../../shared/types/caseStatus.ts';
import type { ApplicationForm, CourtProcedure, RiskFactor } from '../../../shared/types/disputeTaxonomy.ts';
import type { AdvisedChannel, ConsentMode, RetentionPeriod } from '../../../shared/types/outcomeTaxonomy.ts';
import type { HolidayCalendar } from '../../../shared/deadlines/dayCount.ts';
import { actionsFrom } from '../../../shared/cases/caseStateMachine.ts';
import { getCaseSummaryRow, rowToSummary } from './cases.ts';
import { listExternalRefs } from './caseRows.ts';
import { listParties, listRightsNotices } from './parties.ts';
import { listAssignments } from './assignments.ts';
import { listSessions } from './mediationSessions.ts';
import { listExtensions } from './extensions.ts';
import { loadAgreement, loadJudicialConfirmation } from './agreements.ts';
import { listFollowUps } from './followUps.ts';
import { listTransfers } from './transfers.ts';
import { listAttachments, listDossierExplanations } from './attachments.ts';
import { parseJsonArray } from './json.ts';
import { listReplies } from './replies.ts';
import { nextStep } from '../../../shared/cases/nextStep.ts';

/** The whole case aggregate for the detail page; null if there is no such case. */
export async function loadCaseDetail(
  db: Kysely<Database>,
  caseId: number,
  calendar: HolidayCalendar,
): Promise<CaseDetail | null> {
  const row = await getCaseSummaryRow(db, caseId);
  if (!row) return null;
  const [
    organisation,
    subtype,
    refs,
    parties,
    notices,
    assignments,
    sessions,
    extensions,
    agreement,
    followUps,
    transfers,
    attachments,
    explanations,
  ] = await Promise.all([
    db
      .selectFrom('organisation')
      .select(['uuid', 'name'])
      .where('id', '=', row.organisation_id)
      .executeTakeFirstOrThrow(),
    row.dispute_subtype_id === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom('dispute_subtype')
          .select(['id', 'name'])
          .where('id', '=', row.dispute_subtype_id)
          .executeTakeFirst(),
    listExternalRefs(db, caseId),
    listParties(db, caseId),
    listRightsNotices(db, caseId),
    listAssignments(db, caseId),
    listSessions(db, caseId),
    listExtensions(db, caseId),
    loadAgreement(db, caseId, calendar),
    listFollowUps(db, caseId),
    listTransfers(db, caseId),
    listAttachments(db, caseId),
    listDossierExplanations(db, caseId),
  ]);
  const replies = await listReplies(db, caseId);
  const judicialConfirmation = await loadJudicialConfirmation(
    db,
    caseId,
    agreement?.confirmationDeadline ?? null,
  );
  const status = row.status as CaseStatus;
  return {
    ...rowToSummary(row),
    organisationId: organisation.uuid,
    organisationName: organisation.name,
    summary: row.summary,
    updatedAt: row.updated_at,
    version: row.version,
    applicationForm: row.application_form as ApplicationForm | null,
    sourceDetail: row.source_detail,
    referralCourtProcedure: row.referral_court_procedure as CourtProcedure | null,
    referralReceivedOn: row.referral_received_on,
    reporterName: row.reporter_name,
    reporterPhone: row.reporter_phone,
    disputeSubtype: subtype ? { id: subtype.id, name: subtype.name } : null,
    place: {
      districtCode: row.place_district_code,
      street: row.place_street,
      community: row.place_community,
      grid: row.place_grid,
      address: row.place_address,
    },
    occurredOn: row.occurred_on,
    personsInvolved: row.persons_involved,
    isGroup: row.is_group === 1,
    riskFactors: parseJsonArray<RiskFactor>(row.risk_factors),
    riskNote: row.risk_note,
    requests: parseJsonArray<string>(row.requests),
    appliedOn: row.applied_on,
    registrar: row.registrar,
    consentMode: row.consent_mode as ConsentMode | null,
    consentNote: row.consent_note,
    timeLimitDays: row.time_limit_days,
    disposal:
      row.disposal_reason_code === null
        ? null
        : {
            reasonCode: row.disposal_reason_code,
            reason: row.disposal_reason ?? '',
            channels: parseJsonArray<AdvisedChannel>(row.disposal_channels),
            advice: row.disposal_advice,
            on: row.disposal_on ?? '',
          },
    closedOn: row.closed_on,
    closingNote: row.closing_note,
    archivedOn: row.archived_on,
    archiveFiler: row.archive_filer,
    archiveChecker: row.archive_checker,
    archiveCheckedOn: row.archive_checked_on,
    retention: row.retention as RetentionPeriod | null,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    externalRefs: refs as ExternalRef[],
    parties,
    assignments,
    rightsNotices: notices,
    sessions,
    extensions,
    agreement,
    followUps,
    transfers,
    judicialConfirmation,
    attachments,
    dossierExplanations: explanations,
    allowedActions: actionsFrom(status),
    backfill:
      row.backfill_by === null || row.backfill_at === null
        ? null
        : { by: row.backfill_by, at: row.backfill_at, open: row.backfill_done_at === null },
    replyDueOn: row.reply_due_on,
    replyFinalOn: row.reply_final_on,
    replies,
    nextStep: nextStep({
      status,
      activeMediatorCount: assignments.filter((a) => a.endedAt === null).length,
      replyDueOn: row.reply_final_on === null ? row.reply_due_on : null,
    }),
  };
}
