import { afterEach, beforeEach, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { registerApiHandler, SENDER_REFUSED } from '../../../src/main/desktop/ipc/registerApiHandler.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/desktop/protocol/appProtocol.ts';
import { API_CHANNEL, UPLOAD_CHANNEL } from '../../../src/shared/api/bridge.ts';
import { METHOD_NAMES } from '../../../src/shared/api/contract.ts';
import type { ApiResult } from '../../../src/shared/api/result.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { SAMPLE_ORGANISATION } from '../../helpers/testCore.ts';
import { IpcMainStandIn, mainFrame, subFrame } from './ipcMainStandIn.ts';

let dir: string;
let core: Core;
let ipcMain: IpcMainStandIn;

beforeEach(async () => {
  dir = makeTempDir();
  core = await createCore({
    dataDir: dir,
    version: '0.0.0-test',
    clock: fixedClock('2026-11-22T02:00:00.000Z'),
    logger: silentLogger,
  });
  ipcMain = new IpcMainStandIn();
  registerApiHandler({
    ipcMain,
    core: Promise.resolve(core),
    allowedOrigins: [APP_ORIGIN],
    logger: silentLogger,
  });
});

afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

const call = (method: unknown, input: unknown, frame = mainFrame(APP_ENTRY_URL)) =>
  ipcMain.invoke(frame, API_CHANNEL, method, input) as Promise<ApiResult<unknown>>;

test('exactly two channels are registered: calls, and file bytes for uploads (never paths)', () => {
  expect([...ipcMain.handlers.keys()]).toEqual([API_CHANNEL, UPLOAD_CHANNEL]);
  expect(() =>
    registerApiHandler({
      ipcMain,
      core: Promise.resolve(core),
      allowedOrigins: [APP_ORIGIN],
      logger: silentLogger,
    }),
  ).toThrow(/second handler/);
});

test('every contract method reaches the router through the one channel', async () => {
  expect(core.status.ok).toBe(true);
  expect(METHOD_NAMES.length).toBeGreaterThan(0);
  for (const method of METHOD_NAMES) {
    const result = await call(method, {});
    // Empty input may be invalid for the method, but it must have been dispatched to it.
    if (!result.ok) expect(result.error.code, method).not.toBe('UNKNOWN_METHOD');
  }
  const unknown = await call('case.nonexistent', {});
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  const notAString = await call({ toString: () => 'case.list' }, {});
  expect(notAString).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
});

test('a vertical slice works over IPC against the real database', async () => {
  const info = await call('app.info', {});
  expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
  const invalid = await call('org.setup', { name: 'x' });
  expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const home = await call('org.home', {});
  expect(home.ok).toBe(true);
});

test('a sub-frame, a foreign origin, a look-alike origin and a missing frame are refused with a coded error', async () => {
  const refused = [
    subFrame(APP_ENTRY_URL),
    mainFrame('https://evil.example/index.html'),
    mainFrame('app://desk.evil/index.html'),
    mainFrame('app://desk@evil/index.html'),
    mainFrame('file:///C:/Windows/index.html'),
    mainFrame('about:blank'),
    mainFrame('not a url'),
    null,
  ];
  for (const frame of refused) {
    const result = await call('app.info', {}, frame as never);
    expect(result, frame?.url ?? 'null frame').toEqual(SENDER_REFUSED);
    expect(SENDER_REFUSED).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  }
});

test('calls made before the database finished opening wait for it', async () => {
  let release!: (value: Core) => void;
  const late = new Promise<Core>((resolve) => (release = resolve));
  const laterIpc = new IpcMainStandIn();
  registerApiHandler({ ipcMain: laterIpc, core: late, allowedOrigins: [APP_ORIGIN], logger: silentLogger });
  const pending = laterIpc.invoke(mainFrame(APP_ENTRY_URL), API_CHANNEL, 'app.info', {});
  release(core);
  await expect(pending).resolves.toMatchObject({ ok: true });
});

test('a core whose database failed to open still answers over IPC, so the window can show the error', async () => {
  const failed = new IpcMainStandIn();
  const broken: Pick<Core, 'call'> = {
    call: async () => ({ ok: false, error: { code: 'DB_UNAVAILABLE', message: '数据库无法打开' } }),
  };
  registerApiHandler({
    ipcMain: failed,
    core: Promise.resolve(broken),
    allowedOrigins: [APP_ORIGIN],
    logger: silentLogger,
  });
  await expect(failed.invoke(mainFrame(APP_ENTRY_URL), API_CHANNEL, 'case.list', {})).resolves.toMatchObject({
    ok: false,
    error: { code: 'DB_UNAVAILABLE' },
  });
});

test('the login session is kept per window in the main process and never reaches the page', async () => {
  const fromWindow = (windowId: number, method: string, input: unknown) =>
    ipcMain.invokeFrom(windowId, mainFrame(APP_ENTRY_URL), API_CHANNEL, method, input) as Promise<
      ApiResult<unknown>
    >;
  const setup = await fromWindow(1, 'org.setup', SAMPLE_ORGANISATION);
  expect(setup).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
  expect(JSON.stringify(setup)).not.toContain('sessionToken');

  expect(await fromWindow(1, 'audit.verify', {})).toMatchObject({ ok: true });
  expect(await fromWindow(2, 'audit.verify', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });

  await fromWindow(1, 'auth.logout', {});
  expect(await fromWindow(1, 'audit.verify', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  const login = await fromWindow(2, 'auth.login', { username: 'admin', password: 'Admin12345' });
  expect(JSON.stringify(login)).not.toContain('sessionToken');
  expect(await fromWindow(2, 'audit.verify', {})).toMatchObject({ ok: true });
});

test('the upload channel takes bytes from the window with its session, never a path, and checks the sender', async () => {
  const upload = (windowId: number, bytes: unknown, frame = mainFrame(APP_ENTRY_URL)) =>
    ipcMain.invokeFrom(windowId, frame, UPLOAD_CHANNEL, 'upload', bytes) as Promise<ApiResult<unknown>>;
  expect(await upload(1, new Uint8Array([1, 2, 3]), subFrame(APP_ENTRY_URL) as never)).toEqual(
    SENDER_REFUSED,
  );
  expect(await upload(1, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  expect(await upload(1, new Uint8Array([1, 2, 3]))).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  await ipcMain.invokeFrom(1, mainFrame(APP_ENTRY_URL), API_CHANNEL, 'org.setup', SAMPLE_ORGANISATION);
  expect(await upload(1, new Uint8Array([1, 2, 3]))).toMatchObject({
    ok: true,
    value: { sizeBytes: 3, uploadId: expect.any(String) },
  });
});
