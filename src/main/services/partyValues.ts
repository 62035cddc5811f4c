import { checkPartyIdentity, type PartyCheck } from '../../shared/cases/partyChecks.ts';
import { isAgentRole } from '../../shared/types/partyTaxonomy.ts';
import type { PartyValues } from '../db/queries/parties.ts';
import type { z } from 'zod';
import type { partyFields } from '../../shared/schemas/party.ts';
import { NANJING_AREA_CODE } from '../../shared/validation/phone.ts';

type PartyFieldsSchema = z.ZodObject<typeof partyFields>;
export type ParsedPartyFields = z.output<PartyFieldsSchema>;

/** Landlines typed without an area code get the organisation's own (025 in Nanjing, domain §6.3). */
export function defaultAreaCodeFor(regionCode: string): string | undefined {
  return regionCode.startsWith('3201') ? NANJING_AREA_CODE : undefined;
}

export interface PreparedParty {
  readonly values: Omit<PartyValues, 'principalPartyId'>;
  readonly check: PartyCheck;
}

/** Validates and normalises one party; errors and warnings are keyed relative to the party. */
export function prepareParty(
  input: ParsedPartyFields,
  today: string,
  defaultAreaCode: string | undefined,
): PreparedParty {
  const check = checkPartyIdentity(input, today, defaultAreaCode === undefined ? {} : { defaultAreaCode });
  return {
    check,
    values: {
      role: input.role,
      kind: input.kind,
      name: input.name,
      sex: check.sex,
      ethnicity: input.ethnicity,
      birthDate: check.birthDate,
      occupation: input.occupation,
      idType: check.idType,
      idNumber: check.idNumber,
      contacts: check.contacts,
      address: input.address,
      representativeName: input.representativeName,
      representativeTitle: input.representativeTitle,
      agentRelation: isAgentRole(input.role) ? input.agentRelation : null,
      agentAuthority: input.role === 'entrusted_agent' ? (input.agentAuthority ?? null) : null,
      flags: check.flags,
    },
  };
}

export function prefixErrors(
  prefix: string,
  errors: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [`${prefix}.${key}`, message]));
}
