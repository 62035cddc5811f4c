import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built renderer. Paths are resolved inside `root` and anything escaping it is refused;
 * unknown paths without an extension get index.html so reloading a deep link works.
 */
export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Record<string, string | string[]>,
): void {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return send(
      res,
      500,
      'text/plain; charset=utf-8',
      '界面尚未构建：请先运行 npm run build:renderer',
      headers,
    );
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', '请求地址无效', headers);
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) {
    return send(res, 403, 'text/plain; charset=utf-8', '禁止访问', headers);
  }
  const file = fs.existsSync(resolved) && fs.statSync(resolved).isFile() ? resolved : null;
  if (!file) {
    if (path.extname(relative) === '') return serveStatic(root, '/', res, headers);
    return send(res, 404, 'text/plain; charset=utf-8', '找不到该文件', headers);
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.includes(`${path.sep}assets${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
  fs.createReadStream(file).pipe(res);
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string | string[]>,
): void {
  res.writeHead(status, { ...headers, 'Content-Type': type });
  res.end(body);
}
