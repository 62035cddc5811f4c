import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Transfer } from '../../../shared/types/outcome.ts';
import type { TransferFeedbackResult, TransferTargetKind } from '../../../shared/types/outcomeTaxonomy.ts';

export async function insertTransfer(
  db: Kysely<Database>,
  t: {
    readonly uuid: string;
    readonly caseId: number;
    readonly targetKind: TransferTargetKind;
    readonly targetOrganisationId: number | null;
    readonly targetName: string;
    readonly isEscalation: boolean;
    readonly reason: string;
    readonly transferredOn: string;
    readonly now: string;
  },
): Promise<void> {
  await db
    .insertInto('transfer')
    .values({
      uuid: t.uuid,
      case_id: t.caseId,
      target_kind: t.targetKind,
      target_organisation_id: t.targetOrganisationId,
      target_name: t.targetName,
      is_escalation: t.isEscalation ? 1 : 0,
      reason: t.reason,
      transferred_on: t.transferredOn,
      created_at: t.now,
    })
    .execute();
}

export async function getTransferRow(db: Kysely<Database>, uuid: string) {
  return db.selectFrom('transfer').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function setTransferFeedback(
  db: Kysely<Database>,
  id: number,
  f: { readonly on: string; readonly result: TransferFeedbackResult; readonly note: string | null },
): Promise<void> {
  await db
    .updateTable('transfer')
    .set({ feedback_on: f.on, feedback_result: f.result, feedback_note: f.note })
    .where('id', '=', id)
    .execute();
}

export async function listTransfers(db: Kysely<Database>, caseId: number): Promise<Transfer[]> {
  const rows = await db
    .selectFrom('transfer')
    .leftJoin('organisation', 'organisation.id', 'transfer.target_organisation_id')
    .selectAll('transfer')
    .select('organisation.uuid as organisation_uuid')
    .where('transfer.case_id', '=', caseId)
    .orderBy('transfer.id')
    .execute();
  return rows.map((r) => ({
    id: r.uuid,
    targetKind: r.target_kind as TransferTargetKind,
    targetOrganisationId: r.organisation_uuid,
    targetName: r.target_name,
    isEscalation: r.is_escalation === 1,
    reason: r.reason,
    transferredOn: r.transferred_on,
    feedbackOn: r.feedback_on,
    feedbackResult: r.feedback_result as TransferFeedbackResult | null,
    feedbackNote: r.feedback_note,
  }));
}
