import fs from 'node:fs';

/**
 * The start-up check of the data file (`PRAGMA quick_check`, integrity.ts) reads every page: 8.5 s for
 * a 1.5 GB file of 300,000 cases (issue 18), on every start. A file is damaged by what happens while it
 * is open or outside the program — a crash or power cut mid-write, a failed copy, a disk or another
 * program writing to it — and every one of those leaves the file's size, modification or change time
 * different from what a clean close left, or no record of a clean close at all.
 *
 * So a clean close records the file's identity beside it (`<file>.closed.json`); the next open takes
 * the record away before anything is written (a crash from then on leaves none) and skips the full
 * check only when the file is still exactly that file, with no write-ahead log beside it. Anything
 * else — first start, a crash, a restore, a copied or edited file — is checked in full.
 *
 * What the record cannot see is a page going bad on the disk while the program is closed. So a start
 * that skipped the check runs it in the background (`backgroundIntegrityCheck.ts`, a worker thread):
 * damage found then, or met by any work (a backup copy), marks the file (`<file>.check-needed`): the
 * core stops serving it, no clean close is recorded, and the next start checks in full and refuses it.
 */
const stampOf = (file: string) => `${file}.closed.json`;
const markOf = (file: string) => `${file}.check-needed`;

/** Damage was seen: whatever happens next, the next open checks every page. */
export function markCheckNeeded(file: string, reason: string): void {
  try {
    fs.writeFileSync(markOf(file), reason);
  } catch {
    // Cannot write beside the file: the clean-close record below is not written either.
  }
  fs.rmSync(stampOf(file), { force: true });
}

/** After a full check found the file intact. */
export function clearCheckNeeded(file: string): void {
  fs.rmSync(markOf(file), { force: true });
}

interface Identity {
  readonly size: number;
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly ino: string;
}

function identity(file: string): Identity | null {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return {
      size: Number(stat.size),
      mtimeNs: String(stat.mtimeNs),
      ctimeNs: String(stat.ctimeNs),
      ino: String(stat.ino),
    };
  } catch {
    return null;
  }
}

/** After the file is closed (log checkpointed and removed): note what a clean close left. */
export function recordCleanClose(file: string): void {
  const now = identity(file);
  if (!now || fs.existsSync(`${file}-wal`) || fs.existsSync(markOf(file))) return;
  try {
    fs.writeFileSync(stampOf(file), JSON.stringify(now));
  } catch {
    // Without the record the next start simply checks the whole file.
  }
}

/**
 * Before the file is opened: whether it is exactly as the last clean close left it. Removes the record
 * either way, so it vouches for one open only; if it cannot be removed, the answer is no.
 */
export function takeCleanClose(file: string): boolean {
  const stamp = stampOf(file);
  if (fs.existsSync(markOf(file))) {
    fs.rmSync(stamp, { force: true });
    return false;
  }
  let recorded: Identity;
  try {
    recorded = JSON.parse(fs.readFileSync(stamp, 'utf8')) as Identity;
  } catch {
    return false;
  }
  try {
    fs.rmSync(stamp, { force: true });
  } catch {
    return false;
  }
  const now = identity(file);
  return (
    now !== null &&
    !fs.existsSync(`${file}-wal`) &&
    now.size === recorded.size &&
    now.mtimeNs === recorded.mtimeNs &&
    now.ctimeNs === recorded.ctimeNs &&
    now.ino === recorded.ino
  );
}
