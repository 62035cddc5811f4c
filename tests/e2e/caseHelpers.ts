/**
 * Helpers for the case-screen tests: a real host set up with the sample organisation, API calls as a
 * script would make them (for test setup only — what is being tested goes through the UI), and pages
 * that start logged in.
 */
import type { Browser, Page } from 'playwright-core';
import type { InputOf, MethodName, ResultOf } from '../../src/shared/api/contract.ts';
import { startHost, type HostProcess } from '../helpers/hostProcess.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

export interface Desk {
  readonly host: HostProcess;
  readonly token: string;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
}

async function post(url: string, body: unknown, token?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
}

/** Starts the host on `dataDir`, completes first-run setup and keeps the administrator's session. */
export async function startDesk(dataDir: string): Promise<Desk> {
  const host = await startHost(dataDir);
  await post(`${host.url}/api/org.setup`, SAMPLE_ORGANISATION);
  const login = await post(`${host.url}/api/auth.login`, {
    username: ADMIN.username,
    password: ADMIN.password,
  });
  const token = /md_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('administrator login failed');
  return {
    host,
    token,
    async call(method, input) {
      const response = await post(`${host.url}/api/${method}`, input, token);
      const body = (await response.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { code: string; message: string };
      };
      if (!body.ok) throw new Error(`${method}: ${body.error?.code} ${body.error?.message}`);
      return body.value as never;
    },
  };
}

/**
 * A new browser context already holding the administrator's session cookie, in China's time zone
 * (as the centres work), opened at `hash` (e.g. `#/cases`). Page errors fail the test.
 */
export async function openLoggedIn(browser: Browser, desk: Desk, hash: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addCookies([{ name: 'md_session', value: desk.token, url: desk.host.url }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${desk.host.url}/${hash}`);
  return page;
}

/** Valid test ID numbers (checked with the shared validator): a man born 1980-01-01, a woman born 1990-05-15. */
export const ID_MAN = '320113198001010015';
export const ID_WOMAN = '320113199005150028';

/** Calls the API from inside the page, so the call carries the page's own session cookie. */
export async function callAsPage<M extends MethodName>(
  page: Page,
  method: M,
  input: InputOf<M>,
): Promise<ResultOf<M>> {
  const body = await page.evaluate(
    async ([name, payload]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as ResultOf<M>;
}

/**
 * First-run setup through the API, then the administrator logs in through the login page (a page of
 * `height` px at 1366 wide); page errors fail the test.
 */
export async function setUpAndLogIn(browser: Browser, host: HostProcess, height = 900): Promise<Page> {
  const setup = await post(`${host.url}/api/org.setup`, SAMPLE_ORGANISATION);
  if (setup.status !== 200) throw new Error(`setup failed: ${setup.status}`);
  const page = await browser.newPage({ viewport: { width: 1366, height }, locale: 'zh-CN' });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(host.url);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  return page;
}
