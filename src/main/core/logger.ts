import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

/**
 * JSON-lines logger. Stack traces go here and nowhere else: the log stays on the machine, while the
 * caller only ever sees a coded error with a Chinese message.
 */
export function createLogger(options: { file?: string; echo?: boolean } = {}): Logger {
  if (options.file) fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const write = (level: Level, event: string, fields: Record<string, unknown> = {}): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...serialise(fields) });
    if (options.file) {
      try {
        fs.appendFileSync(options.file, line + '\n');
      } catch {
        // A full or read-only disk must not turn logging into a second failure.
      }
    }
    if (options.echo) process.stderr.write(line + '\n');
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

function serialise(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}
