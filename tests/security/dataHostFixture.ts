import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Core } from '../../src/main/core/createCore.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { createHostServer, listen, type RunningHost } from '../../src/main/host/hostServer.ts';
import type { ApiResult } from '../../src/shared/api/result.ts';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';
import { dbFile, openTestCore, setUpAsAdmin } from '../helpers/testCore.ts';

export interface HttpReply<T = unknown> {
  readonly status: number;
  readonly body: ApiResult<T>;
}

/** A real core on a real file behind the real HTTP host on a loopback port, set up with an administrator. */
export interface SecurityHost {
  readonly dir: string;
  readonly dataDir: string;
  readonly core: Core;
  readonly host: RunningHost;
  /** Changes after `reopen` (a new login is needed: sessions survive, but keep it simple). */
  readonly adminToken: string;
  /** Closes host and core (so the file can be edited by hand), then opens both again and logs in. */
  reopen(beforeOpen?: () => void): Promise<void>;
  /** POST /api/<method> with a JSON body, as a browser on the LAN would (bearer token). */
  api<T = unknown>(method: string, input: unknown, token?: string | null): Promise<HttpReply<T>>;
  /** The same with a hand-written body (lone surrogates survive only as `\ud800` escapes in JSON text). */
  rawApi<T = unknown>(method: string, body: string, token?: string | null): Promise<HttpReply<T>>;
  /** POST /api/upload with raw bytes, as the page does before `attachment.add`; returns the upload id. */
  upload(bytes: Uint8Array, token?: string | null): Promise<string>;
  /** Logs in over HTTP and returns the session token the host set as its cookie. */
  login(username: string, password: string): Promise<string>;
  /** Row count of every ordinary table, read beside the running core. */
  rowCounts(): Record<string, number>;
  close(): Promise<void>;
}

export async function openSecurityHost(): Promise<SecurityHost> {
  const dir = makeTempDir('mediation-security-');
  const dataDir = path.join(dir, 'data');
  let core = await openTestCore(dataDir);
  let adminToken = await setUpAsAdmin(core);
  let host = await listen(createHostServer({ core, staticDir: dir, logger: silentLogger }), 0, '127.0.0.1');

  async function rawApi<T>(method: string, body: string, token: string | null | undefined = adminToken) {
    const response = await fetch(`${host.url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
      body,
    });
    return { status: response.status, body: (await response.json()) as ApiResult<T> };
  }

  async function login(username: string, password: string): Promise<string> {
    const response = await fetch(`${host.url}/api/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const token = /md_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!token) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
    return token;
  }

  return {
    dir,
    dataDir,
    get core() {
      return core;
    },
    get host() {
      return host;
    },
    get adminToken() {
      return adminToken;
    },
    reopen: async (beforeOpen) => {
      await host.close();
      await core.close();
      beforeOpen?.();
      core = await openTestCore(dataDir);
      host = await listen(createHostServer({ core, staticDir: dir, logger: silentLogger }), 0, '127.0.0.1');
      adminToken = await login('admin', 'Admin12345');
    },
    rawApi,
    api: (method, input, token) => rawApi(method, JSON.stringify(input ?? {}), token),
    upload: async (bytes, token = adminToken) => {
      const response = await fetch(`${host.url}/api/upload`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          ...(token && { Authorization: `Bearer ${token}` }),
        },
        body: bytes,
      });
      const reply = (await response.json()) as ApiResult<{ uploadId: string }>;
      if (!reply.ok) throw new Error(`upload failed: ${reply.error.code} ${reply.error.message}`);
      return reply.value.uploadId;
    },
    login,
    rowCounts: () => {
      const reader = new BetterSqlite3(dbFile(dataDir), { readonly: true });
      try {
        const tables = reader
          .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
          )
          .all() as { name: string }[];
        return Object.fromEntries(
          tables.map(({ name }) => [
            name,
            (reader.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
          ]),
        );
      } finally {
        reader.close();
      }
    },
    close: async () => {
      await host.close();
      await core.close();
      removeTempDir(dir);
    },
  };
}

/** The value of a successful reply, or a thrown error naming the refusal. */
export function valueOf<T>(reply: HttpReply<T>): T {
  if (!reply.body.ok) throw new Error(`${reply.status} ${reply.body.error.code} ${reply.body.error.message}`);
  return reply.body.value;
}
