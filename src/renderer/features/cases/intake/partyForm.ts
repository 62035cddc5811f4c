/**
 * One party as the intake form and the party dialog hold it (strings for inputs, the principal as a
 * row key), and its conversion to the API's party fields. Identity checks are the shared ones
 * (src/shared/cases/partyChecks.ts), so the form shows what the server will refuse or warn about.
 */
import { randomId } from '@mantine/hooks';
import { checkPartyIdentity, type PartyCheck } from '../../../../shared/cases/partyChecks.ts';
import type { IntakePartyInput } from '../../../../shared/schemas/party.ts';
import type { Party, PartyPersonalData } from '../../../../shared/types/party.ts';
import {
  isAgentRole,
  type AgentAuthority,
  type IdType,
  type PartyKind,
  type PartyRole,
  type SexValue,
} from '../../../../shared/types/partyTaxonomy.ts';
import { NANJING_AREA_CODE } from '../../../../shared/validation/phone.ts';

export interface PartyFormRow {
  /** Stable React key; agents point at their principal by it. */
  readonly key: string;
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idType: IdType | '';
  idNumber: string;
  sex: SexValue | '';
  birthDate: string;
  ethnicity: string;
  occupation: string;
  /** One or more numbers separated by 、，,；; or / (spaces inside a number are kept: 139 8765 4321). */
  phones: string;
  address: string;
  representativeName: string;
  representativeTitle: string;
  principalKey: string | null;
  agentRelation: string;
  agentAuthority: AgentAuthority | '';
}

export function emptyPartyRow(role: PartyRole): PartyFormRow {
  return {
    key: randomId('party-'),
    role,
    kind: 'natural',
    name: '',
    idType: '',
    idNumber: '',
    sex: '',
    birthDate: '',
    ethnicity: '',
    occupation: '',
    phones: '',
    address: '',
    representativeName: '',
    representativeTitle: '',
    principalKey: null,
    agentRelation: '',
    agentAuthority: '',
  };
}

/**
 * A stored party as an edit row. Results show ID numbers and phones masked (3201**********1234,
 * 138****5678); a masked value must never be put into an input, because saving it back would overwrite
 * the real one. The edit dialog therefore asks the audited `party.reveal` first and passes its result;
 * without it, masked fields are left empty.
 */
export function partyToRow(party: Party, revealed?: PartyPersonalData): PartyFormRow {
  const idNumber = revealed
    ? (revealed.idNumber ?? '')
    : isMasked(party.idNumber)
      ? ''
      : (party.idNumber ?? '');
  const contacts = revealed ? revealed.contacts : party.contacts;
  const phones = contacts.some((c) => isMasked(c.value)) ? '' : contacts.map((c) => c.value).join('、');
  const address = revealed ? revealed.address : party.address;
  return {
    key: party.id,
    role: party.role,
    kind: party.kind,
    name: party.name,
    idType: party.idType ?? '',
    idNumber,
    sex: party.sex ?? '',
    birthDate: party.birthDate ?? '',
    ethnicity: party.ethnicity ?? '',
    occupation: party.occupation ?? '',
    phones,
    address: isMasked(address) ? '' : (address ?? ''),
    representativeName: party.representativeName ?? '',
    representativeTitle: party.representativeTitle ?? '',
    principalKey: party.principalId,
    agentRelation: party.agentRelation ?? '',
    agentAuthority: party.agentAuthority ?? '',
  };
}

function isMasked(value: string | null): boolean {
  return value !== null && (value.includes('*') || value.includes('已隐去'));
}

export function hasMaskedIdentity(party: Party): boolean {
  return isMasked(party.idNumber) || party.contacts.some((c) => isMasked(c.value)) || isMasked(party.address);
}

export function splitPhones(text: string): string[] {
  return text
    .split(/[、，,;；/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Landlines typed without an area code get the organisation's own (as the server does). */
export function defaultAreaCodeFor(regionCode: string | undefined): string | undefined {
  return regionCode?.startsWith('3201') ? NANJING_AREA_CODE : undefined;
}

/** The API's party fields for a row (principal left to the caller: an index at intake, an id later). */
export function rowToPartyFields(row: PartyFormRow): Omit<IntakePartyInput, 'principalIndex'> {
  const agent = isAgentRole(row.role);
  const organisation = row.kind !== 'natural';
  const idNumber = row.idNumber.trim();
  return {
    role: row.role,
    kind: row.kind,
    name: row.name,
    sex: organisation || row.sex === '' ? null : row.sex,
    birthDate: organisation || row.birthDate === '' ? null : row.birthDate,
    ethnicity: organisation ? '' : row.ethnicity,
    occupation: row.occupation,
    idType: idNumber === '' || row.idType === '' ? null : row.idType,
    idNumber,
    contacts: splitPhones(row.phones).map((value) => ({ value })),
    address: row.address,
    representativeName: organisation ? row.representativeName : '',
    representativeTitle: organisation ? row.representativeTitle : '',
    agentRelation: agent ? row.agentRelation : '',
    agentAuthority: row.role === 'entrusted_agent' && row.agentAuthority !== '' ? row.agentAuthority : null,
    flags: [],
  };
}

/** The shared check on the row: ID / credit-code errors, sex and birth-date warnings, derived facts. */
export function checkRow(row: PartyFormRow, today: string, areaCode: string | undefined): PartyCheck {
  const fields = rowToPartyFields(row);
  return checkPartyIdentity(
    {
      kind: fields.kind ?? 'natural',
      sex: fields.sex ?? null,
      birthDate: fields.birthDate ?? null,
      idType: fields.idType ?? null,
      idNumber: fields.idNumber ?? null,
      contacts: (fields.contacts ?? []).map((c) => ({ value: c.value })),
    },
    today,
    areaCode === undefined ? {} : { defaultAreaCode: areaCode },
  );
}

/** Server paths inside one party (`contacts.1.value`) → the row's input names (`phones`). */
export function partyFieldOf(path: string): string {
  if (path.startsWith('contacts')) return 'phones';
  if (path === 'principalIndex' || path === 'principalId') return 'principalKey';
  if (path === 'age') return 'birthDate';
  return path.split('.')[0] ?? path;
}
