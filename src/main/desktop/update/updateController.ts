import type { Logger } from '../../core/logger.ts';

/** What a check found; when an update exists, `downloaded` settles once it is on disk and verified. */
export type CheckOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly version: string; readonly downloaded: Promise<void> };

/** The Electron-facing part (electron-updater) behind a small interface, so the policy is testable. */
export interface UpdaterPort {
  check(): Promise<CheckOutcome>;
  /** Quits and runs the downloaded installer. */
  install(): void;
}

export type UpdateStatus =
  | { readonly state: 'off' }
  | { readonly state: 'unsupported' }
  | { readonly state: 'idle' }
  | { readonly state: 'checking' }
  | { readonly state: 'offline'; readonly at: string }
  | { readonly state: 'up-to-date'; readonly at: string }
  | { readonly state: 'downloading'; readonly version: string }
  | { readonly state: 'ready'; readonly version: string }
  | { readonly state: 'failed'; readonly at: string };

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface Scheduler {
  every(ms: number, task: () => void): () => void;
}

export const timerScheduler: Scheduler = {
  every(ms, task) {
    const handle = setInterval(task, ms);
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

export interface UpdateControllerOptions {
  /** Empty = updates off (the default: a fresh install never phones anywhere). */
  readonly feedUrl: string;
  /** Null when this install cannot update itself (portable zip, development run). */
  readonly updater: UpdaterPort | null;
  readonly isOnline: () => boolean;
  readonly now: () => Date;
  readonly scheduler: Scheduler;
  readonly logger: Logger;
  readonly onStatus?: (status: UpdateStatus) => void;
}

export interface UpdateController {
  start(): void;
  stop(): void;
  /** Never rejects: every failure becomes a quiet status, never a dialog. */
  checkNow(): Promise<UpdateStatus>;
  status(): UpdateStatus;
  /** The downloaded version waiting to be installed on quit, if any. */
  pendingVersion(): string | null;
  install(): void;
}

/**
 * The update policy: check at start and once a day, stay quiet when offline or when the intranet
 * server is down (a village station is offline most of the time — that is not an error worth a
 * dialog), download in the background, and leave installing to the quit sequence, which asks.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater, logger } = options;
  const enabled = options.feedUrl.trim() !== '';
  let current: UpdateStatus = !enabled
    ? { state: 'off' }
    : updater === null
      ? { state: 'unsupported' }
      : { state: 'idle' };
  let running: Promise<UpdateStatus> | null = null;
  let cancel: (() => void) | null = null;

  const set = (next: UpdateStatus): UpdateStatus => {
    current = next;
    options.onStatus?.(next);
    return next;
  };
  const stamp = () => options.now().toISOString();

  const run = async (): Promise<UpdateStatus> => {
    if (!enabled || updater === null) return current;
    if (current.state === 'ready' || current.state === 'downloading') return current;
    if (!options.isOnline()) return set({ state: 'offline', at: stamp() });
    set({ state: 'checking' });
    try {
      const outcome = await updater.check();
      if (outcome.kind === 'none') return set({ state: 'up-to-date', at: stamp() });
      set({ state: 'downloading', version: outcome.version });
      await outcome.downloaded;
      logger.info('update.downloaded', { version: outcome.version });
      return set({ state: 'ready', version: outcome.version });
    } catch (error) {
      logger.warn('update.check-failed', { error });
      return set({ state: 'failed', at: stamp() });
    }
  };

  return {
    start() {
      if (!enabled || updater === null || cancel) return;
      void this.checkNow();
      cancel = options.scheduler.every(DAY_MS, () => void this.checkNow());
    },
    stop() {
      cancel?.();
      cancel = null;
    },
    checkNow() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    status: () => current,
    pendingVersion: () => (current.state === 'ready' ? current.version : null),
    install() {
      if (current.state !== 'ready' || updater === null) return;
      updater.install();
    },
  };
}

/** One quiet line for the status bar and the 关于 dialog. */
export function describeUpdateStatus(status: UpdateStatus): string {
  const time = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  switch (status.state) {
    case 'off':
      return '未设置更新地址，自动更新已关闭';
    case 'unsupported':
      return '当前安装方式（便携版或开发运行）不支持自动更新，可使用“从文件更新”';
    case 'idle':
      return '尚未检查更新';
    case 'checking':
      return '正在检查更新…';
    case 'offline':
      return `未联网，稍后自动重试（${time(status.at)}）`;
    case 'up-to-date':
      return `已是最新版本（${time(status.at)} 检查）`;
    case 'downloading':
      return `正在后台下载新版本 ${status.version}…`;
    case 'ready':
      return `新版本 ${status.version} 已下载，退出时可安装`;
    case 'failed':
      return `暂时无法连接更新服务器，稍后自动重试（${time(status.at)}）`;
  }
}
