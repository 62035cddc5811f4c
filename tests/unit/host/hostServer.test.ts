import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { isLoopback, parseHostArgs } from '../../../src/main/host/hostArgs.ts';
import { createHostServer, listen, type RunningHost } from '../../../src/main/host/hostServer.ts';
import { METHOD_NAMES } from '../../../src/shared/api/contract.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { openTestCore, SAMPLE_ORGANISATION } from '../../helpers/testCore.ts';

let dir: string;
let staticDir: string;
let core: Core;
let host: RunningHost;

beforeAll(async () => {
  dir = makeTempDir();
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>调解台</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  core = await openTestCore(path.join(dir, 'data'));
  host = await listen(createHostServer({ core, staticDir, logger: silentLogger }), 0, '127.0.0.1');
});
afterAll(async () => {
  await host.close();
  await core.close();
  removeTempDir(dir);
});

let cookie = '';

function post(
  method: string,
  body: string,
  contentType = 'application/json',
  extra: Record<string, string> = {},
) {
  return fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...(cookie && { Cookie: cookie }), ...extra },
    body,
  });
}

describe('HTTP host', () => {
  test('health reports version and schema version', async () => {
    const response = await fetch(`${host.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      value: { version: '0.0.0-test', schemaVersion: expect.any(Number) },
    });
  });

  test('GET /api lists every contract method with its input JSON Schema', async () => {
    const body = (await (await fetch(`${host.url}/api`)).json()) as {
      value: { name: string; permission: string; input: { type: string } }[];
    };
    expect(body.value.map((m) => m.name)).toEqual(METHOD_NAMES);
    const create = body.value.find((m) => m.name === 'case.create');
    expect(create?.permission).toBe('case.write');
    expect(create?.input).toMatchObject({ type: 'object', properties: { title: { type: 'string' } } });
  });

  test('setup answers 200, logs the administrator in with an HttpOnly cookie, and never shows the token', async () => {
    const response = await post('org.setup', JSON.stringify(SAMPLE_ORGANISATION));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; value: Record<string, unknown> };
    expect(body).toMatchObject({
      ok: true,
      value: {
        organisation: { name: SAMPLE_ORGANISATION.name, abbreviation: '栖尧' },
        user: { role: 'admin' },
      },
    });
    expect(body.value).not.toHaveProperty('sessionToken');
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^md_session=[\w-]{20,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    cookie = setCookie.split(';')[0]!;
    const me = (await (await post('auth.me', '{}')).json()) as { value: { username: string } };
    expect(me.value.username).toBe('admin');
  });

  test.each([
    ['malformed JSON', () => post('case.list', '{"page": 1,'), 400, 'BAD_REQUEST'],
    ['JSON sent as text/plain', () => post('case.list', '{}', 'text/plain'), 400, 'BAD_REQUEST'],
    ['unknown method', () => post('case.nope', '{}'), 404, 'UNKNOWN_METHOD'],
    ['invalid fields', () => post('user.create', '{"username": ""}'), 400, 'INVALID_INPUT'],
    [
      'no session',
      () => post('audit.list', '{}', 'application/json', { Cookie: '' }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a forged session',
      () => post('audit.list', '{}', 'application/json', { Cookie: 'md_session=forged' }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a request from another web site',
      () => post('audit.list', '{}', 'application/json', { Origin: 'http://evil.example' }),
      403,
      'PERMISSION_DENIED',
    ],
    ['a method called with GET', () => fetch(`${host.url}/api/case.list`), 400, 'BAD_REQUEST'],
    [
      'a record that does not exist',
      () => post('case.get', '{"id":"7f1c1a5e-8d55-4a4c-9a58-2f1e8d7c9b10"}'),
      404,
      'NOT_FOUND',
    ],
    ['setting up twice', () => post('org.setup', JSON.stringify(SAMPLE_ORGANISATION)), 409, 'CONFLICT'],
  ] as const)('%s → coded error', async (_name, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese sentence
  });

  test('an oversized body is refused with a coded 413, not a reset, and the host keeps serving', async () => {
    const response = await post(
      'case.create',
      JSON.stringify({ title: 'x', summary: 'y'.repeat(65 * 1024 * 1024) }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await fetch(`${host.url}/api/health`)).status).toBe(200);
  });

  test('serves the renderer with security headers, deep links fall back to index.html', async () => {
    for (const route of ['/', '/cases/123']) {
      const response = await fetch(`${host.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>调解台</title>');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    const asset = await fetch(`${host.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  test('paths escaping the renderer folder are refused', async () => {
    for (const attempt of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await fetch(`${host.url}${attempt}`);
      expect(await response.text()).not.toContain('outside the renderer');
      expect([403, 404]).toContain(response.status);
    }
  });
});

describe('sessions over HTTP', () => {
  test('a bearer token works like the cookie, and logout ends the session', async () => {
    const login = await post(
      'auth.login',
      JSON.stringify({ username: 'admin', password: 'Admin12345' }),
      'application/json',
      {
        Cookie: '',
      },
    );
    const token = /md_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    expect(token).toBeTruthy();
    const asBearer = { Cookie: '', Authorization: `Bearer ${token}` };
    expect((await post('audit.verify', '{}', 'application/json', asBearer)).status).toBe(200);
    const logout = await post('auth.logout', '{}', 'application/json', asBearer);
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await post('audit.verify', '{}', 'application/json', asBearer)).status).toBe(401);
  });

  test('login attempts from one address are rate-limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      const response = await post(
        'auth.login',
        JSON.stringify({ username: `nobody${i}`, password: 'wrong' }),
        'application/json',
        {
          Cookie: '',
        },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 25).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(403);
  });
});

describe('host arguments', () => {
  test('parses data dir, port and address; only loopback counts as local', () => {
    expect(parseHostArgs(['--data-dir', '/tmp/x', '--port', '0'])).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      hostname: '127.0.0.1',
      allowHosts: [],
    });
    expect(parseHostArgs(['--host', '0.0.0.0']).hostname).toBe('0.0.0.0');
    expect(parseHostArgs(['--allow-host', 'qianTai-PC', '--allow-host', 'b']).allowHosts).toEqual([
      'qianTai-PC',
      'b',
    ]);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('192.168.1.20')).toBe(false);
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/端口/);
  });
});
