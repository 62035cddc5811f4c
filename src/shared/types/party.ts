import type {
  AgentAuthority,
  ContactKind,
  IdType,
  PartyFlag,
  PartyKind,
  PartyRole,
  SexValue,
} from './partyTaxonomy.ts';

export interface PartyContact {
  readonly kind: ContactKind;
  /** Normalised: 11-digit mobile, 025-84561234 landline, free text otherwise. */
  readonly value: string;
}

/** What `party.reveal` returns: the fields other results show masked. */
export interface PartyPersonalData {
  readonly partyId: string;
  readonly idType: IdType | null;
  readonly idNumber: string | null;
  readonly contacts: readonly PartyContact[];
  readonly address: string | null;
}

export interface Party {
  readonly id: string;
  readonly role: PartyRole;
  readonly kind: PartyKind;
  /** For agents: the party they act for. */
  readonly principalId: string | null;
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
  /** Set when the party explicitly refused mediation (人民调解法 art. 17). */
  readonly refusedOn: string | null;
  readonly refusalNote: string | null;
}
