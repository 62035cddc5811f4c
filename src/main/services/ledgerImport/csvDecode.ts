/**
 * Decodes the bytes of a CSV ledger. Excel and WPS on Chinese Windows save "CSV" in the ANSI code page
 * (GBK, decoded here as its superset GB18030); newer Excel saves "CSV UTF-8" with a byte-order mark;
 * other tools write UTF-8 without one; Excel's "Unicode text" is UTF-16LE with a BOM. Valid UTF-8 is
 * taken as UTF-8 (GBK text of any length is almost never valid UTF-8), anything else as GB18030.
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';

export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
