/**
 * Masking defaults of domain §7.5, applied to everything the API returns (and everything the
 * audit log stores) except the one audited `party.reveal` call.
 */

/** 320113********1234: first 6 and last 4 kept, length preserved. */
export function maskIdNumber(value: string): string {
  if (value.length >= 10) return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
  return value.length <= 2
    ? '*'.repeat(value.length)
    : value[0] + '*'.repeat(value.length - 2) + value.slice(-1);
}

/** 138****5678 for mobiles; 025-****1234 for landlines; anything else keeps its last 4. */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const landline = /^(0\d{2,3})-(\d+)(.*)$/.exec(value);
  if (landline) return `${landline[1]}-****${landline[2]!.slice(-4)}`;
  return value.length > 4 ? '*'.repeat(value.length - 4) + value.slice(-4) : '****';
}

/** What an address is reduced to: the administrative units, never the road, house or room. */
const HIDDEN_DETAIL = '（详细地址已隐去）';

// Unit names are Chinese characters only: a digit means a house number has begun. Words that name
// roads, buildings or estates never end a unit name (人民路215号乡镇企业局宿舍, 城市花园小区); real names
// may hold 楼, 园 or 村 (鼓楼区, 梅园新村街道), so those are allowed.
const NOT_IN_UNIT = /[路街巷弄号栋室厦院幢座层]|大道|小区|花园|广场|中心|公司|宿舍|单位/;
/** One-character stems that make ordinary words, not places: 城市, 超市, 小区, 社区, 园区, 景区 …. */
const NOT_A_STEM = new Set([
  '城',
  '超',
  '菜',
  '夜',
  '股',
  '小',
  '社',
  '园',
  '校',
  '厂',
  '景',
  '商',
  '街',
  '山',
  '郊',
]);
const PROVINCE =
  /^(北京市|天津市|上海市|重庆市|[一-鿿]{2,3}省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区|香港特别行政区|澳门特别行政区)/;
const PREFECTURE = /^[一-鿿]{1,7}?(?:自治州|地区|盟|市)/;
const COUNTY = /^[一-鿿]{1,7}?(?:自治县|自治旗|新区|区|县|市|旗)/;
// 街道 names may contain 路 (湖南路街道, 正东路街道); 镇/乡 names may not, nor be the 乡镇 of 乡镇企业.
const SUBDISTRICT = /^[一-鿿]{1,8}?街道/;
const TOWNSHIP = /^[一-鿿]{1,6}?(?:民族乡|镇|乡)(?!镇)/;

function takeUnit(rest: string, pattern: RegExp, allowRoads = false): string | null {
  const match = pattern.exec(rest);
  if (!match) return null;
  const name = match[0];
  const stem = name.replace(/(?:自治州|地区|盟|市|自治县|自治旗|新区|区|县|旗|街道|民族乡|镇|乡)$/, '');
  if (stem.length === 0 || NOT_A_STEM.has(stem)) return null;
  if (!allowRoads && NOT_IN_UNIT.test(stem)) return null;
  if (allowRoads && /[号栋室幢]|小区|花园/.test(stem)) return null;
  return name;
}

/**
 * Reduces an address to its administrative levels, read from the start: 省 (or 直辖市/自治区), 市
 * (地级), 区/县/县级市, then 街道/乡镇 — never the road, house number, estate or room. Each level is
 * optional, so `镇江市京口区正东路街道…`, `江苏省苏州市昆山市玉山镇…` and `南京市玄武区人民路215号…`
 * keep exactly their units.
 */
export function maskAddress(value: string): string {
  const { kept, rest } = splitAddress(value);
  if (kept === '') return '（地址已隐去）';
  return rest === '' ? kept : `${kept}${HIDDEN_DETAIL}`;
}

/** The administrative units an address starts with (省/市/区县/街道乡镇), nothing after them. */
export function administrativePart(value: string): string {
  return splitAddress(value).kept;
}

function splitAddress(value: string): { kept: string; rest: string } {
  let rest = value.normalize('NFKC').replace(/\s+/g, '');
  let kept = '';
  const take = (unit: string | null): boolean => {
    if (unit === null) return false;
    kept += unit;
    rest = rest.slice(unit.length);
    return true;
  };
  const province = PROVINCE.exec(rest)?.[0] ?? null;
  take(province);
  const municipality = province !== null && /^(北京|天津|上海|重庆)市$/.test(province);
  if (!municipality) take(takeUnit(rest, PREFECTURE));
  take(takeUnit(rest, COUNTY));
  if (!take(takeUnit(rest, SUBDISTRICT, true))) take(takeUnit(rest, TOWNSHIP));
  return { kept, rest };
}

