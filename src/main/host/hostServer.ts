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
import { createHostCheck } from './hostCheck.ts';
import { ANONYMOUS_BODY_BYTES, bodyChunks, drain, readBody, SESSION_BODY_BYTES } from './requestBody.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';
import { serveStatic } from './staticFiles.ts';
import { readSessionToken, sessionCookie } from './sessionCookie.ts';

/** Files enter here (raw body), never as a path: `attachment.add {uploadId}` names them afterwards. */
export const UPLOAD_PATH = '/api/upload';

export interface HostServerOptions {
  readonly core: Core;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  readonly logger: Logger;
  /** The address the host listens on; with `allowHosts`, the names a request may use (DNS rebinding). */
  readonly boundHost?: string;
  readonly allowHosts?: readonly string[];
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
export function createHostServer(options: HostServerOptions): http.Server {
  const { core, staticDir, logger } = options;
  const loginLimiter = createLoginLimiter();
  const knownHost = createHostCheck(options.boundHost ?? '127.0.0.1', options.allowHosts);
  /** Decided before a byte of the body is read: a call without a live session gets only a few KB. */
  async function bodyLimit(method: string, token: string | undefined): Promise<number> {
    const permission = (contract as Record<string, { permission: string } | undefined>)[method]?.permission;
    if (permission === undefined || permission === 'public' || permission === 'setup')
      return ANONYMOUS_BODY_BYTES;
    return (await core.hasSession(token)) ? SESSION_BODY_BYTES : ANONYMOUS_BODY_BYTES;
  }

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
    /** Refuses before reading: the unread body is drained first, so the client sees the answer. */
    const refuse = (error: AppError): void => {
      void drain(req).then(() => respondResult(failure(error)));
    };

    if (!knownHost(req.headers.host)) {
      return refuse(
        new AppError(
          'PERMISSION_DENIED',
          '请求使用的主机名不是本调解台的地址，已拒绝。请用本机或局域网 IP 地址访问。',
          { reason: 'unknown-host' },
        ),
      );
    }

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
        return refuse(new AppError('BAD_REQUEST', '接口只接受 POST 请求。'));
      }
      const method = url.pathname.slice('/api/'.length);
      if (!isSameOrigin(req)) {
        return refuse(new AppError('PERMISSION_DENIED', '拒绝来自其他网站的请求。'));
      }
      const client = req.socket.remoteAddress ?? 'unknown';
      const sessionToken = readSessionToken(req);
      if (url.pathname === UPLOAD_PATH) {
        core
          .upload(bodyChunks(req), { transport: 'http', sessionToken, client })
          .then(async (result) => {
            await drain(req); // refused before or while reading: let the client finish sending
            respondResult(result);
          })
          .catch((error: unknown) => logger.error('host.upload-failed', { error }));
        return;
      }
      if (method === 'auth.login' && !loginLimiter.allow(client)) {
        return refuse(new AppError('PERMISSION_DENIED', '登录尝试过于频繁，请一分钟后再试。'));
      }
      const secure = false; // the host speaks plain HTTP on the LAN; the cookie must not demand HTTPS
      bodyLimit(method, sessionToken)
        .then((limit) => readBody(req, limit))
        .then((body) => parseJson(body, req.headers['content-type'] ?? ''))
        .then((input) => core.call(method, input, { transport: 'http', sessionToken, client }))
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

function parseJson(body: Buffer, type: string): unknown {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('BAD_REQUEST', '请求内容必须是 JSON（Content-Type: application/json）。');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', '请求内容不是有效的 JSON。');
  }
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
