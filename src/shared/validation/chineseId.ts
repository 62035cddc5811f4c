/**
 * 居民身份证号码 (GB 11643-1999) and the two ID cards that share its 18-character scheme, domain §6.1:
 * 港澳台居民居住证 (address code 810000/820000/830000) and the 2023 外国人永久居留身份证 (first digit 9).
 *
 * The clock is never read here: callers pass "today", so a record validated in a test, on a machine with a
 * wrong clock, or while re-checking old data gives the same answer every time.
 */
import { describeRegionCode, isProvinceCode, PROVINCE_NAMES } from './regionCodes.ts';
import { isRealDate, requireIsoDate, toIsoDate } from '../format/chineseDate.ts';

export const SEXES = ['男', '女'] as const;
export type Sex = (typeof SEXES)[number];

export const ID_CARD_KINDS = ['居民身份证', '港澳台居民居住证', '外国人永久居留身份证'] as const;
export type IdCardKind = (typeof ID_CARD_KINDS)[number];

export const CHINESE_ID_FAILURES = [
  'EMPTY',
  'LENGTH',
  'CHARSET',
  'PROVINCE',
  'BIRTH_DATE_INVALID',
  'BIRTH_DATE_FUTURE',
  'BIRTH_DATE_TOO_EARLY',
  'CHECK_DIGIT',
] as const;
export type ChineseIdFailure = (typeof CHINESE_ID_FAILURES)[number];

export interface ChineseIdValid {
  readonly ok: true;
  readonly kind: IdCardKind;
  /** 18 characters, check character upper-case; what should be stored. */
  readonly normalized: string;
  /** The input was a pre-1999 15-digit number; `normalized` is its 18-digit form. */
  readonly convertedFrom15: boolean;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** Full years (周岁) on the `today` given to the validator. */
  readonly age: number;
  /** 6-digit address code; `null` on the foreigner card, which carries province + nationality instead. */
  readonly regionCode: string | null;
  /** Numeric nationality code of the foreigner card (positions 4–6); `null` for the other kinds. */
  readonly nationalityCode: string | null;
  /** Best-known name of the issuing place (see `describeRegionCode`); `null` if the tables do not know it. */
  readonly issuingPlace: string | null;
}

export interface ChineseIdInvalid {
  readonly ok: false;
  readonly code: ChineseIdFailure;
  /** A sentence a clerk can act on. */
  readonly reason: string;
}

export type ChineseIdResult = ChineseIdValid | ChineseIdInvalid;

