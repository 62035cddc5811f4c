import { expect, test, vi } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createQuitSequence } from '../../../src/main/desktop/quit/quitSequence.ts';
import { detectInstallKind } from '../../../src/main/desktop/update/installKind.ts';
import {
  createUpdateController,
  DAY_MS,
  describeUpdateStatus,
  type CheckOutcome,
  type Scheduler,
  type UpdaterPort,
} from '../../../src/main/desktop/update/updateController.ts';
import { compareVersions, isNewerVersion } from '../../../src/main/desktop/update/version.ts';

test('versions compare by semantic-version precedence', () => {
  expect(compareVersions('0.2.0', '0.1.9')).toBeGreaterThan(0);
  expect(compareVersions('0.10.0', '0.9.0')).toBeGreaterThan(0);
  expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  expect(compareVersions('v1.2.3', '1.2.3')).toBe(0);
  expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  expect(compareVersions('1.0.0-beta.2', '1.0.0')).toBeLessThan(0);
  expect(compareVersions('1.0.0-beta.10', '1.0.0-beta.2')).toBeGreaterThan(0);
  expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
  expect(compareVersions('1.0.0-1', '1.0.0-alpha')).toBeLessThan(0);
  expect(() => compareVersions('latest', '1.0.0')).toThrow(/版本号/);
  expect(isNewerVersion('0.2.0', '0.1.0')).toBe(true);
  expect(isNewerVersion('0.1.0', '0.1.0')).toBe(false);
  expect(isNewerVersion('garbage', '0.1.0')).toBe(false);
});

