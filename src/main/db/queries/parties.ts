import type { Kysely, Selectable } from 'kysely';
import type { Database, PartyTable } from '../schema.ts';
import type { Party, PartyContact } from '../../../shared/types/party.ts';
import type {
  AgentAuthority,
  ContactKind,
  IdType,
  PartyFlag,
  PartyKind,
  PartyRole,
  SexValue,
} from '../../../shared/types/partyTaxonomy.ts';
import type { RightsNotice } from '../../../shared/types/handling.ts';
import type { NoticeForm } from '../../../shared/types/outcomeTaxonomy.ts';
import { parseJsonArray, toJson } from './json.ts';

export type PartyRow = Selectable<PartyTable>;

/** A party as the service has validated and normalised it. */
export interface PartyValues {
  readonly role: PartyRole;
  readonly kind: PartyKind;
  readonly principalPartyId: number | null;
  readonly name: string;
  readonly sex: SexValue | null;
  readonly ethnicity: string | null;
  readonly birthDate: string | null;
  readonly occupation: string | null;
  readonly idType: IdType | null;
  readonly idNumber: string | null;
  readonly contacts: readonly PartyContact[];
  readonly address: string | null;
  readonly representativeName: string | null;
  readonly representativeTitle: string | null;
  readonly agentRelation: string | null;
  readonly agentAuthority: AgentAuthority | null;
  readonly flags: readonly PartyFlag[];
}

function toRow(values: PartyValues) {
  return {
    role: values.role,
    kind: values.kind,
    principal_party_id: values.principalPartyId,
    name: values.name,
    sex: values.sex,
    ethnicity: values.ethnicity,
    birth_date: values.birthDate,
    occupation: values.occupation,
    id_type: values.idType,
    id_number: values.idNumber,
    address: values.address,
    representative_name: values.representativeName,
    representative_title: values.representativeTitle,
    agent_relation: values.agentRelation,
    agent_authority: values.agentAuthority,
    flags: toJson(values.flags),
  };
}

async function replaceContacts(
  db: Kysely<Database>,
  partyId: number,
  contacts: readonly PartyContact[],
): Promise<void> {
  await db.deleteFrom('party_contact').where('party_id', '=', partyId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('party_contact')
    .values(contacts.map((c) => ({ party_id: partyId, kind: c.kind, value: c.value })))
    .execute();
}

export async function insertParty(
  db: Kysely<Database>,
  input: {
    readonly uuid: string;
    readonly caseId: number;
    readonly sortOrder: number;
    readonly now: string;
    readonly values: PartyValues;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('party')
    .values({
      ...toRow(input.values),
      uuid: input.uuid,
      case_id: input.caseId,
      sort_order: input.sortOrder,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceContacts(db, id, input.values.contacts);
  return id;
}

export async function updateParty(
  db: Kysely<Database>,
  partyId: number,
  values: PartyValues,
  now: string,
): Promise<void> {
  await db
    .updateTable('party')
    .set({ ...toRow(values), updated_at: now })
    .where('id', '=', partyId)
    .execute();
  await replaceContacts(db, partyId, values.contacts);
}

/** Only for a party entered by mistake before acceptance; nothing else refers to it yet. */
export async function deleteParty(db: Kysely<Database>, partyId: number): Promise<void> {
  await db.deleteFrom('party_contact').where('party_id', '=', partyId).execute();
  await db.deleteFrom('rights_notice').where('party_id', '=', partyId).execute();
  await db.deleteFrom('party').where('id', '=', partyId).execute();
}

export async function setPartyRefusal(
  db: Kysely<Database>,
  partyId: number,
  refusedOn: string,
  note: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('party')
    .set({ refused_on: refusedOn, refusal_note: note, updated_at: now })
    .where('id', '=', partyId)
    .execute();
}

export async function listPartyRows(db: Kysely<Database>, caseId: number): Promise<PartyRow[]> {
  return db
    .selectFrom('party')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export async function nextPartySortOrder(db: Kysely<Database>, caseId: number): Promise<number> {
  const row = await db
    .selectFrom('party')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return (row?.m ?? -1) + 1;
}

export async function contactsByParty(
  db: Kysely<Database>,
  partyIds: readonly number[],
): Promise<Map<number, PartyContact[]>> {
  const map = new Map<number, PartyContact[]>();
  if (partyIds.length === 0) return map;
  const rows = await db
    .selectFrom('party_contact')
    .selectAll()
    .where('party_id', 'in', partyIds)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = map.get(row.party_id) ?? [];
    list.push({ kind: row.kind as ContactKind, value: row.value });
    map.set(row.party_id, list);
  }
  return map;
}

/** Rows of one case mapped to the domain shape; `uuidOf` resolves principal ids. */
export async function listParties(db: Kysely<Database>, caseId: number): Promise<Party[]> {
  const rows = await listPartyRows(db, caseId);
  const contacts = await contactsByParty(
    db,
    rows.map((r) => r.id),
  );
  const uuidById = new Map(rows.map((r) => [r.id, r.uuid]));
  return rows.map((row) => ({
    id: row.uuid,
    role: row.role as PartyRole,
    kind: row.kind as PartyKind,
    principalId: row.principal_party_id === null ? null : (uuidById.get(row.principal_party_id) ?? null),
    name: row.name,
    sex: row.sex as SexValue | null,
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    occupation: row.occupation,
    idType: row.id_type as IdType | null,
    idNumber: row.id_number,
    contacts: contacts.get(row.id) ?? [],
    address: row.address,
    representativeName: row.representative_name,
    representativeTitle: row.representative_title,
    agentRelation: row.agent_relation,
    agentAuthority: row.agent_authority as AgentAuthority | null,
    flags: parseJsonArray<PartyFlag>(row.flags),
    refusedOn: row.refused_on,
    refusalNote: row.refusal_note,
  }));
}

export async function insertRightsNotice(
  db: Kysely<Database>,
  notice: {
    readonly caseId: number;
    readonly partyId: number;
    readonly givenOn: string;
    readonly form: NoticeForm;
    readonly givenBy: string | null;
    readonly note: string | null;
    readonly now: string;
  },
): Promise<void> {
  await db
    .insertInto('rights_notice')
    .values({
      case_id: notice.caseId,
      party_id: notice.partyId,
      given_on: notice.givenOn,
      form: notice.form,
      given_by: notice.givenBy,
      note: notice.note,
      created_at: notice.now,
    })
    .execute();
}

export async function listRightsNotices(db: Kysely<Database>, caseId: number): Promise<RightsNotice[]> {
  const rows = await db
    .selectFrom('rights_notice')
    .innerJoin('party', 'party.id', 'rights_notice.party_id')
    .select([
      'rights_notice.id',
      'party.uuid as party_uuid',
      'rights_notice.given_on',
      'rights_notice.form',
      'rights_notice.given_by',
      'rights_notice.note',
    ])
    .where('rights_notice.case_id', '=', caseId)
    .orderBy('rights_notice.given_on')
    .orderBy('rights_notice.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partyId: r.party_uuid,
    givenOn: r.given_on,
    form: r.form as NoticeForm,
    givenBy: r.given_by,
    note: r.note,
  }));
}

/** Earliest notice date per party of the case. */
export async function firstNoticeByParty(db: Kysely<Database>, caseId: number): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('rights_notice')
    .select(['party_id', (eb) => eb.fn.min('given_on').as('first')])
    .where('case_id', '=', caseId)
    .groupBy('party_id')
    .execute();
  return new Map(rows.map((r) => [r.party_id, r.first]));
}
