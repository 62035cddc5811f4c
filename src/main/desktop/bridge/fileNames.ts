import path from 'node:path';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 120;

/**
 * A file name that is safe on Windows and Linux alike, whatever the renderer sent: no folders, no
 * characters Windows forbids, no reserved device names, no trailing dots or spaces.
 */
export function safeFileName(name: string, fallback = '文档'): string {
  let cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  cleaned = cleaned.replace(/^\.+/, '');
  if (cleaned === '') cleaned = fallback;
  const ext = path.extname(cleaned);
  const stem = cleaned.slice(0, cleaned.length - ext.length);
  if (WINDOWS_RESERVED.test(stem)) cleaned = `_${cleaned}`;
  if (cleaned.length > MAX_LENGTH) {
    const keep = Math.max(1, MAX_LENGTH - ext.length);
    cleaned = cleaned.slice(0, keep) + ext;
  }
  return cleaned;
}

/** "name.docx", then "name (2).docx", … — never overwrites a document the user may have edited. */
export function uniqueFileName(name: string, exists: (candidate: string) => boolean): string {
  if (!exists(name)) return name;
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!exists(candidate)) return candidate;
  }
  throw new Error('too many files with the same name');
}
