import type { ApiResult } from './result.ts';
import { isMethodName } from './contract.ts';

/** Name of the object the Electron preload puts on `window`. */
export const BRIDGE_KEY = 'mediationDesk';
/** The single IPC channel that carries every API call. */
export const API_CHANNEL = 'api:call';
/** The channel that carries a file's bytes to the core (the page never names a path on the computer). */
export const UPLOAD_CHANNEL = 'api:upload';

/** What an upload returns: an opaque id a later call (e.g. `attachment.add`) names, for this session only. */
export interface UploadReceipt {
  readonly uploadId: string;
  readonly sizeBytes: number;
  readonly sha256: string;
}

/** What the preload exposes: one function, no Electron objects. */
export interface DeskBridge {
  readonly transport: 'ipc';
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Hands a file the user chose to the core; returns an upload id for the next call. */
  upload(bytes: Uint8Array): Promise<ApiResult<UploadReceipt>>;
}

export type IpcInvoke = (channel: string, method: string, input: unknown) => Promise<unknown>;

/**
 * Builds the bridge around `ipcRenderer.invoke`. Unknown method names are refused here already, so a
 * compromised page cannot use the bridge to probe the main process with arbitrary strings.
 */
export function createBridge(invoke: IpcInvoke): DeskBridge {
  return Object.freeze({
    transport: 'ipc' as const,
    async call(method: string, input: unknown): Promise<ApiResult<unknown>> {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有名为“${String(method)}”的功能` } };
      }
      return (await invoke(API_CHANNEL, method, input)) as ApiResult<unknown>;
    },
    async upload(bytes: Uint8Array): Promise<ApiResult<UploadReceipt>> {
      if (!(bytes instanceof Uint8Array)) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: '上传的内容不是文件。' } };
      }
      return (await invoke(UPLOAD_CHANNEL, 'upload', bytes)) as ApiResult<UploadReceipt>;
    },
  });
}
