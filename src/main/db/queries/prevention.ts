import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface NewPreventionRecord {
  readonly uuid: string;
  readonly organisationId: number;
  readonly occurredOn: string;
  readonly kind: string;
  readonly cases: number;
  readonly persons: number;
  readonly note: string | null;
  readonly now: string;
  readonly actor: string;
}

export async function insertPreventionRecord(db: Kysely<Database>, v: NewPreventionRecord): Promise<void> {
  await db
    .insertInto('prevention_record')
    .values({
      uuid: v.uuid,
      organisation_id: v.organisationId,
      occurred_on: v.occurredOn,
      kind: v.kind,
      cases: v.cases,
      persons: v.persons,
      note: v.note,
      created_at: v.now,
      created_by: v.actor,
    })
    .execute();
}

export async function listPreventionRecords(
  db: Kysely<Database>,
  organisationId: number,
  from: string,
  to: string,
) {
  return db
    .selectFrom('prevention_record')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<=', to)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
