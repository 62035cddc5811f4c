import { API_CHANNEL, UPLOAD_CHANNEL } from '../../../shared/api/bridge.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { Core } from '../../core/createCore.ts';
import type { Logger } from '../../core/logger.ts';
import { takeSession } from '../../api/takeSession.ts';
import { isTrustedSender, type SenderFrameLike } from './senderValidation.ts';

/** The part of Electron's `IpcMainInvokeEvent` the handler reads. */
export interface IpcInvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
  /** The calling window's WebContents; its id keys that window's login session. */
  readonly sender?: { readonly id: number } | undefined;
}

export type IpcInvokeListener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** The part of Electron's `ipcMain` we use; a test passes a stand-in. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcInvokeListener): void;
}

export type CoreCaller = Pick<Core, 'call'> & Partial<Pick<Core, 'upload'>>;

export const SENDER_REFUSED: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'PERMISSION_DENIED', message: '该请求不是来自调解台自身的界面，已被拒绝。' }),
});

const NOT_A_METHOD: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'UNKNOWN_METHOD', message: '请求的功能名称无效。' }),
});

export interface ApiHandlerOptions {
  readonly ipcMain: IpcMainLike;
  /** A promise so the channel exists before the database has finished opening and migrating. */
  readonly core: Promise<CoreCaller>;
  readonly allowedOrigins: readonly string[];
  readonly logger: Logger;
}

/**
 * Registers the one IPC channel that carries every API call into the same router the HTTP host
 * uses. The sender is checked on every call, because a window that navigated away (or a frame
 * injected into it) keeps the preload's bridge.
 */
export function registerApiHandler(options: ApiHandlerOptions): void {
  const { ipcMain, allowedOrigins, logger } = options;
  // Session tokens live here, per window, never in the page: a script in the page cannot read them.
  const sessions = new Map<number, string>();
  ipcMain.handle(API_CHANNEL, async (event, method, input) => {
    if (!isTrustedSender(event.senderFrame, allowedOrigins)) {
      logger.warn('ipc.sender-refused', {
        channel: API_CHANNEL,
        url: event.senderFrame?.url ?? null,
        method: typeof method === 'string' ? method : null,
      });
      return SENDER_REFUSED;
    }
    // Never coerced with String(): an object whose toString names a real method must not reach it.
    if (typeof method !== 'string') return NOT_A_METHOD;
    const core = await options.core;
    const windowId = event.sender?.id;
    const sessionToken = windowId === undefined ? undefined : sessions.get(windowId);
    const change = takeSession(
      await core.call(method, input, { transport: 'ipc', sessionToken, client: 'desktop' }),
    );
    if (windowId !== undefined) {
      if (change.sessionToken) sessions.set(windowId, change.sessionToken);
      else if (change.ended) sessions.delete(windowId);
    }
    return change.result;
  });
  // A file the user chose in the window arrives as bytes, never as a path: the page cannot make the
  // main process read a file of its choosing. Same sender check and the window's own session.
  ipcMain.handle(UPLOAD_CHANNEL, async (event, _name, bytes) => {
    if (!isTrustedSender(event.senderFrame, allowedOrigins)) {
      logger.warn('ipc.sender-refused', { channel: UPLOAD_CHANNEL, url: event.senderFrame?.url ?? null });
      return SENDER_REFUSED;
    }
    if (!(bytes instanceof Uint8Array)) return NOT_A_FILE;
    const core = await options.core;
    if (!core.upload) return NOT_A_FILE;
    const windowId = event.sender?.id;
    const sessionToken = windowId === undefined ? undefined : sessions.get(windowId);
    return core.upload([bytes], { transport: 'ipc', sessionToken, client: 'desktop' });
  });
}

const NOT_A_FILE: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'BAD_REQUEST', message: '上传的内容不是文件。' }),
});
