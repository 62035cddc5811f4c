import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A party row in some case, with what a duplicate or conflict warning needs to link to it. */
export interface PartyAppearance {
  readonly partyId: number;
  readonly partyName: string;
  readonly role: string;
  readonly idNumber: string | null;
  readonly caseId: number;
  readonly caseUuid: string;
  readonly caseNo: string | null;
  readonly title: string;
  readonly status: string;
  readonly registeredAt: string;
}

function appearanceQuery(db: Kysely<Database>) {
  return (
    db
      .selectFrom('party')
      .innerJoin('dispute_case', 'dispute_case.id', 'party.case_id')
      .select([
        'party.id as partyId',
        'party.name as partyName',
        'party.role as role',
        'party.id_number as idNumber',
        'dispute_case.id as caseId',
        'dispute_case.uuid as caseUuid',
        'dispute_case.case_no as caseNo',
        'dispute_case.title as title',
        'dispute_case.status as status',
        'dispute_case.registered_at as registeredAt',
      ])
      // A voided case was registered in error; it is not a real earlier dispute.
      .where('dispute_case.status', '<>', 'voided')
  );
}

/** Parties with this (normalised) ID number, in any case. Uses index party_id_number. */
export async function findPartiesByIdNumber(
  db: Kysely<Database>,
  idNumber: string,
): Promise<PartyAppearance[]> {
  return appearanceQuery(db)
    .where('party.id_number', '=', idNumber)
    .orderBy('dispute_case.registered_at', 'desc')
    .execute();
}

/** Parties with this exact name and one of these (normalised) phone numbers. */
export async function findPartiesByNameAndPhone(
  db: Kysely<Database>,
  name: string,
  phones: readonly string[],
): Promise<PartyAppearance[]> {
  if (phones.length === 0) return [];
  return appearanceQuery(db)
    .where('party.name', '=', name)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('party_contact')
          .select('party_contact.id')
          .whereRef('party_contact.party_id', '=', 'party.id')
          .where('party_contact.value', 'in', phones),
      ),
    )
    .orderBy('dispute_case.registered_at', 'desc')
    .execute();
}

/** Parties with one of these phone numbers, whatever their name (conflict check: shared phone). */
export async function findPartiesByPhone(
  db: Kysely<Database>,
  phones: readonly string[],
): Promise<PartyAppearance[]> {
  if (phones.length === 0) return [];
  return appearanceQuery(db)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('party_contact')
          .select('party_contact.id')
          .whereRef('party_contact.party_id', '=', 'party.id')
          .where('party_contact.value', 'in', phones),
      ),
    )
    .execute();
}

/** All parties of the given cases (to see who else was a party alongside someone). */
export async function partiesOfCases(
  db: Kysely<Database>,
  caseIds: readonly number[],
): Promise<PartyAppearance[]> {
  if (caseIds.length === 0) return [];
  return appearanceQuery(db).where('dispute_case.id', 'in', caseIds).execute();
}
