import type { ApiErrorBody } from '../errors.ts';

/** The envelope every API call returns, over IPC and over HTTP alike. */
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };
