import type { LedgerField } from '../../../shared/types/ledgerImport.ts';
import type { RowCheck } from './rowValidation.ts';

/**
 * Parsed ledger files, kept in memory between `ledger.parse`, the dry run and the import chunks, so a
 * 10,000-row file is read once rather than once per chunk. Nothing of it is stored: after an hour, or
 * when more files are open, the oldest is dropped and the page asks for the file again.
 */
export interface ParsedLedgerFile {
  readonly fileId: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly headers: readonly string[];
  readonly recognised: readonly (LedgerField | null)[];
  readonly rows: readonly { readonly rowNo: number; readonly cells: readonly string[] }[];
  touchedAt: number;
  /** Row checks for the last mapping used (rows that are blank under it are `null`). */
  checks: { readonly signature: string; readonly results: readonly (RowCheck | null)[] } | null;
}

const MAX_FILES = 4;
const TTL_MS = 60 * 60 * 1000;

export function createLedgerFileStore(now: () => number) {
  const files = new Map<string, ParsedLedgerFile>();
  const evict = () => {
    for (const [id, file] of files) if (now() - file.touchedAt > TTL_MS) files.delete(id);
    while (files.size > MAX_FILES) files.delete(files.keys().next().value!);
  };
  return {
    put(file: ParsedLedgerFile): void {
      files.set(file.fileId, file);
      evict();
    },
    get(fileId: string): ParsedLedgerFile | undefined {
      evict();
      const file = files.get(fileId);
      if (file) file.touchedAt = now();
      return file;
    },
  };
}
