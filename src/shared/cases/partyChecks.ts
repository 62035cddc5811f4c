/**
 * Checks one party as entered at the desk (domain §6): ID checksums and credit codes are errors, a sex or
 * age that disagrees with the ID number is a warning, phones are normalised. Shared so the intake form
 * shows exactly what the server will refuse, and pre-fills sex and birth date from the ID.
 */
import { crossCheckWithId, validateChineseId, type IdCardKind } from '../validation/chineseId.ts';
import { validateCreditCode } from '../validation/creditCode.ts';
import { normalizePhone } from '../validation/phone.ts';
import { futureDateViolation } from './caseDateOrder.ts';
import {
  CHECKED_PERSON_ID_TYPES,
  ID_TYPE_LABELS,
  type ContactKind,
  type IdType,
  type PartyFlag,
  type PartyKind,
  type SexValue,
} from '../types/partyTaxonomy.ts';

export interface PartyIdentityInput {
  readonly kind?: PartyKind | null;
  readonly sex?: SexValue | null;
  readonly birthDate?: string | null;
  readonly age?: number | null;
  readonly idType?: IdType | null;
  readonly idNumber?: string | null;
  readonly contacts?: readonly { readonly kind?: ContactKind | null; readonly value: string }[];
  readonly flags?: readonly PartyFlag[];
}

export interface DerivedFromId {
  readonly sex: SexValue;
  readonly birthDate: string;
  readonly age: number;
}

export interface PartyCheck {
  /** Keyed by field path relative to the party, e.g. `idNumber`, `contacts.1.value`. */
  readonly errors: Record<string, string>;
  readonly warnings: { readonly path: string; readonly message: string }[];
  readonly idType: IdType | null;
  readonly idNumber: string | null;
  readonly contacts: { readonly kind: ContactKind; readonly value: string }[];
  /** Filled from the ID when the clerk left them blank. */
  readonly sex: SexValue | null;
  readonly birthDate: string | null;
  readonly flags: PartyFlag[];
  readonly derived: DerivedFromId | null;
}

const ID_KIND_TO_TYPE: Readonly<Record<IdCardKind, IdType>> = {
  居民身份证: 'resident_id',
  港澳台居民居住证: 'residence_permit_hmt',
  外国人永久居留身份证: 'foreign_permanent_id',
};

export interface PartyCheckOptions {
  /** Area code for landlines typed without one (025 for a Nanjing organisation). */
  readonly defaultAreaCode?: string;
}

export function checkPartyIdentity(
  party: PartyIdentityInput,
  today: string,
  options: PartyCheckOptions = {},
): PartyCheck {
  const errors: Record<string, string> = {};
  const warnings: { path: string; message: string }[] = [];
  const kind = party.kind ?? 'natural';
  const raw = party.idNumber?.trim() ?? '';
  let idType: IdType | null = party.idType ?? null;
  let idNumber: string | null = raw === '' ? null : raw;
  let derived: DerivedFromId | null = null;
  const futureBirth = futureDateViolation('出生日期', party.birthDate, today);
  if (futureBirth) errors['birthDate'] = futureBirth;

  if (idNumber !== null) {
    idType ??= kind === 'natural' ? 'resident_id' : 'credit_code';
    if (CHECKED_PERSON_ID_TYPES.includes(idType)) {
      const result = validateChineseId(idNumber, today);
      if (!result.ok) {
        errors['idNumber'] = result.reason;
      } else {
        idNumber = result.normalized;
        const detected = ID_KIND_TO_TYPE[result.kind];
        if (detected !== idType) {
          warnings.push({
            path: 'idType',
            message: `号码属于${ID_TYPE_LABELS[detected]}，已按${ID_TYPE_LABELS[detected]}登记。`,
          });
          idType = detected;
        }
        if (result.convertedFrom15) {
          warnings.push({
            path: 'idNumber',
            message: `已将15位旧身份证号码换算为18位：${result.normalized}。`,
          });
        }
        derived = { sex: result.sex, birthDate: result.birthDate, age: result.age };
        for (const message of crossCheckWithId(
          result,
          { sex: party.sex, birthDate: party.birthDate, age: party.age },
          today,
        )) {
          const path = message.includes('性别') ? 'sex' : message.includes('出生日期') ? 'birthDate' : 'age';
          warnings.push({ path, message });
        }
      }
    } else if (idType === 'credit_code') {
      const result = validateCreditCode(idNumber);
      if (!result.ok) errors['idNumber'] = result.reason;
      else {
        idNumber = result.normalized;
        if (result.kind === '工商注册号（旧版）')
          warnings.push({ path: 'idNumber', message: result.warning });
      }
    } else {
      idNumber = idNumber.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    }
    if (kind !== 'natural' && idType !== 'credit_code' && idType !== 'other') {
      warnings.push({ path: 'idType', message: '单位当事人一般应填写统一社会信用代码，请核对证件类型。' });
    }
  }

  const contacts: { kind: ContactKind; value: string }[] = [];
  (party.contacts ?? []).forEach((contact, index) => {
    const value = contact.value.trim();
    if (value === '') return;
    if (contact.kind === 'other') {
      contacts.push({ kind: 'other', value });
      return;
    }
    const phone = normalizePhone(
      value,
      options.defaultAreaCode === undefined ? {} : { defaultAreaCode: options.defaultAreaCode },
    );
    if (!phone.ok) {
      errors[`contacts.${index}.value`] = phone.reason;
      return;
    }
    if (phone.kind === '固话' && phone.areaCodeAssumed) {
      warnings.push({
        path: `contacts.${index}.value`,
        message: `未填写区号，已按 ${phone.areaCode} 登记为 ${phone.normalized}。`,
      });
    }
    contacts.push({ kind: phone.kind === '手机' ? 'mobile' : 'landline', value: phone.normalized });
  });

  const flags = new Set<PartyFlag>(party.flags ?? []);
  if (derived !== null) {
    if (derived.age < 18) flags.add('minor');
    if (derived.age < 14) flags.add('under_14');
    if (derived.age >= 60) flags.add('elderly');
  }

  return {
    errors,
    warnings,
    idType: idNumber === null ? (party.idType ?? null) : idType,
    idNumber,
    contacts,
    sex: party.sex ?? derived?.sex ?? null,
    birthDate: party.birthDate ?? derived?.birthDate ?? null,
    flags: [...flags],
    derived,
  };
}

/** Suggested 卷名 (domain §1.2): 张建国与李卫东邻里纠纷. */
export function suggestCaseTitle(
  applicants: readonly string[],
  respondents: readonly string[],
  typeLabel: string,
): string {
  const left = applicants.filter(Boolean).join('、');
  const right = respondents.filter(Boolean).join('、');
  if (left && right) return `${left}与${right}${typeLabel}`;
  return `${left || right}${typeLabel}`;
}