const CHINESE_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An 18-character ID number with a valid check digit, or a 15-digit one with a valid birth date. */
export function looksLikeIdNumber(candidate: string): boolean {
  if (/^\d{17}[\dXx]$/.test(candidate)) {
    const sum = CHINESE_ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(candidate[i]), 0);
    return '10X98765432'[sum % 11] === candidate[17]!.toUpperCase();
  }
  if (/^\d{15}$/.test(candidate)) {
    return validDate(
      1900 + Number(candidate.slice(6, 8)),
      Number(candidate.slice(8, 10)),
      Number(candidate.slice(10, 12)),
    );
  }
  return false;
}

// Digit runs not glued to other letters or digits (so uuids, hashes and file names are left alone).
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![0-9A-Za-z])(?:\+?86[\s-]?)?(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?![0-9A-Za-z])/g;

/**
 * ID numbers (valid check digit, 18 or 15 digits) and mobiles typed into free text — a summary, the
 * minutes, a contact of kind 其他 — masked the same way as in their own fields.
 */
export function maskPersonalDataInText(text: string, phones = true): string {
  let out = text.replace(ID_IN_TEXT, (whole: string) =>
    looksLikeIdNumber(whole) ? maskIdNumber(whole) : whole,
  );
  if (phones) {
    out = out.replace(MOBILE_IN_TEXT, (whole: string, mobile: string) =>
      whole.replace(mobile, maskPhone(mobile.replace(/[\s-]/g, ''))),
    );
  }
  return out;
}

const ID_KEYS = new Set(['idNumber']);
const PHONE_KEYS = new Set(['phone', 'mobile', 'reporterPhone', 'contactPhone']);
const PHONE_CONTACT_KINDS = new Set(['mobile', 'landline']);

export interface MaskOptions {
  /** Also reduce addresses (for roles that do not handle cases: 统计员, 领导). */
  readonly addresses: boolean;
  /** Mask phone numbers too (default true). */
  readonly phones?: boolean;
  /**
   * Also mask ID numbers and mobiles inside free text (summaries, minutes, contacts of kind 其他):
   * for every role that cannot reveal personal data.
   */
  readonly freeText?: boolean;
}

/** Strings that are files or identifiers, never free text. */
const NOT_TEXT_KEYS = new Set(['base64', 'id', 'uuid', 'caseId', 'sha256', 'hash', 'contentHash']);

/** A deep copy with ID numbers and phone numbers masked wherever they appear. */
export function maskPersonalData(value: unknown, options: MaskOptions, depth = 0): unknown {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, options, depth + 1));
  const record = value as Record<string, unknown>;
  const isPhoneContact = typeof record['kind'] === 'string' && PHONE_CONTACT_KINDS.has(record['kind']);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    if (typeof item === 'string' && item !== '') {
      if (ID_KEYS.has(key)) out[key] = maskIdNumber(item);
      else if (options.phones !== false && (PHONE_KEYS.has(key) || (isPhoneContact && key === 'value'))) {
        out[key] = maskPhone(item);
      } else if (options.addresses && key === 'address') out[key] = maskAddress(item);
      else if (options.freeText && !NOT_TEXT_KEYS.has(key)) {
        out[key] = maskPersonalDataInText(item, options.phones !== false);
      } else out[key] = item;
    } else if (options.freeText && Array.isArray(item) && item.every((x) => typeof x === 'string')) {
      // Lists of text (申请事项, other clauses) are free text too.
      out[key] = item.map((x: string) => maskPersonalDataInText(x, options.phones !== false));
    } else {
      out[key] = maskPersonalData(item, options, depth + 1);
    }
  }
  return out;
}

/**
 * Edit forms are filled from masked results, so a value sent back exactly as its mask means
 * "unchanged": keep the stored one instead of writing (or rejecting) the mask.
 */
export function keepIfMasked<T extends string | null | undefined>(
  sent: T,
  stored: string | null | undefined,
  mask: (value: string) => string,
): T | string {
  return stored && sent && sent.includes('*') && sent === mask(stored) ? stored : sent;
}
