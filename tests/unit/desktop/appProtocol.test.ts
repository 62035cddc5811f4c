import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../src/main/desktop/protocol/appProtocol.ts';
import { rendererSecurityHeaders } from '../../../src/main/desktop/security/contentSecurityPolicy.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

let base: string;
let root: string;

beforeAll(() => {
  base = makeTempDir();
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>调解台</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', '中文 名.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'outside');
});
afterAll(() => removeTempDir(base));

test('paths inside the renderer folder resolve, with index.html for the root', () => {
  expect(resolveAppPath(root, 'app://desk/')).toBe(path.join(root, 'index.html'));
  expect(resolveAppPath(root, 'app://desk')).toBe(path.join(root, 'index.html'));
  expect(resolveAppPath(root, 'app://desk/index.html?x=1#/cases')).toBe(path.join(root, 'index.html'));
  expect(resolveAppPath(root, 'app://desk/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  expect(resolveAppPath(root, 'app://desk/assets/%E4%B8%AD%E6%96%87%20%E5%90%8D.css')).toBe(
    path.join(root, 'assets', '中文 名.css'),
  );
  expect(resolveAppPath(root, 'app://desk/assets/../index.html')).toBe(path.join(root, 'index.html'));
});

test('no spelling of a way out of the renderer folder gets out', () => {
  // The URL parser already folds dot segments (encoded too) into the path; whatever survives
  // that, the resolved-path check refuses. Either way nothing outside `root` is ever named.
  const attempts = [
    'app://desk/../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/%2E%2E%2Fsecret.txt',
    'app://desk/assets/%2e%2e/%2e%2e/secret.txt',
    'app://desk/..%5Csecret.txt',
    'app://desk/%5C..%5Csecret.txt',
    `app://desk/${encodeURIComponent(path.join('/tmp', 'secret.txt'))}`,
    'app://desk/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://desk/%2Fetc%2Fpasswd',
    'app://desk/../renderer-evil/x.js',
    'app://desk/index.html%00.js',
    'app://desk/%E0%A4%A',
    'app://other/index.html',
    'https://desk/index.html',
    'file:///etc/passwd',
    'not a url',
  ];
  for (const url of attempts) {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep), `${url} -> ${resolved}`).toBe(true);
  }
  // Backslashes are literal characters in a URL path but separators on Windows: checked on
  // the resolved path, so both readings stay inside.
  expect(
    resolveAppPath(root, 'app://desk/%5C..%5C..%5Csecret.txt')?.startsWith(root + path.sep) ?? true,
  ).toBe(true);
  expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  expect(resolveAppPath(root, 'app://desk/index.html%00.js')).toBeNull();
  expect(resolveAppPath(root, 'app://desk/%E0%A4%A')).toBeNull();
});

test('with Windows path rules, backslash traversals, drive letters and UNC paths are refused', () => {
  const win = path.win32;
  const winRoot = 'C:\\Program Files\\调解台\\resources\\app.asar\\.vite\\renderer\\main_window';
  expect(resolveAppPath(winRoot, 'app://desk/assets/app.js', win)).toBe(`${winRoot}\\assets\\app.js`);
  for (const url of [
    'app://desk/..%5C..%5C..%5Csecret.txt',
    'app://desk/assets%5C..%5C..%5Csecret.txt',
    'app://desk/C:%5CWindows%5Cwin.ini',
    'app://desk/C:/Windows/win.ini',
    'app://desk/%5C%5Cserver%5Cshare%5Cx',
    'app://desk/D:secret.txt',
  ]) {
    const resolved = resolveAppPath(winRoot, url, win);
    if (resolved !== null) expect(resolved.startsWith(winRoot + '\\'), `${url} -> ${resolved}`).toBe(true);
  }
  expect(resolveAppPath(winRoot, 'app://desk/..%5C..%5Csecret.txt', win)).toBeNull();
  expect(resolveAppPath(winRoot, 'app://desk/C:%5CWindows%5Cwin.ini', win)).toBeNull();
});

test('the handler serves files with the CSP and security headers, and refuses the rest', async () => {
  const handler = createAppProtocolHandler({ root, headers: rendererSecurityHeaders(null) });
  const index = await handler(new Request('app://desk/index.html'));
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(index.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  expect(index.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await index.text()).toContain('调解台');

  const js = await handler(new Request('app://desk/assets/app.js'));
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

  for (const url of [
    'app://desk/%2e%2e/secret.txt',
    'app://desk/..%2Fsecret.txt',
    `app://desk/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
  ]) {
    const traversal = await handler(new Request(url));
    expect([403, 404], url).toContain(traversal.status);
    expect(await traversal.text()).not.toContain('outside');
  }
  expect((await handler(new Request('app://other/index.html'))).status).toBe(403);
  expect((await handler(new Request('app://desk/missing.js'))).status).toBe(404);
  expect((await handler(new Request('app://desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(
    405,
  );
  const head = await handler(new Request('app://desk/index.html', { method: 'HEAD' }));
  expect(head.status).toBe(200);
});

test('development CSP loosens scripts and connections only for the dev server origin', () => {
  const dev = rendererSecurityHeaders('http://localhost:5173')['Content-Security-Policy'];
  expect(dev).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173");
  expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
  expect(dev).toContain("object-src 'none'");
  const prod = rendererSecurityHeaders(null)['Content-Security-Policy'];
  expect(prod).not.toContain("unsafe-inline' http");
  expect(prod).not.toContain('localhost');
});
