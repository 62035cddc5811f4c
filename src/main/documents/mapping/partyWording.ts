import type { DocumentParty } from '../caseDocumentData.ts';
import type { TemplateRow } from '../templateValues.ts';
import { ageText, isPerson } from './caseText.ts';

/**
 * How documents address and sign for parties, by their number and kind — one rule for every form:
 * a natural person signs and presses a fingerprint; an organisation seals, and its 法定代表人 or
 * 委托代理人 signs; "你" or "你们" by the number addressed; "双方" for two parties, "各方" for more.
 */

export const PERSON_SIGNATURE = '（签名并按指印）';
export const ORG_SIGNATURE = '（盖章）\n　　法定代表人或委托代理人（签名）';

/** 申请人张建国（签名并按指印） or 被申请人某公司（盖章）⏎法定代表人或委托代理人（签名）. */
export function signatureLabel(party: DocumentParty, role: string = party.role): string {
  return `${role}${party.name}${isPerson(party) ? PERSON_SIGNATURE : ORG_SIGNATURE}`;
}

export function signerRows(parties: readonly DocumentParty[], role?: string): TemplateRow[] {
  return parties.map((party) => ({ label: signatureLabel(party, role) }));
}

/** 你 / 你们 for the parties a notice is addressed to. */
export function you(count: number): string {
  return count > 1 ? '你们' : '你';
}

/** 我 / 我们 for the applicants of a 申请书. */
export function weFor(count: number): string {
  return count > 1 ? '我们' : '我';
}

/** 双方 / 各方 by the number of parties. */
export function sides(count: number): string {
  return count > 2 ? '各方' : '双方';
}

/** Replaces the "你（你们）" of a stored advice text with the right word. */
export function resolveYou(text: string, count: number): string {
  return text.replace(/你（你们）/gu, you(count)).replace(/我（我们）/gu, weFor(count));
}

/** Ends a free-text sentence with 。 unless it already ends with a closing mark. */
export function closeSentence(text: string): string {
  const trimmed = text.trim().replace(/[，,；;、\s]+$/u, '');
  if (trimmed === '') return trimmed;
  return /[。！？」”）)]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

/** The 申请书's party block: a person fills the 姓名/性别/民族 grid, an organisation its own rows. */
export function applicationPartyRows(parties: readonly DocumentParty[], onDate: string): TemplateRow[] {
  return parties.map((party) =>
    isPerson(party)
      ? {
          role: party.role,
          person: '1',
          'person.name': party.name,
          'person.sex': party.sex ?? undefined,
          'person.ethnicity': party.ethnicity ?? undefined,
          'person.age': ageText(party.birthDate, onDate),
          'person.occupation': party.occupation ?? undefined,
          'person.phone': party.phone ?? undefined,
          'person.address': party.address ?? undefined,
        }
      : {
          role: party.role,
          org: '1',
          'org.name': party.name,
          'org.code': party.idNumber ?? undefined,
          'org.phone': party.phone ?? undefined,
          'org.address': party.address ?? undefined,
          'org.repLabel': party.kind === '法人' ? '法定代表人' : '负责人',
          'org.representative': party.representative
            ? `${party.representative.name}（${party.representative.title}）`
            : undefined,
        },
  );
}

/** One signature line per applicant, for the declaration of the 申请书. */
export function applicantSignatures(parties: readonly DocumentParty[]): string | undefined {
  const applicants = parties.filter((party) => party.role === '申请人');
  if (applicants.length === 0) return undefined;
  return applicants.map((party) => `${signatureLabel(party)}：　　　　　　　　`).join('\n');
}
