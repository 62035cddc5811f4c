/**
 * Error codes that cross the API boundary. Each code has one meaning everywhere, so the renderer can
 * decide how to react (show field errors, offer a reload, show the error screen) without parsing text.
 */
export const ERROR_CODES = [
  'BAD_REQUEST', // the request itself is unreadable (malformed JSON, wrong content type)
  'PAYLOAD_TOO_LARGE', // the request body is over the limit for this call (checked while it streams)
  'UNKNOWN_METHOD', // no such API method
  'INVALID_INPUT', // input failed its schema or a domain validation; `details.fields` says where
  'NOT_FOUND', // the record named by the input does not exist
  'CONFLICT', // stale version or duplicate: someone else changed it first
  'INVALID_STATE', // the record exists but is not in a state that allows this action
  'UNAUTHENTICATED', // no valid session
  'PERMISSION_DENIED', // session valid, permission missing
  'TEMPLATE_INVALID', // a document template failed validation
  'DOCUMENT_DATA_MISSING', // a document cannot be generated because case data is missing
  'DB_UNAVAILABLE', // the database could not be opened (corrupt, unreadable, read-only, disk full)
  'DB_NEWER_VERSION', // the database was written by a newer version of this program
  'INTERNAL', // a bug; details are logged, never sent
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  readonly code: ErrorCode;
  /** A sentence in Chinese that a clerk understands. */
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Thrown by services and the router; the router turns it into an error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** HTTP status the host uses for each code; IPC ignores it. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  TEMPLATE_INVALID: 422,
  DOCUMENT_DATA_MISSING: 422,
  DB_UNAVAILABLE: 503,
  DB_NEWER_VERSION: 503,
  INTERNAL: 500,
};
