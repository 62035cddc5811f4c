import fs from 'node:fs/promises';
import path from 'node:path';

/** The renderer is served from `app://desk/…`: a standard, secure scheme with its own origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Maps an `app://desk/…` URL to a file inside `root`, or null when the URL is foreign or would
 * leave `root` (`..`, encoded `%2e%2e`, backslashes, drive letters, NUL bytes). Containment is
 * decided on the resolved path, so no spelling of a traversal gets through. `paths` is only
 * replaced in tests, to check Windows path rules on Linux.
 */
export function resolveAppPath(
  root: string,
  requestUrl: string,
  paths: path.PlatformPath = path,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const base = paths.resolve(root);
  const resolved = paths.resolve(base, relative);
  const fromRoot = paths.relative(base, resolved);
  if (
    fromRoot === '' ||
    fromRoot === '..' ||
    fromRoot.startsWith(`..${paths.sep}`) ||
    paths.isAbsolute(fromRoot)
  ) {
    return null;
  }
  return resolved;
}

export interface AppProtocolOptions {
  /** The built renderer (`.vite/renderer/main_window`). */
  readonly root: string;
  /** Security headers added to every response, CSP included. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The `protocol.handle` callback, written against the web `Request`/`Response` that Electron
 * and Node share, so it runs in tests unchanged. Files are read with `fs`, which Electron lets
 * see inside the asar archive.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const text = (status: number, body: string): Response =>
    new Response(body, {
      status,
      headers: { ...options.headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, '不支持的请求方式');
    const file = resolveAppPath(options.root, request.url);
    if (file === null) return text(403, '禁止访问');
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return text(404, '找不到该文件');
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...options.headers, 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  };
}
