import fs from 'node:fs';
import path from 'node:path';

/** True when `candidate` is `root` itself or lies below it, after resolving `.`/`..` (no symlinks followed). */
export function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The nearest existing ancestor's real path, so a symlinked folder inside `root` cannot lead out of it. */
function realOfNearest(target: string): string {
  let current = target;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), path.relative(current, target));
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      current = parent;
    }
  }
}

/** A relative, forward-slash path with no empty, `.` or `..` segment, no drive letter, NUL or backslash. */
export function isSafeRelativePath(relative: unknown): relative is string {
  if (typeof relative !== 'string' || relative === '' || relative.includes('\0') || relative.includes('\\'))
    return false;
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative)) return false;
  return !relative.split('/').some((s) => s === '' || s === '.' || s === '..');
}

/**
 * A stored attachment's file: `relative_path` must name a file inside `<dataDir>/attachments/`.
 * Null for anything else (a row imported or edited to point at `../x` or `/etc/passwd`).
 */
export function attachmentFileOf(dataDir: string, relativePath: unknown): string | null {
  if (!isSafeRelativePath(relativePath) || !relativePath.startsWith('attachments/')) return null;
  return resolveInside(path.join(dataDir, 'attachments'), relativePath.slice('attachments/'.length));
}

/**
 * The one rule for a path that came from data (a package entry, a stored `relative_path`, a backup
 * manifest): a relative, forward-slash path without empty, `.` or `..` segments, whose resolved
 * location — symlinks included — stays inside `root`. Returns the absolute path, or null when the
 * path would lead anywhere else; callers refuse the whole operation then.
 */
export function resolveInside(root: string, relative: string): string | null {
  if (!isSafeRelativePath(relative)) return null;
  const segments = relative.split('/');
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (!isWithin(base, target) || target === base) return null;
  if (!isWithin(realOfNearest(base), realOfNearest(target))) return null;
  return target;
}
