import { BRIDGE_KEY, type DeskBridge } from '../../shared/api/bridge.ts';
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

/** Electron's preload bridge when present, otherwise the HTTP host that served this page. */
export function detectTransport(): { readonly kind: 'ipc' | 'http'; readonly send: Transport } {
  const bridge = (globalThis as unknown as Record<string, DeskBridge | undefined>)[BRIDGE_KEY];
  if (bridge) return { kind: 'ipc', send: (method, input) => bridge.call(method, input) };
  return { kind: 'http', send: httpTransport };
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
}

export function createApiClient(send: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await send(method, input);
      if (result.ok) return result.value as never;
      throw new ApiError(result.error.code, result.error.message, result.error.details);
    },
  };
}
