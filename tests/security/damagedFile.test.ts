import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';
import { post } from './netAttackKit.ts';
import { damageTablePage } from '../helpers/damagePage.ts';

// Issue 13, item 4: a file with one corrupted page opened (health 200), accepted logins and writes;
// a zero-byte file was silently initialised as a new installation.

let dir: string;
let file: string;
let host: HostProcess | null = null;

beforeEach(() => {
  dir = makeTempDir('security-damaged-');
  file = path.join(dir, 'mediation-desk.db');
});
afterEach(async () => {
  await host?.stop();
  host = null;
  removeTempDir(dir);
});

const json = (body: unknown) => JSON.stringify(body);
const headers = { 'Content-Type': 'application/json' };
const sha = () => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A real installation with a case, closed cleanly (log checkpointed into the file). */
async function installation(): Promise<void> {
  host = await startHost(dir);
  expect((await post(`${host.url}/api/org.setup`, json(SAMPLE_ORGANISATION), headers)).ok).toBe(true);
  await host.stop();
  host = null;
  for (const suffix of ['-wal', '-shm']) expect(fs.existsSync(file + suffix)).toBe(false);
}

async function expectRefused(kind: RegExp): Promise<void> {
  const before = sha();
  host = await startHost(dir);
  const health = await fetch(`${host.url}/api/health`);
  expect(health.status).toBe(503);
  const body = (await health.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('DB_UNAVAILABLE');
  expect(body.error.message).toMatch(kind);
  expect(body.error.message).toMatch(/备份/);
  // Logins and writes are refused; the file is byte-for-byte what it was.
  const login = await post(
    `${host.url}/api/auth.login`,
    json({ username: ADMIN.username, password: ADMIN.password }),
    headers,
  );
  expect(login.status).toBe(503);
  expect(login.error?.code).toBe('DB_UNAVAILABLE');
  const setup = await post(`${host.url}/api/org.setup`, json(SAMPLE_ORGANISATION), headers);
  expect(setup.error?.code).toBe('DB_UNAVAILABLE');
  await host.stop();
  host = null;
  expect(sha()).toBe(before);
}

test('a file with one damaged page is refused at open, before any write', async () => {
  await installation();
  damageTablePage(file, 'user_account');
  await expectRefused(/已损坏/);
});

test('an existing zero-byte file is refused, not initialised as a new installation', async () => {
  fs.writeFileSync(file, '');
  await expectRefused(/空的/);
  expect(fs.statSync(file).size).toBe(0);
});

test('a file whose audit trail lost its append-only triggers is refused', async () => {
  await installation();
  const raw = new BetterSqlite3(file);
  raw.exec('DROP TRIGGER audit_log_no_delete');
  raw.close();
  await expectRefused(/审计日志/);
});

test('only a missing file means a new installation', async () => {
  host = await startHost(dir);
  expect((await fetch(`${host.url}/api/health`)).status).toBe(200);
  const info = await post(`${host.url}/api/app.info`, '{}', headers);
  expect(info.value).toMatchObject({ setupComplete: false });
});
