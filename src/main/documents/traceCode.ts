import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import type { TemplateValues } from './templateValues.ts';

/**
 * 一案一码: every generated document carries, in its footer, a QR code that says which case and which
 * generated document a printed page belongs to.
 *
 * Payload (upper case, so the QR uses the compact alphanumeric mode):
 *   MDESK:1:<case UUID>:<document UUID>:<content hash>
 *
 * The content hash is SHA-256 (hex) of the canonical JSON of
 *   { format: 'mediation-desk/document@1', templateId, templateVersion, templateSha256, mode, values }
 * where `values` are the placeholder values after sanitising, with object keys sorted. It is computed
 * before the QR code exists (the QR cannot contain a hash of a file that contains the QR), it does not
 * depend on zip timestamps, and regenerating the same content gives the same hash under a new document
 * id. The SHA-256 of the .docx file itself is recorded next to it when the document is stored.
 */
export interface TraceIdentity {
  readonly caseUuid: string;
  readonly caseNo: string | null;
  /** A new UUID per generated document, recorded with the document. */
  readonly documentId: string;
}

export interface ContentHashInput {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly templateBytes: Uint8Array;
  readonly mode: string;
  readonly values: TemplateValues;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function contentHash(input: ContentHashInput): string {
  return sha256Hex(
    canonicalJson({
      format: 'mediation-desk/document@1',
      templateId: input.templateId,
      templateVersion: input.templateVersion,
      templateSha256: sha256Hex(input.templateBytes),
      mode: input.mode,
      values: input.values,
    }),
  );
}

/** JSON with sorted keys and without `undefined`, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function tracePayload(identity: TraceIdentity, hash: string): string {
  return `MDESK:1:${identity.caseUuid}:${identity.documentId}:${hash}`.toUpperCase();
}

/** Parses a scanned payload back; `null` when it is not one of ours. */
export function parseTracePayload(
  payload: string,
): { caseUuid: string; documentId: string; contentHash: string } | null {
  const match = /^MDESK:1:([0-9A-F-]{36}):([0-9A-F-]{36}):([0-9A-F]{64})$/i.exec(payload.trim());
  if (!match) return null;
  return {
    caseUuid: match[1]!.toLowerCase(),
    documentId: match[2]!.toLowerCase(),
    contentHash: match[3]!.toLowerCase(),
  };
}

export async function traceQrPng(payload: string): Promise<Uint8Array> {
  const png = await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The footer's text line next to the QR code. */
export function traceLine(identity: TraceIdentity): string {
  return `案号：${identity.caseNo ?? '（未编号）'}　文书编号：${identity.documentId}`;
}
