import { BRIDGE_KEY, type DeskBridge, type UploadReceipt } from '../../shared/api/bridge.ts';
import type { InputOf, MethodName, ResultOf } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { ErrorCode } from '../../shared/errors.ts';

/** An error envelope, rethrown on the renderer side so React Query and forms can catch it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  /** Per-field messages from INVALID_INPUT, keyed like Mantine form paths. */
  get fieldErrors(): Record<string, string> {
    const fields = this.details?.['fields'];
    return typeof fields === 'object' && fields !== null ? (fields as Record<string, string>) : {};
  }
}

export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
/** Hands a file's bytes to the core; the id it returns is named by the next call (`attachment.add`). */
export type Uploader = (file: Blob) => Promise<ApiResult<UploadReceipt>>;

/** Electron's preload bridge when present, otherwise the HTTP host that served this page. */
export function detectTransport(): {
  readonly kind: 'ipc' | 'http';
  readonly send: Transport;
  readonly upload: Uploader;
} {
  const bridge = (globalThis as unknown as Record<string, DeskBridge | undefined>)[BRIDGE_KEY];
  if (bridge)
    return {
      kind: 'ipc',
      send: (method, input) => bridge.call(method, input),
      upload: async (file) => bridge.upload(new Uint8Array(await file.arrayBuffer())),
    };
  return { kind: 'http', send: httpTransport, upload: httpUpload };
}

/** The file is the request body, streamed by the browser; the host hashes and limits it while it arrives. */
async function httpUpload(file: Blob): Promise<ApiResult<UploadReceipt>> {
  let response: Response;
  try {
    response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接调解台服务，文件没有上传。' } };
  }
  try {
    return (await response.json()) as ApiResult<UploadReceipt>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `调解台服务返回了无法识别的内容（HTTP ${response.status}）。` },
    };
  }
}

async function httpTransport(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接调解台服务，请确认服务仍在运行。' } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `调解台服务返回了无法识别的内容（HTTP ${response.status}）。` },
    };
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** Uploads a chosen file; the page never names a path on the computer. */
  upload(file: Blob): Promise<UploadReceipt>;
}

const NO_UPLOAD: Uploader = async () => ({
  ok: false,
  error: { code: 'BAD_REQUEST', message: '此处不能上传文件。' },
});

export function createApiClient(send: Transport, upload: Uploader = NO_UPLOAD): ApiClient {
  return {
    async call(method, input) {
      const result = await send(method, input);
      if (result.ok) return result.value as never;
      throw new ApiError(result.error.code, result.error.message, result.error.details);
    },
    async upload(file) {
      const result = await upload(file);
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message, result.error.details);
    },
  };
}
