import { AppError } from '../../shared/errors.ts';

/**
 * Turns a failure to open or migrate the database into an error a clerk can act on. The original
 * error is kept as `cause` for the log; only the Chinese message crosses to the user.
 */
export function describeOpenError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const wrap = (text: string, kind: string): AppError => {
    const appError = new AppError('DB_UNAVAILABLE', text, { file, kind });
    (appError as Error).cause = error;
    return appError;
  };
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT') || /not a database|malformed/i.test(message)) {
    return wrap(
      `数据文件已损坏或不是调解台的数据文件，程序没有改动它：${file}。请从备份恢复，或联系技术支持。`,
      'corrupt',
    );
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || /disk is full|no space/i.test(message)) {
    return wrap(`磁盘空间已满，无法写入数据文件：${file}。请清理磁盘空间后重新打开调解台。`, 'disk-full');
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_AUTH') ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  ) {
    return wrap(`无法读写数据文件或数据目录（可能是只读或没有权限）：${file}。请检查文件夹权限。`, 'unwritable');
  }
  return wrap(`无法打开数据文件：${file}（${message}）。`, 'unknown');
}