function fakeScheduler() {
  const tasks: { ms: number; task: () => void; cancelled: boolean }[] = [];
  const scheduler: Scheduler = {
    every(ms, task) {
      const entry = { ms, task, cancelled: false };
      tasks.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
  return { scheduler, tasks };
}

function controllerWith(
  updater: UpdaterPort | null,
  options: { feedUrl?: string; online?: () => boolean } = {},
) {
  const { scheduler, tasks } = fakeScheduler();
  const statuses: string[] = [];
  const controller = createUpdateController({
    feedUrl: options.feedUrl ?? 'http://10.1.2.3/mediation-desk/',
    updater,
    isOnline: options.online ?? (() => true),
    now: () => new Date('2026-11-22T08:30:00.000Z'),
    scheduler,
    logger: silentLogger,
    onStatus: (status) => statuses.push(status.state),
  });
  return { controller, tasks, statuses };
}

test('an empty feed URL means updates are off: nothing is checked or scheduled', async () => {
  const check = vi.fn<() => Promise<CheckOutcome>>();
  const { controller, tasks } = controllerWith({ check, install: vi.fn() }, { feedUrl: '  ' });
  controller.start();
  expect(await controller.checkNow()).toEqual({ state: 'off' });
  expect(check).not.toHaveBeenCalled();
  expect(tasks).toHaveLength(0);
  expect(describeUpdateStatus(controller.status())).toContain('自动更新已关闭');
});

test('a portable or development copy reports that it cannot update itself', async () => {
  const { controller, tasks } = controllerWith(null);
  controller.start();
  expect(await controller.checkNow()).toEqual({ state: 'unsupported' });
  expect(tasks).toHaveLength(0);
});

test('checks at start and once a day; stop cancels the daily check', async () => {
  const check = vi.fn(async (): Promise<CheckOutcome> => ({ kind: 'none' }));
  const { controller, tasks } = controllerWith({ check, install: vi.fn() });
  controller.start();
  controller.start();
  await controller.checkNow();
  expect(check).toHaveBeenCalledTimes(1);
  expect(tasks).toHaveLength(1);
  expect(tasks[0]!.ms).toBe(DAY_MS);
  tasks[0]!.task();
  await controller.checkNow();
  expect(check).toHaveBeenCalledTimes(2);
  expect(controller.status()).toEqual({ state: 'up-to-date', at: '2026-11-22T08:30:00.000Z' });
  controller.stop();
  expect(tasks[0]!.cancelled).toBe(true);
});

test('offline: no request is made and the status is a quiet line, not an error', async () => {
  const check = vi.fn<() => Promise<CheckOutcome>>();
  const { controller } = controllerWith({ check, install: vi.fn() }, { online: () => false });
  const status = await controller.checkNow();
  expect(status.state).toBe('offline');
  expect(check).not.toHaveBeenCalled();
  expect(describeUpdateStatus(status)).toBe('未联网，稍后自动重试（2026-11-22 08:30）');
});

test('an unreachable server or a broken feed becomes a quiet "failed" status and never throws', async () => {
  const check = vi.fn(async (): Promise<CheckOutcome> => {
    throw Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:80'), { code: 'ECONNREFUSED' });
  });
  const warn = vi.fn();
  const { scheduler } = fakeScheduler();
  const controller = createUpdateController({
    feedUrl: 'http://10.1.2.3/',
    updater: { check, install: vi.fn() },
    isOnline: () => true,
    now: () => new Date('2026-11-22T08:30:00.000Z'),
    scheduler,
    logger: { ...silentLogger, warn },
  });
  await expect(controller.checkNow()).resolves.toEqual({ state: 'failed', at: '2026-11-22T08:30:00.000Z' });
  expect(warn).toHaveBeenCalledWith('update.check-failed', expect.anything());
  expect(describeUpdateStatus(controller.status())).toContain('暂时无法连接更新服务器');
  expect(controller.pendingVersion()).toBeNull();
  // A failed download is just as quiet.
  check.mockImplementationOnce(async () => ({
    kind: 'found',
    version: '0.2.0',
    downloaded: Promise.reject(new Error('socket hang up')),
  }));
  await expect(controller.checkNow()).resolves.toMatchObject({ state: 'failed' });
});

test('a found update downloads in the background, then waits for the quit sequence', async () => {
  let finish!: () => void;
  const downloaded = new Promise<void>((resolve) => (finish = resolve));
  const check = vi.fn(async (): Promise<CheckOutcome> => ({ kind: 'found', version: '0.2.0', downloaded }));
  const install = vi.fn();
  const { controller, statuses } = controllerWith({ check, install });
  const first = controller.checkNow();
  // A second request while one is running shares it rather than checking twice.
  expect(controller.checkNow()).toBe(first);
  await vi.waitFor(() => expect(controller.status()).toEqual({ state: 'downloading', version: '0.2.0' }));
  controller.install();
  expect(install).not.toHaveBeenCalled();
  finish();
  await first;
  expect(statuses).toEqual(['checking', 'downloading', 'ready']);
  expect(controller.pendingVersion()).toBe('0.2.0');
  // Once downloaded, further checks do not download again.
  await controller.checkNow();
  expect(check).toHaveBeenCalledTimes(1);
  controller.install();
  expect(install).toHaveBeenCalledTimes(1);
});

function quitHarness(pending: string | null, answer: boolean) {
  const order: string[] = [];
  const handler = createQuitSequence({
    pendingUpdate: () => pending,
    askInstall: async (version) => {
      order.push(`ask ${version}`);
      return answer;
    },
    closeCore: async () => {
      order.push('close');
    },
    install: () => order.push('install'),
    quit: () => order.push('quit'),
    logger: silentLogger,
  });
  const event = () => {
    const e = {
      prevented: false,
      preventDefault() {
        e.prevented = true;
      },
    };
    return e;
  };
  return { handler, order, event };
}

test('quitting closes the database first; with no update it just quits', async () => {
  const { handler, order, event } = quitHarness(null, false);
  const first = event();
  handler(first);
  expect(first.prevented).toBe(true);
  const again = event();
  handler(again);
  expect(again.prevented).toBe(true);
  await vi.waitFor(() => expect(order).toEqual(['close', 'quit']));
  const final = event();
  handler(final);
  expect(final.prevented).toBe(false);
});

test('with a downloaded update the user is asked before installing, and the database is closed before either', async () => {
  const yes = quitHarness('0.2.0', true);
  yes.handler(yes.event());
  await vi.waitFor(() => expect(yes.order).toEqual(['ask 0.2.0', 'close', 'install']));
  const no = quitHarness('0.2.0', false);
  no.handler(no.event());
  await vi.waitFor(() => expect(no.order).toEqual(['ask 0.2.0', 'close', 'quit']));
});

test('a failing close still lets the app quit', async () => {
  const order: string[] = [];
  const handler = createQuitSequence({
    pendingUpdate: () => null,
    askInstall: async () => false,
    closeCore: async () => {
      throw new Error('disk gone');
    },
    install: () => order.push('install'),
    quit: () => order.push('quit'),
    logger: silentLogger,
  });
  handler({ preventDefault() {} });
  await vi.waitFor(() => expect(order).toEqual(['quit']));
});

test('only the NSIS install and the .deb can update themselves', () => {
  const facts = {
    isPackaged: true,
    productName: '调解台',
    exists: (file: string) => file.endsWith('Uninstall 调解台.exe'),
  };
  expect(
    detectInstallKind({
      ...facts,
      platform: 'win32',
      execPath: 'C:\\Users\\a\\AppData\\Local\\Programs\\调解台\\调解台.exe',
    }),
  ).toBe('nsis');
  expect(
    detectInstallKind({ ...facts, platform: 'win32', execPath: 'E:\\便携\\调解台.exe', exists: () => false }),
  ).toBe('portable');
  expect(detectInstallKind({ ...facts, platform: 'linux', execPath: '/usr/lib/mediation-desk/调解台' })).toBe(
    'deb',
  );
  expect(
    detectInstallKind({ ...facts, platform: 'linux', execPath: '/home/a/调解台-linux-x64/调解台' }),
  ).toBe('portable');
  expect(detectInstallKind({ ...facts, isPackaged: false, platform: 'linux', execPath: '/x/electron' })).toBe(
    'development',
  );
});
