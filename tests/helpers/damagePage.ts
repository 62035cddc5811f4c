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

/**
 * A page goes bad on the disk while the program is closed: the damage, with the file's identity
 * still what the last clean close recorded (a disk error does not touch the inode's times; writing
 * the bytes from here does, so the record is brought to the file's identity).
 */
export function damageWhileClosed(file: string, table: string): void {
  damageTablePage(file, table);
  const stat = fs.statSync(file, { bigint: true });
  fs.writeFileSync(
    `${file}.closed.json`,
    JSON.stringify({
      size: Number(stat.size),
      mtimeNs: String(stat.mtimeNs),
      ctimeNs: String(stat.ctimeNs),
      ino: String(stat.ino),
    }),
  );
}
