import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface HostArgs {
  readonly dataDir: string;
  readonly port: number;
  readonly hostname: string;
  /** Extra names clients may use for this computer (e.g. its Windows computer name), besides its addresses. */
  readonly allowHosts: readonly string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}

/** Default data folder for the browser host; the desktop app uses Electron's userData instead. */
export function defaultHostDataDir(): string {
  const base =
    process.env['APPDATA'] ?? process.env['XDG_DATA_HOME'] ?? path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'mediation-desk');
}

/** Parses `--data-dir DIR --port PORT [--host ADDR]`; throws with a Chinese message on bad values. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
    },
    strict: true,
  });
  const port = Number(values.port ?? '5317');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口号无效：${values.port}`);
  }
  const hostname = values.host ?? '127.0.0.1';
  return {
    dataDir: path.resolve(values['data-dir'] ?? defaultHostDataDir()),
    port,
    hostname,
    allowHosts: values['allow-host'] ?? [],
  };
}
