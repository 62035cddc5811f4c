/**
 * Mainland phone numbers, domain §6.3: mobiles stored as 11 bare digits, landlines as
 * `区号-号码[-分机]` (e.g. `025-84561234-8021`). Normalising a normalised number returns it unchanged.
 *
 * Carrier segments are deliberately not checked (new 16x/19x segments keep appearing); only the shape is.
 */

/** The kinds match the contact types of the party model (手机/固话/其他). */
export const PHONE_KINDS = ['手机', '固话', '服务号'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const NANJING_AREA_CODE = '025';

export interface MobilePhone {
  readonly ok: true;
  readonly kind: '手机';
  readonly normalized: string;
}

export interface Landline {
  readonly ok: true;
  readonly kind: '固话';
  readonly normalized: string;
  readonly areaCode: string;
  readonly localNumber: string;
  readonly extension: string | null;
  /** The input had no area code and `defaultAreaCode` was used; worth showing so a clerk can correct it. */
  readonly areaCodeAssumed: boolean;
}

export interface PhoneInvalid {
  readonly ok: false;
  readonly reason: string;
}

/** A nationwide service number (400/800): ten digits, no area code, written `400-820-8820`. */
export interface ServiceNumber {
  readonly ok: true;
  readonly kind: '服务号';
  readonly normalized: string;
}

export type PhoneResult = MobilePhone | Landline | ServiceNumber | PhoneInvalid;

export interface PhoneOptions {
  /**
   * Area code for landlines typed without one, e.g. `NANJING_AREA_CODE` for a Nanjing centre (one Nanjing
   * system does exactly this, domain §6.3). Without it such numbers are rejected: guessing a city here
   * would silently produce wrong numbers elsewhere.
   */
  readonly defaultAreaCode?: string;
}

const EXTENSION = /^(.*?)[\s-]*(?:转|分机号?|ext\.?|x|#)\s*(\d{1,6})$/i;
const AREA_CODE = /^0(?:10|2\d|[3-9]\d\d)$/;

function fail(reason: string): PhoneInvalid {
  return { ok: false, reason };
}

/** Area codes 010 and 020–029 have three digits, all others four; the next digit cannot tell them apart. */
function areaCodeLength(digits: string): number {
  return /^0(?:10|2)/.test(digits) ? 3 : 4;
}

/**
 * Normalises a mainland mobile or landline number, accepting `+86`/`0086`/`86` prefixes, spaces, hyphens,
 * brackets around the area code, and extensions written as `转8021`, `分机8021`, `ext 8021`, `#8021` or as a
 * trailing `-8021` group.
 */
export function normalizePhone(input: string, options: PhoneOptions = {}): PhoneResult {
  const { defaultAreaCode } = options;
  if (defaultAreaCode !== undefined && !AREA_CODE.test(defaultAreaCode)) {
    throw new RangeError(`默认区号格式不正确：${defaultAreaCode}`);
  }
  let text = input.normalize('NFKC').trim();
  if (text === '') return fail('请填写电话号码。');

  let extension: string | null = null;
  const ext = EXTENSION.exec(text);
  if (ext !== null) {
    text = ext[1]!.trim();
    extension = ext[2]!;
  }
  const stray = text.replace(/[\d\s\-+().]/g, '');
  if (stray !== '') {
    return fail(`电话号码中有无法识别的字符“${stray}”，请只填写数字；分机号可写成“转8021”。`);
  }

  let international = false;
  text = text.replace(/^\(\s*(\+?\s*86)\s*\)/, '$1');
  if (text.startsWith('+')) {
    if (!/^\+\s*86/.test(text)) {
      return fail('目前只能识别中国大陆的电话号码；境外号码请填写在“其他”联系方式中。');
    }
    text = text.replace(/^\+\s*86/, '');
    international = true;
  } else if (text.startsWith('0086')) {
    text = text.slice(4);
    international = true;
  }
  const groups = text.split(/[\s\-+().]+/).filter((g) => g !== '');
  let digits = groups.join('');
  if (digits === '') return fail('请填写电话号码。');
  if (!international && digits.length === 13 && /^861[3-9]/.test(digits)) {
    // 86 without + in front of a mobile: a 13-digit number beginning 86 cannot be anything else.
    digits = digits.slice(2);
    international = true;
  }
  if (!international && groups.length > 1 && groups[0] === '86') {
    digits = digits.slice(2);
    groups.shift();
    international = true;
  }
  // 400/800 service numbers have no area code: ten digits, dialled the same from everywhere.
  if (/^[48]00\d{7}$/.test(digits)) {
    if (extension !== null) return fail('400/800 服务电话不应带分机号，请核对。');
    return {
      ok: true,
      kind: '服务号',
      normalized: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`,
    };
  }
  if (/^[48]00/.test(digits) && (digits.length === 9 || digits.length === 11)) {
    return fail(`400/800 服务电话应为10位数字，当前为${digits.length}位，请核对。`);
  }
  // After the country code the trunk 0 of an area code is dropped (+86 25 …, +86 10 …); put it back.
  // Mobiles begin 13–19, so after +86 a leading 10 can only be Beijing's area code 010.
  if (international && !digits.startsWith('0') && !/^1[1-9]/.test(digits)) digits = `0${digits}`;
  // An old habit: 0 dialled in front of a mobile from a landline.
  if (digits.length === 12 && /^01[3-9]/.test(digits)) digits = digits.slice(1);

  if (digits.startsWith('1')) {
    if (extension !== null) return fail('手机号码不应带分机号，请核对。');
    if (digits.length !== 11) return fail(`手机号码应为11位数字，当前为${digits.length}位，请核对。`);
    if (!/^1[3-9]/.test(digits)) return fail('手机号码第二位应为3至9之间的数字，请核对。');
    return { ok: true, kind: '手机', normalized: digits };
  }

  let areaCode: string;
  let rest: string;
  let areaCodeAssumed = false;
  if (digits.startsWith('0')) {
    areaCode = digits.slice(0, areaCodeLength(digits));
    if (!AREA_CODE.test(areaCode)) return fail(`区号“${areaCode}”不正确，请核对。`);
    rest = digits.slice(areaCode.length);
  } else if (defaultAreaCode !== undefined) {
    areaCode = defaultAreaCode;
    rest = digits;
    areaCodeAssumed = true;
  } else {
    return fail('固定电话请加区号，例如 025-84561234。');
  }

  let localNumber = rest;
  if (extension === null && rest.length > 8 && groups.length > 1) {
    // A trailing group after a complete local number is an extension: 025-84561234-8021.
    const last = groups[groups.length - 1]!;
    const before = rest.length - last.length;
    if (last.length <= 6 && before >= 7 && before <= 8) {
      localNumber = rest.slice(0, before);
      extension = last;
    }
  }
  if (localNumber.length < 7 || localNumber.length > 8) {
    return fail(
      `固定电话号码（不含区号）应为7至8位，当前为${localNumber.length}位，请核对；分机号请写成“转8021”。`,
    );
  }
  if (!/^[2-9]/.test(localNumber)) return fail('固定电话号码（不含区号）不应以0或1开头，请核对。');
  return {
    ok: true,
    kind: '固话',
    normalized: `${areaCode}-${localNumber}${extension === null ? '' : `-${extension}`}`,
    areaCode,
    localNumber,
    extension,
    areaCodeAssumed,
  };
}
