import type http from 'node:http';
import { AppError } from '../../shared/errors.ts';
import { tooLarge } from '../files/uploadStore.ts';

/** Calls without a session (login, setup, app info) need only a few kilobytes. */
export const ANONYMOUS_BODY_BYTES = 64 * 1024;
/** Calls with a session: exchange packages and templates travel as base64 inside the JSON. */
export const SESSION_BODY_BYTES = 64 * 1024 * 1024;
/** A refused body is read and thrown away up to this much, so the client sees the answer, not a reset. */
const DRAIN_LIMIT_BYTES = 256 * 1024 * 1024;

/** The declared Content-Length, or null when absent or unreadable. */
export function declaredLength(req: http.IncomingMessage): number | null {
  const value = req.headers['content-length'];
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/**
 * Reads the rest of a request without keeping it, so the answer (401, 413…) reaches a client that
 * is still sending, instead of a connection reset. A client sending more than the drain limit is cut off.
 */
export function drain(req: http.IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded || req.destroyed) return resolve();
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        req.destroy();
        resolve();
      }
    });
    req.once('end', () => resolve());
    req.once('error', () => resolve());
    req.once('close', () => resolve());
    req.resume();
  });
}

/**
 * Reads a body of at most `limit` bytes, counting while it streams: a declared or actual excess is
 * refused (PAYLOAD_TOO_LARGE) before anything is parsed and without holding more than the limit.
 */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) {
    await drain(req);
    throw tooLarge(limit, 'request');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) break; // leaving the loop detaches the iterator, so the rest can be drained
      chunks.push(chunk);
    }
  } catch {
    throw new AppError('BAD_REQUEST', '请求中断。');
  }
  if (size > limit) {
    chunks.length = 0;
    await drain(req);
    throw tooLarge(limit, 'request');
  }
  return Buffer.concat(chunks);
}

/** The request body as the chunks an upload store reads; iteration stopping early does not reset the socket. */
export function bodyChunks(req: http.IncomingMessage): AsyncIterable<Uint8Array> {
  return req.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;
}
