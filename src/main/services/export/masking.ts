import { createHash } from 'node:crypto';
import type { RecordPath, SensitiveTreatment } from '../../../shared/schemas/exportMapping.ts';
import { administrativePart } from '../../../shared/format/maskPersonalData.ts';

/** ID numbers for external exports: first 3 and last 4 (domain §7.5), `320***********1234`. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Mobile `138****5678`; other numbers keep only the last 4 digits. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return digits.length > 4 ? '*'.repeat(digits.length - 4) + digits.slice(-4) : '****';
}

/** `张*`, `欧阳**`: compound surnames are assumed for names of four characters or more. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(Math.max(1, chars.length - keep));
}

/**
 * Addresses down to their administrative units (省/市/区县/街道乡镇), by the same rule as the API's
 * masking (`shared/format/maskPersonalData.ts`): never a road, house number or room, so
 * `…人民路215号乡镇企业局宿舍` keeps no number (issue 13, item 8).
 */
export function maskAddress(value: string): string {
  return administrativePart(value);
}

export function saltedHash(salt: string, value: string): string {
  return createHash('sha256').update(`${salt}:${value}`, 'utf8').digest('hex');
}

function maskOne(path: RecordPath, value: string): string {
  switch (path) {
    case 'parties[].idNumber':
      return maskIdNumber(value);
    case 'parties[].phones':
      return maskPhone(value);
    case 'parties[].name':
      return maskName(value);
    default:
      return maskAddress(value);
  }
}

/** Applies the treatment a mapping gives a sensitive field; `undefined` means "leave it out". */
export function treatSensitive(
  path: RecordPath,
  treatment: SensitiveTreatment,
  value: unknown,
  salt: string,
): unknown {
  if (treatment === 'omit') return undefined;
  if (value === null) return null;
  const each = (v: unknown): unknown =>
    typeof v === 'string' ? (treatment === 'hash' ? saltedHash(salt, v) : maskOne(path, v)) : null;
  return Array.isArray(value) ? value.map(each) : each(value);
}
