import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** How the stand-in platform answers the next record: each mode is used once, then `ok`. */
export type PlatformMode = 'ok' | '500' | '429' | 'timeout' | 'malformed' | '400';

export interface ReceivedRecord {
  readonly key: string;
  readonly caseUuid: string;
  readonly version: number;
  readonly trigger: string;
  readonly raw: string;
}

/**
 * Plays the city platform on 127.0.0.1: checks the HMAC signature and Idempotency-Key, stores each
 * record once per key (a retry of a stored key gets the same acknowledgement), and fails on
 * purpose in the ways a real endpoint does.
 */
export async function startPlatform(options: { readonly secret: string; readonly port?: number }) {
  const modes: PlatformMode[] = [];
  const stored = new Map<string, { record: ReceivedRecord; ack: string; stores: number }>();
  /** Acknowledged records in the order the platform acknowledged them. */
  const acknowledged: ReceivedRecord[] = [];
  const rawBodies: string[] = [];
  let requests = 0;
  let pings = 0;
  let badSignatures = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      rawBodies.push(body);
      const signature = String(req.headers['x-mediation-signature'] ?? '');
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
      const expected = match
        ? createHmac('sha256', options.secret).update(`${match[1]}.${body}`).digest()
        : null;
      if (!match || !expected || !timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))) {
        badSignatures += 1;
        res.writeHead(401).end('bad signature');
        return;
      }
      const parsed = JSON.parse(body) as {
        type?: string;
        idempotencyKey?: string;
        trigger?: string;
        record?: { caseUuid?: string; version?: number };
      };
      if (parsed.type === 'ping') {
        pings += 1;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
        return;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      if (key === '' || key !== parsed.idempotencyKey) {
        res.writeHead(400).end('Idempotency-Key missing or different from the body');
        return;
      }
      const mode = modes.shift() ?? 'ok';
      if (mode === 'timeout') return; // never answers; the sender must give up and retry
      if (mode === '500') return void res.writeHead(500).end('internal error');
      if (mode === '400') return void res.writeHead(400).end('字段不合规');
      if (mode === '429') return void res.writeHead(429, { 'Retry-After': '120' }).end('slow down');
      let entry = stored.get(key);
      if (!entry) {
        const record: ReceivedRecord = {
          key,
          caseUuid: String(parsed.record?.caseUuid),
          version: Number(parsed.record?.version),
          trigger: String(parsed.trigger),
          raw: body,
        };
        entry = { record, ack: `ACK-${stored.size + 1}`, stores: 1 };
        stored.set(key, entry);
      }
      if (mode === 'malformed')
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"stored"');
      acknowledged.push(entry.record);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ackId: entry.ack }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/records`,
    fail(...next: PlatformMode[]) {
      modes.push(...next);
    },
    get requests() {
      return requests;
    },
    get pings() {
      return pings;
    },
    get badSignatures() {
      return badSignatures;
    },
    stored,
    acknowledged,
    rawBodies,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** A loopback port with nothing listening (the platform is "down"). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