const EARLIEST_BIRTH_DATE = '1900-01-01';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('身份证号码本体码应为17位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Full years between a birth date and another date; a 29 February birthday counts from 1 March. */
export function ageAt(birthDate: string, onDate: string): number {
  const birth = requireIsoDate(birthDate, '出生日期');
  const on = requireIsoDate(onDate, '计算年龄的日期');
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

function fail(code: ChineseIdFailure, reason: string): ChineseIdInvalid {
  return { ok: false, code, reason };
}

/**
 * Full-width digits and X from Chinese input methods, spaces and a lower-case x are all common when the
 * number is typed or pasted, and none of them changes which number was meant.
 */
function clean(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Checks the date part (positions 7–14 in the 18-digit form) and returns it as ISO, or a failure. */
function checkBirthDate(yyyymmdd: string, today: string, positions: string): string | ChineseIdInvalid {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (!isRealDate(year, month, day)) {
    return fail(
      'BIRTH_DATE_INVALID',
      `身份证号码中的出生日期“${yyyymmdd}”不是真实存在的日期，请核对${positions}。`,
    );
  }
  const iso = toIsoDate({ year, month, day });
  if (iso > today) return fail('BIRTH_DATE_FUTURE', `身份证号码中的出生日期（${iso}）晚于今天，请核对。`);
  if (iso < EARLIEST_BIRTH_DATE) {
    return fail('BIRTH_DATE_TOO_EARLY', `身份证号码中的出生日期（${iso}）早于1900年，请核对。`);
  }
  return iso;
}

function kindOf(id18: string): IdCardKind {
  if (id18.startsWith('9')) return '外国人永久居留身份证';
  const province = id18.slice(0, 2);
  return province === '81' || province === '82' || province === '83' ? '港澳台居民居住证' : '居民身份证';
}

function provinceFailure(kind: IdCardKind, province: string): ChineseIdInvalid {
  return kind === '外国人永久居留身份证'
    ? fail('PROVINCE', `外国人永久居留身份证号码第2、3位“${province}”不是有效的省级行政区划代码，请核对。`)
    : fail('PROVINCE', `身份证号码前两位“${province}”不是有效的省级行政区划代码，请核对。`);
}

/**
 * Validates a 居民身份证 / 港澳台居民居住证 / 外国人永久居留身份证 number (18 characters, or a legacy
 * 15-digit 居民身份证 number which is converted). `today` is `YYYY-MM-DD` and bounds the birth date.
 */
export function validateChineseId(input: string, today: string): ChineseIdResult {
  requireIsoDate(today, '今天的日期');
  const id = clean(input);
  if (id === '') return fail('EMPTY', '请填写身份证号码。');

  if (id.length === 15) {
    if (!/^\d{15}$/.test(id)) return fail('CHARSET', '15位旧身份证号码应全部为数字，请核对。');
    const province = id.slice(0, 2);
    if (!isProvinceCode(province)) return provinceFailure('居民身份证', province);
    // 15-digit numbers were only issued to people born in the 1900s, so the century is implied.
    const birth = checkBirthDate(`19${id.slice(6, 12)}`, today, '第7至12位');
    if (typeof birth !== 'string') return birth;
    const first17 = `${id.slice(0, 6)}19${id.slice(6, 15)}`;
    return describe(first17 + idCheckChar(first17), birth, today, true);
  }

  if (id.length !== 18) {
    return fail('LENGTH', `身份证号码应为18位（旧版为15位），当前为${id.length}位，请核对。`);
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('CHARSET', '身份证号码前17位应全部为数字，最后一位为数字或字母X，请核对。');
  }
  const kind = kindOf(id);
  const province = kind === '外国人永久居留身份证' ? id.slice(1, 3) : id.slice(0, 2);
  if (!isProvinceCode(province)) return provinceFailure(kind, province);
  const birth = checkBirthDate(id.slice(6, 14), today, '第7至14位');
  if (typeof birth !== 'string') return birth;
  // The expected check character is deliberately not shown: when another digit is mistyped, "correcting"
  // the last character to the suggested one would only hide the real error.
  if (idCheckChar(id.slice(0, 17)) !== id[17]) {
    return fail('CHECK_DIGIT', '身份证号码校验位不符，号码中可能有数字输错或前后颠倒，请对照证件逐位核对。');
  }
  return describe(id, birth, today, false);
}

function describe(id18: string, birthDate: string, today: string, convertedFrom15: boolean): ChineseIdValid {
  const kind = kindOf(id18);
  const foreigner = kind === '外国人永久居留身份证';
  const regionCode = foreigner ? null : id18.slice(0, 6);
  return {
    ok: true,
    kind,
    normalized: id18,
    convertedFrom15,
    birthDate,
    // GB 11643: odd sequence numbers go to men. The 2023 foreigner card copies the citizen scheme; if its
    // parity ever differs, the only effect is a cross-check warning, never a rejected number.
    sex: Number(id18[16]) % 2 === 1 ? '男' : '女',
    age: ageAt(birthDate, today),
    regionCode,
    nationalityCode: foreigner ? id18.slice(3, 6) : null,
    issuingPlace:
      regionCode === null ? (PROVINCE_NAMES[id18.slice(1, 3)] ?? null) : describeRegionCode(regionCode),
  };
}

/** What a clerk typed about a person, to compare with the facts encoded in the ID number. */
export interface EnteredPersonFacts {
  readonly sex?: Sex | null;
  /** `YYYY-MM-DD`. */
  readonly birthDate?: string | null;
  /** Age in years as entered on the form. */
  readonly age?: number | null;
}

/**
 * Differences between the entered sex / birth date / age and the ID number, as Chinese warnings. They are
 * never errors (domain §6.1): the ID may belong to someone else by mistake, or the form may be right and
 * the ID mistyped, and only the clerk holding the card can tell which.
 */
export function crossCheckWithId(id: ChineseIdValid, entered: EnteredPersonFacts, today: string): string[] {
  const warnings: string[] = [];
  if (entered.sex != null && entered.sex !== id.sex) {
    warnings.push(`填写的性别为“${entered.sex}”，但身份证号码显示为“${id.sex}”，请核对。`);
  }
  if (entered.birthDate != null && entered.birthDate !== '' && entered.birthDate !== id.birthDate) {
    warnings.push(`填写的出生日期为${entered.birthDate}，但身份证号码显示为${id.birthDate}，请核对。`);
  }
  if (entered.age != null) {
    const age = ageAt(id.birthDate, today);
    if (entered.age !== age) {
      // 虚岁 (one more than full years) is a frequent cause; naming it saves the clerk a phone call.
      const hint = entered.age === age + 1 ? '如填写的是虚岁，请改为周岁。' : '请核对。';
      warnings.push(`填写的年龄为${entered.age}岁，但按身份证号码计算应为${age}周岁，${hint}`);
    }
  }
  return warnings;
}
