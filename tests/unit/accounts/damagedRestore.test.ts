import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ADMIN, dbFile, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import { damageWhileClosed } from '../../helpers/damagePage.ts';

/**
 * A restore over a live file too damaged to copy keeps it byte for byte instead of the usual safety
 * backup — and with it the attachment, document and template folders the restore replaces (found by
 * the review: only the database file was kept, so scans and 文书 added since the backup were lost).
 */
let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTempDir('mediation-damaged-restore-');
  file = dbFile(dir);
  const core = await openTestCore(dir);
  await setUpAsAdmin(core);
  await core.close();
});
afterEach(() => removeTempDir(dir));

const damageSilently = (table: string) => damageWhileClosed(file, table);

/** Every file under `root`, relative, with its bytes. */
function filesUnder(root: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(root)) return out;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(root, full), fs.readFileSync(full, 'utf8'));
    }
  return out;
}

test('a restore over a damaged file keeps the attachments and documents added since the backup', async () => {
  let core = await openTestCore(dir);
  let token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
    .sessionToken!;
  const good = await mustCall(core, 'backup.run', {}, token);
  await core.close();
  // Work after that backup: a scanned 调解协议 and a generated 文书 (the folders the core stores them in).
  const scan = path.join(dir, 'attachments', '2026', 'case-17-agreement-scan.pdf');
  const paper = path.join(dir, 'documents', '2026', 'case-17-受理通知书.docx');
  for (const [target, text] of [
    [scan, 'signed agreement, only copy'],
    [paper, 'generated notice'],
  ] as const) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  damageSilently('party');
  // As in cleanClose.test.ts: the background check does not get to it; the backup meets the damage.
  core = await openTestCore(dir, undefined, { integrityWorkerScript: path.join(dir, 'missing-worker.ts') });
  try {
    token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
      .sessionToken!;
    const restored = await mustCall(core, 'backup.restore', { id: good.id }, token);
    expect(restored.safetyCopy).toBeNull();
    expect(restored.keptDamagedFile).not.toBeNull();
    // The two files must survive somewhere: in the data folder, or beside the kept damaged file.
    const kept = filesUnder(restored.keptDamagedFile!);
    const live = filesUnder(dir);
    const survives = (rel: string, text: string) =>
      live.get(rel) === text || [...kept.entries()].some(([k, v]) => k.endsWith(rel) && v === text);
    expect(
      survives(path.join('attachments', '2026', 'case-17-agreement-scan.pdf'), 'signed agreement, only copy'),
    ).toBe(true);
    expect(survives(path.join('documents', '2026', 'case-17-受理通知书.docx'), 'generated notice')).toBe(
      true,
    );
  } finally {
    await core.close();
  }
}, 60_000);
