import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Overwrites the first page of a table in a closed database file, as a failed disk write or another
 * program would. The read-only look leaves an empty log beside a WAL file; it is removed (it holds
 * nothing), so the file looks as a clean close left it apart from the damaged page.
 */
export function damageTablePage(file: string, table: string): void {
  const raw = new BetterSqlite3(file, { readonly: true });
  const { rootpage } = raw.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).get(table) as {
    rootpage: number;
  };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  for (const suffix of ['-wal', '-shm'])
    if (fs.existsSync(file + suffix) && fs.statSync(file + suffix).size === 0) fs.rmSync(file + suffix);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}
