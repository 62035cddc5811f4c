import { AppError } from '../../shared/errors.ts';

type FailureKind = 'corrupt' | 'disk-full' | 'busy' | 'unwritable';

function classify(error: unknown): FailureKind | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (
    code.startsWith('SQLITE_NOTADB') ||
    code.startsWith('SQLITE_CORRUPT') ||
    /not a database|malformed/i.test(message)
  ) {
    return 'corrupt';
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || /disk is full|no space/i.test(message))
    return 'disk-full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (
    ['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH', 'SQLITE_IOERR'].some((p) =>
      code.startsWith(p),
    ) ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR'].includes(code)
  ) {
    return 'unwritable';
  }
  return null;
}

/** Whether SQLite failed because the file is damaged (or not a database). */
export function isCorruption(error: unknown): boolean {
  return classify(error) === 'corrupt';
}

const MESSAGES: Readonly<Record<FailureKind, (file: string) => string>> = {
  corrupt: (file) =>
    `数据文件已损坏或不是调解台的数据文件，程序没有改动它：${file}。请从备份恢复，或联系技术支持。`,
  'disk-full': (file) =>
    `磁盘空间已满，无法写入数据文件：${file}。请清理磁盘空间后重试，刚才的操作没有保存。`,
  busy: () => '数据文件正被另一个程序占用，请稍后重试；如一直出现，请检查是否同时打开了两个调解台。',
  unwritable: (file) => `无法读写数据文件或数据目录（可能是只读或没有权限）：${file}。请检查文件夹权限。`,
};

/**
 * During work the program has been writing to the file, so "not changed" would be false: a damaged
 * file found then is reported as such, with what to do.
 */
const RUNTIME_MESSAGES: Partial<Record<FailureKind, (file: string) => string>> = {
  corrupt: (file) =>
    `数据文件在使用中发现损坏，刚才的操作没有完成：${file}。请停止录入，关闭调解台，从最近一份备份恢复（把备份中的 mediation-desk.db 复制到数据目录替换），或联系技术支持。`,
};

function toAppError(kind: FailureKind, error: unknown, file: string, runtime = false): AppError {
  const message = (runtime ? RUNTIME_MESSAGES[kind] : undefined) ?? MESSAGES[kind];
  const appError = new AppError('DB_UNAVAILABLE', message(file), { file, kind, ...(runtime && { runtime }) });
  (appError as Error).cause = error;
  return appError;
}

/**
 * A failure to open or migrate the database, as an error a clerk can act on. The original error is
 * kept as `cause` for the log; only the Chinese message crosses to the user.
 */
export function describeOpenError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const kind = classify(error);
  if (kind) return toAppError(kind, error, file);
  const detail = error instanceof Error ? error.message : String(error);
  const appError = new AppError('DB_UNAVAILABLE', `无法打开数据文件：${file}（${detail}）。`, {
    file,
    kind: 'unknown',
  });
  (appError as Error).cause = error;
  return appError;
}

/**
 * A database failure during normal work (disk full, file locked, made read-only). Returns null for
 * errors that are bugs (constraint violations, SQL mistakes): those stay INTERNAL.
 */
export function describeRuntimeDatabaseError(error: unknown, file: string): AppError | null {
  const kind = classify(error);
  return kind ? toAppError(kind, error, file, true) : null;
}
