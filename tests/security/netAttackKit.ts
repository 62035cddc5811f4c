import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

/** The attacks of issue 13 items 1, 2, 4, 5, 6 are made through the real host, as a LAN user would. */
export interface Reply<T = Record<string, unknown>> {
  readonly status: number;
  readonly ok: boolean;
  readonly value: T;
  readonly error?: {
    readonly code: string;
    readonly message: string;
    readonly details?: Record<string, unknown>;
  };
  readonly setCookie: string | null;
}

export interface AttackKit {
  readonly dir: string;
  readonly dataDir: string;
  readonly host: HostProcess;
  readonly admin: string;
  call<T = Record<string, unknown>>(
    method: string,
    input: unknown,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  /** POST /api/upload with raw bytes, as the page does. */
  upload(
    bytes: Uint8Array,
    token?: string,
  ): Promise<Reply<{ uploadId: string; sizeBytes: number; sha256: string }>>;
  login(username: string, password: string): Promise<Reply>;
  /** A user of `role` with password `Secret789`; returns their session token. */
  user(username: string, role: string): Promise<string>;
  /** Rows in a table of the live database (read-only connection beside the host's). */
  count(table: string): number;
  close(): Promise<void>;
}

export function tokenFrom(reply: Reply): string {
  const token = /md_session=([^;]+)/.exec(reply.setCookie ?? '')?.[1];
  if (!token) throw new Error(`no session cookie: ${JSON.stringify(reply)}`);
  return token;
}

export async function post(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: { ok?: boolean; value?: unknown; error?: Reply['error'] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    parsed = { ok: false, error: { code: 'NOT_JSON', message: text.slice(0, 200) } };
  }
  return {
    status: response.status,
    ok: parsed.ok === true,
    value: (parsed.value ?? {}) as Record<string, unknown>,
    ...(parsed.error && { error: parsed.error }),
    setCookie: response.headers.get('set-cookie'),
  };
}

export async function openAttackKit(prefix: string, setUp = true): Promise<AttackKit> {
  const dir = makeTempDir(prefix);
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const host = await startHost(dataDir);
  const call = (method: string, input: unknown, token?: string, headers: Record<string, string> = {}) =>
    post(`${host.url}/api/${method}`, JSON.stringify(input), {
      'Content-Type': 'application/json',
      ...(token && { Authorization: `Bearer ${token}` }),
      ...headers,
    });
  const login = (username: string, password: string) => call('auth.login', { username, password });
  const upload = (bytes: Uint8Array, token?: string) =>
    post(`${host.url}/api/upload`, bytes, {
      'Content-Type': 'application/octet-stream',
      ...(token && { Authorization: `Bearer ${token}` }),
    }) as Promise<Reply<{ uploadId: string; sizeBytes: number; sha256: string }>>;
  let admin = '';
  if (setUp) {
    const setup = await call('org.setup', SAMPLE_ORGANISATION);
    if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
    admin = tokenFrom(await login(ADMIN.username, ADMIN.password));
  }
  return {
    dir,
    dataDir,
    host,
    admin,
    call: call as AttackKit['call'],
    login,
    upload,
    async user(username, role) {
      const created = await call(
        'user.create',
        { username, displayName: `测试${username}`, role, password: 'Initial123' },
        admin,
      );
      if (!created.ok) throw new Error(`user.create failed: ${JSON.stringify(created.error)}`);
      const token = tokenFrom(await login(username, 'Initial123'));
      const changed = await call(
        'auth.changePassword',
        { currentPassword: 'Initial123', newPassword: 'Secret789' },
        token,
      );
      if (!changed.ok) throw new Error(`changePassword failed: ${JSON.stringify(changed.error)}`);
      return token;
    },
    count(table) {
      const db = new BetterSqlite3(path.join(dataDir, 'mediation-desk.db'), {
        readonly: true,
        fileMustExist: true,
      });
      try {
        return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    async close() {
      await host.stop();
      removeTempDir(dir);
    },
  };
}

/** A registered case, as a 受理员 would create it. */
export async function createCase(kit: AttackKit, token: string): Promise<{ id: string; version: number }> {
  const created = await kit.call<{ id: string; version: number }>(
    'case.create',
    {
      title: '张某与李某邻里漏水纠纷',
      summary: '楼上漏水。',
      parties: [{ role: 'applicant', name: '张三', idType: 'resident_id', idNumber: '11010519491231002X' }],
    },
    token,
  );
  if (!created.ok) throw new Error(`case.create failed: ${JSON.stringify(created.error)}`);
  return created.value;
}

/** Every file under a folder with its size, to prove that nothing outside the data folder changed. */
export function snapshotFiles(root: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!fs.existsSync(root)) return out;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (entry.isFile())
      out[path.relative(root, path.join(entry.parentPath, entry.name))] = fs.statSync(
        path.join(entry.parentPath, entry.name),
      ).size;
  }
  return out;
}

/**
 * A POST with full control of the headers (Host included) and of the client address (any 127.x.y.z
 * reaches a host bound to 127.0.0.1, so one test can be two computers on the LAN).
 */
export function rawPost(
  baseUrl: string,
  method: string,
  body: string,
  headers: Record<string, string> = {},
  localAddress?: string,
): Promise<Reply> {
  const url = new URL(`/api/${method}`, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { ok?: boolean; value?: unknown; error?: Reply['error'] };
          const cookie = res.headers['set-cookie'];
          resolve({
            status: res.statusCode ?? 0,
            ok: parsed.ok === true,
            value: (parsed.value ?? {}) as Record<string, unknown>,
            ...(parsed.error && { error: parsed.error }),
            setCookie: cookie ? cookie.join('; ') : null,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
