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

/** Keeps the address to 区/街道/乡镇 level, drops the house number. */
export function maskAddress(value: string): string {
  const match = /^.*?(街道|镇|乡)/.exec(value) ?? /^.*?(区|县)/.exec(value);
  return match ? `${match[0]}（详细地址已隐去）` : '（地址已隐去）';
}

const ID_KEYS = new Set(['idNumber']);
const PHONE_KEYS = new Set(['phone', 'mobile', 'reporterPhone', 'contactPhone']);
const PHONE_CONTACT_KINDS = new Set(['mobile', 'landline']);

export interface MaskOptions {
  /** Also reduce addresses (for roles that do not handle cases: 统计员, 领导). */
  readonly addresses: boolean;
  /** Mask phone numbers too (default true). */
  readonly phones?: boolean;
}

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
      else out[key] = item;
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
