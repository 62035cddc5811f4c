import type { ApiResult } from '../../shared/api/result.ts';

export interface SessionChange {
  /** The result as the page may see it: without the token. */
  readonly result: ApiResult<unknown>;
  /** A new session to hold for this window or browser. */
  readonly sessionToken: string | null;
  /** The session was ended (logout): forget the held token. */
  readonly ended: boolean;
}

/**
 * Both transports keep the session token out of reach of the page (an HttpOnly cookie, or a map in
 * the Electron main process keyed by window). This takes it out of a result that carries one.
 */
export function takeSession(result: ApiResult<unknown>): SessionChange {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) {
    return { result, sessionToken: null, ended: false };
  }
  const value = result.value as Record<string, unknown>;
  if (typeof value['sessionToken'] === 'string') {
    const { sessionToken, ...rest } = value;
    return { result: { ok: true, value: rest }, sessionToken: sessionToken as string, ended: false };
  }
  return { result, sessionToken: null, ended: value['sessionEnded'] === true };
}
