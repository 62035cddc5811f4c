import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createHostServer, listen, type RunningHost } from '../../../src/main/host/hostServer.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

// The host asks the core whether a session is live before reading a body (to pick the limit);
// that question must not end an expired session, or the page could no longer say "timed out".

const clock = fixedClock(TEST_NOW);
let dir: string;
let core: Core;
let host: RunningHost;

beforeAll(async () => {
  dir = makeTempDir();
  fs.mkdirSync(path.join(dir, 'static'));
  core = await createCore({
    dataDir: path.join(dir, 'data'),
    version: 't',
    clock,
    logger: silentLogger,
    autoBackup: false,
  });
  host = await listen(
    createHostServer({ core, staticDir: path.join(dir, 'static'), logger: silentLogger }),
    0,
    '127.0.0.1',
  );
});
afterAll(async () => {
  await host.close();
  await core.close();
  removeTempDir(dir);
});

test('an expired session is still reported as expired after the body-limit check', async () => {
  const token = await setUpAsAdmin(core);
  const list = () =>
    fetch(`${host.url}/api/user.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
  expect((await list()).status).toBe(200);
  clock.advance(31 * 60_000);
  const response = await list();
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({
    error: { code: 'UNAUTHENTICATED', details: { reason: 'expired' } },
  });
});
