import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { AppError, HTTP_STATUS } from '../../shared/errors.ts';
import type { Core } from '../core/createCore.ts';
import type { Logger } from '../core/logger.ts';
import { takeSession } from '../api/takeSession.ts';
import { createLoginLimiter } from './loginLimiter.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';
import { serveStatic } from './staticFiles.ts';
import { readSessionToken, sessionCookie } from './sessionCookie.ts';

/** Attachments (scans, photos) arrive base64-encoded inside the JSON, so allow a generous size. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HostServerOptions {
  readonly core: Core;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  readonly logger: Logger;
}

export interface RunningHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The browser transport: `POST /api/<method>` carries the same calls as Electron's IPC channel,
 * `GET /api/health` reports status, `GET /api` lists methods with their input JSON Schemas, and
 * everything else serves the renderer.
 */
export function createHostServer({ core, staticDir, logger }: HostServerOptions): http.Server {
  const loginLimiter = createLoginLimiter();
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers: Record<string, string | string[]> = { ...SECURITY_HEADERS };
    const respond = (status: number, body: unknown): void => {
      res.writeHead(status, {
        ...headers,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(JSON.stringify(body));
    };
    const respondResult = (result: ApiResult<unknown>): void =>
      respond(result.ok ? 200 : HTTP_STATUS[result.error.code], result);

    if (url.pathname === '/api/health' && req.method === 'GET') {
      return core.status.ok
        ? respond(200, {
            ok: true,
            value: { version: core.version, schemaVersion: core.status.schemaVersion },
          })
        : respond(HTTP_STATUS[core.status.error.code], { ok: false, error: core.status.error });
    }
    if ((url.pathname === '/api' || url.pathname === '/api/') && req.method === 'GET') {
      return respond(200, { ok: true, value: describeMethods() });
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        return respondResult(failure(new AppError('BAD_REQUEST', '接口只接受 POST 请求。')));
      }
      const method = url.pathname.slice('/api/'.length);
      if (!isSameOrigin(req)) {
        return respondResult(failure(new AppError('PERMISSION_DENIED', '拒绝来自其他网站的请求。')));
      }
      const client = req.socket.remoteAddress ?? 'unknown';
      if (method === 'auth.login' && !loginLimiter.allow(client)) {
        return respondResult(
          failure(new AppError('PERMISSION_DENIED', '登录尝试过于频繁，请一分钟后再试。')),
        );
      }
      const secure = false; // the host speaks plain HTTP on the LAN; the cookie must not demand HTTPS
      readJsonBody(req)
        .then((input) => core.call(method, input, { transport: 'http', sessionToken: readSessionToken(req) }))
        .then(
          (result) => {
            const change = takeSession(result);
            if (change.sessionToken) headers['Set-Cookie'] = sessionCookie(change.sessionToken, secure);
            else if (change.ended) headers['Set-Cookie'] = sessionCookie(null, secure);
            respondResult(change.result);
          },
          (error: unknown) =>
            respondResult(
              failure(error instanceof AppError ? error : new AppError('BAD_REQUEST', '请求内容无法读取。')),
            ),
        )
        .catch((error: unknown) => logger.error('host.respond-failed', { error }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers);
      res.end();
      return;
    }
    serveStatic(staticDir, url.pathname, res, headers);
  });
}

export function listen(server: http.Server, port: number, hostname: string): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${hostname}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * Browsers send Origin on cross-site POSTs; refusing a foreign one (together with SameSite=Strict
 * cookies and the JSON content type) stops other web pages from acting with the user's session.
 */
function isSameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser, or same-origin navigation
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function failure(error: AppError): ApiResult<never> {
  return { ok: false, error: error.toBody() };
}

function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new AppError('BAD_REQUEST', '请求内容过大（上限 64 MB）。附件请分开上传，或压缩后再上传。'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => reject(new AppError('BAD_REQUEST', '请求中断。')));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      if (!/^application\/json\b/i.test(type)) {
        return reject(new AppError('BAD_REQUEST', '请求内容必须是 JSON（Content-Type: application/json）。'));
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new AppError('BAD_REQUEST', '请求内容不是有效的 JSON。'));
      }
    });
  });
}

function describeMethods() {
  return METHOD_NAMES.map((name) => {
    const spec = contract[name];
    return {
      name,
      summary: spec.summary,
      permission: spec.permission,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
    };
  });
}
