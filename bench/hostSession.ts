/**
 * The host as a user meets it (issue 18): a real host process (`src/main/host/cli.ts`) on the bench's
 * data folder, a standard session over HTTP (login, 工作台, list, search, a case, a report, an export),
 * then its resident memory from /proc; and the cold start, from spawning the host to the 工作台
 * rendered in Chromium with its numbers (needs `npm run build:renderer` and /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHost, type HostProcess } from '../tests/helpers/hostProcess.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';

const ADMIN = { username: 'admin', password: 'Admin12345' };

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function post(host: HostProcess, cookie: string, method: string, input: unknown) {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return { value: body.value as Record<string, unknown>, setCookie: response.headers.get('set-cookie') };
}

async function login(host: HostProcess): Promise<string> {
  const { setCookie } = await post(host, '', 'auth.login', ADMIN);
  return (setCookie ?? '').split(';')[0]!;
}

export interface HostReport {
  readonly rss_mb_after_session: number;
  readonly rss_mb_idle: number;
  readonly session_ms: number;
  readonly cold_start_ms: number | null;
  readonly cold_start_note: string;
}

export async function measureHost(dataDir: string): Promise<HostReport> {
  let host = await startHost(dataDir);
  let cookie: string;
  let rssIdle: number;
  let rssAfter: number;
  let sessionMs: number;
  try {
    rssIdle = rssMb(host.child.pid!);
    const started = performance.now();
    cookie = await login(host);
    await post(host, cookie, 'dashboard.get', { withinDays: 7 });
    const list = await post(host, cookie, 'case.list', { page: 1, pageSize: 20 });
    await post(host, cookie, 'search.cases', { q: '漏水' });
    const first = (list.value['rows'] as { id: string }[])[0]!;
    await post(host, cookie, 'case.get', { id: first.id });
    await post(host, cookie, 'stats.report', { period: 'month', year: 2026, month: 10 });
    await post(host, cookie, 'view.exportCaseList', {
      filters: { disputeType: 'neighbourhood', registeredFrom: '2026-11-01' },
    });
    sessionMs = performance.now() - started;
    rssAfter = rssMb(host.child.pid!);
  } finally {
    await host.stop();
  }

  // Cold start: the session cookie stays valid in the file, so the page opens straight on the 工作台.
  const staticDir = path.join(
    path.dirname(new URL(import.meta.url).pathname),
    '..',
    '.vite',
    'renderer',
    'main_window',
  );
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    return {
      rss_mb_after_session: rssAfter,
      rss_mb_idle: rssIdle,
      session_ms: Math.round(sessionMs),
      cold_start_ms: null,
      cold_start_note: '未构建界面（npm run build:renderer），未测',
    };
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const started = performance.now();
    host = await startHost(dataDir);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: host.url }]);
    await page.goto(host.url);
    await page.getByRole('heading', { name: '工作台' }).waitFor({ timeout: 60_000 });
    await page.getByRole('group', { name: '已超期' }).waitFor({ timeout: 60_000 });
    const coldMs = performance.now() - started;
    return {
      rss_mb_after_session: rssAfter,
      rss_mb_idle: rssIdle,
      session_ms: Math.round(sessionMs),
      cold_start_ms: Math.round(coldMs),
      cold_start_note: '从启动主机进程到 Chromium 中工作台显示出数字（已登录）',
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
