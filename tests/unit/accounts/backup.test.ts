import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ADMIN, callApi, mustCall, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

let dir: string;
let dataDir: string;
let usb: string;
let core: Core;
let token: string;
const clock = fixedClock(TEST_NOW);
const HOUR = 3_600_000;

async function open(): Promise<void> {
  core = await createCore({ dataDir, version: 'test', clock, logger: silentLogger, autoBackup: false });
}
async function relogin(): Promise<void> {
  token = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
    .sessionToken!;
}
const usernames = async () =>
  (await mustCall(core, 'user.list', {}, token)).map((user) => user.username).sort();
const addUser = (username: string) =>
  mustCall(
    core,
    'user.create',
    { username, displayName: username, role: 'mediator', password: 'Initial123' },
    token,
  );

beforeEach(async () => {
  clock.set(TEST_NOW);
  dir = makeTempDir();
  dataDir = path.join(dir, 'data');
  usb = path.join(dir, 'usb');
  await open();
  token = await setUpAsAdmin(core);
  await mustCall(core, 'backup.updateSettings', { folder: usb, keep: 3 }, token);
  fs.mkdirSync(path.join(dataDir, 'attachments', 'case-1'), { recursive: true });
  fs.writeFileSync(
    path.join(dataDir, 'attachments', 'case-1', 'receipt.txt'),
    '收据：人民币叁万伍仟陆佰元整',
  );
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

describe('backup', () => {
  test('a manual backup copies database and attachments to the chosen folder and verifies them', async () => {
    const backup = await mustCall(core, 'backup.run', {}, token);
    expect(backup).toMatchObject({
      kind: 'manual',
      verified: true,
      verifyMessage: expect.stringContaining('核验通过'),
    });
    expect(backup.folder.startsWith(usb)).toBe(true);
    expect(
      fs.readFileSync(path.join(backup.folder, 'attachments', 'case-1', 'receipt.txt'), 'utf8'),
    ).toContain('叁万伍仟陆佰');
    expect(JSON.parse(fs.readFileSync(path.join(backup.folder, 'manifest.json'), 'utf8')).files).toHaveLength(
      2,
    );
    expect(await mustCall(core, 'backup.list', {}, token)).toEqual([backup]);
  });

  test('an unwritable backup folder gives a clear error and no record', async () => {
    fs.writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    await mustCall(core, 'backup.updateSettings', { folder: path.join(dir, 'not-a-folder'), keep: 3 }, token);
    const result = await callApi(core, 'backup.run', {}, token);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', message: expect.stringContaining('无法写入备份文件夹') },
    });
    expect(await mustCall(core, 'backup.list', {}, token)).toEqual([]);
  });

  test('the daily backup runs when due, keeps the last N and one per month', async () => {
    for (let day = 0; day < 40; day += 1) {
      await core.runScheduledWork();
      await core.runScheduledWork(); // a second check the same day does nothing
      clock.advance(24 * HOUR);
    }
    await relogin();
    const kept = (await mustCall(core, 'backup.list', {}, token)).filter((b) => b.kind === 'auto');
    const months = new Set(kept.map((b) => b.createdAt.slice(0, 7)));
    // 40 days from 22 Nov to 31 Dec: the 3 newest (all December) plus the newest of November.
    expect(kept.length).toBe(3 + [...months].length - 1);
    expect(fs.readdirSync(usb).length).toBe(kept.length);
    expect(kept.every((b) => b.verified)).toBe(true);
  });
});

describe('restore', () => {
  test('round trip: restore brings back the data and attachments, and keeps a safety copy of what was replaced', async () => {
    await addUser('before');
    const backup = await mustCall(core, 'backup.run', {}, token);
    await addUser('after');
    fs.writeFileSync(path.join(dataDir, 'attachments', 'case-1', 'receipt.txt'), '改过的');
    expect(await usernames()).toEqual(['admin', 'after', 'before']);

    const outcome = await mustCall(core, 'backup.restore', { id: backup.id }, token);
    expect(outcome.safetyCopy).toMatchObject({ kind: 'pre-restore', verified: true });
    await relogin();
    expect(await usernames()).toEqual(['admin', 'before']);
    expect(fs.readFileSync(path.join(dataDir, 'attachments', 'case-1', 'receipt.txt'), 'utf8')).toContain(
      '叁万伍仟陆佰',
    );
    expect((await mustCall(core, 'audit.list', { method: 'backup.restored' }, token)).total).toBe(1);

    // The safety copy can undo the restore.
    expect(outcome.keptDamagedFile).toBeNull();
    await mustCall(core, 'backup.restore', { folder: outcome.safetyCopy!.folder }, token);
    await relogin();
    expect(await usernames()).toEqual(['admin', 'after', 'before']);
  });

  test('a corrupted backup is refused and the current data is untouched', async () => {
    const backup = await mustCall(core, 'backup.run', {}, token);
    await addUser('current');
    const copy = path.join(backup.folder, 'mediation-desk.db');
    const bytes = fs.readFileSync(copy);
    bytes.fill(0x41, 4096, 8192);
    fs.writeFileSync(copy, bytes);

    const result = await callApi(core, 'backup.restore', { id: backup.id }, token);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('已被改动或损坏') },
    });
    expect(await usernames()).toEqual(['admin', 'current']);
    expect((await mustCall(core, 'backup.list', {}, token)).filter((b) => b.kind === 'pre-restore')).toEqual(
      [],
    );
  });

  test('a folder that is not a backup is refused', async () => {
    const notABackup = path.join(usb, 'not-a-backup');
    fs.mkdirSync(notABackup, { recursive: true });
    const result = await callApi(core, 'backup.restore', { folder: notABackup }, token);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('不是调解台备份') },
    });
  });

  test('a folder outside the configured backup folder is refused before it is read', async () => {
    const result = await callApi(core, 'backup.restore', { folder: dir }, token);
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });
});
