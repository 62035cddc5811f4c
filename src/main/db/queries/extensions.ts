import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { DeadlineExtension } from '../../../shared/types/handling.ts';
import type { ConsentForm } from '../../../shared/types/outcomeTaxonomy.ts';

export async function insertExtension(
  db: Kysely<Database>,
  e: {
    readonly caseId: number;
    readonly previousDueDate: string;
    readonly newDueDate: string;
    readonly reason: string;
    readonly recordedAt: string;
    readonly recordedBy: string;
    readonly consents: readonly {
      readonly partyId: number;
      readonly consentedOn: string;
      readonly form: ConsentForm;
    }[];
  },
): Promise<void> {
  const { id } = await db
    .insertInto('deadline_extension')
    .values({
      case_id: e.caseId,
      previous_due_date: e.previousDueDate,
      new_due_date: e.newDueDate,
      reason: e.reason,
      recorded_at: e.recordedAt,
      recorded_by: e.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('extension_consent')
    .values(
      e.consents.map((c) => ({
        extension_id: id,
        party_id: c.partyId,
        consented_on: c.consentedOn,
        form: c.form,
      })),
    )
    .execute();
}

export async function listExtensions(db: Kysely<Database>, caseId: number): Promise<DeadlineExtension[]> {
  const rows = await db
    .selectFrom('deadline_extension')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const consents = await db
    .selectFrom('extension_consent')
    .innerJoin('party', 'party.id', 'extension_consent.party_id')
    .select([
      'extension_consent.extension_id',
      'party.uuid',
      'extension_consent.consented_on',
      'extension_consent.form',
    ])
    .where(
      'extension_consent.extension_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    previousDueDate: r.previous_due_date,
    newDueDate: r.new_due_date,
    reason: r.reason,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    consents: consents
      .filter((c) => c.extension_id === r.id)
      .map((c) => ({ partyId: c.uuid, consentedOn: c.consented_on, form: c.form as ConsentForm })),
  }));
}
