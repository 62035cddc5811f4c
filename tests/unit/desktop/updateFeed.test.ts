import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type ClientRequest, type RequestOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
// The real client: electron-updater's generic provider and builder-util-runtime's download with
// SHA-512 check. Neither module loads `electron`; only the HTTP executor is swapped for node:http.
import {
  CancellationToken,
  configureRequestOptions,
  configureRequestUrl,
  HttpExecutor,
  type DownloadOptions,
} from 'builder-util-runtime';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider.js';
import { findFile } from 'electron-updater/out/providers/Provider.js';
import { makeUpdateFeed } from '../../../scripts/make-update-feed.ts';
import { verifyUpdateFile } from '../../../src/main/desktop/update/verifyUpdateFile.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    return http.request(options, callback);
  }

  /** Same body as ElectronHttpExecutor.download: the SHA-512 is checked while the file is written. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions & { redirect: string } = {
        headers: options.headers ?? undefined,
        redirect: 'manual',
      };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error: Error | null) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

async function downloadVerified(url: URL, sha512: string): Promise<Buffer> {
  const target = path.join(work, `download-${Math.random().toString(36).slice(2)}`);
  await executor.download(url, target, { sha512, cancellationToken: new CancellationToken() });
  return fs.readFileSync(target);
}

const executor = new NodeHttpExecutor();
let work: string;
let feedDir: string;
let server: http.Server;
let baseUrl: string;
const installers: Record<string, Buffer> = {
  'mediation-desk-setup-0.2.0.exe': randomBytes(300_000),
  'mediation-desk_0.2.0_amd64.deb': randomBytes(200_000),
  'mediation-desk_0.2.0_arm64.deb': randomBytes(150_000),
};

beforeAll(async () => {
  work = makeTempDir();
  const built = path.join(work, 'out');
  fs.mkdirSync(built);
  for (const [name, bytes] of Object.entries(installers)) fs.writeFileSync(path.join(built, name), bytes);
  feedDir = path.join(work, '更新源');
  await makeUpdateFeed({
    installers: Object.keys(installers).map((name) => path.join(built, name)),
    outDir: feedDir,
    version: '0.2.0',
    releaseDate: new Date('2026-11-22T08:00:00.000Z'),
  });
  // A plain static server, as the centre's intranet web server would be.
  server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(feedDir, name);
    if (!file.startsWith(feedDir + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  removeTempDir(work);
});

function provider(platform: 'win32' | 'linux'): GenericProvider {
  const updater = { channel: null, isAddNoCacheQuery: false } as unknown as ConstructorParameters<
    typeof GenericProvider
  >[1];
  return new GenericProvider({ provider: 'generic', url: baseUrl }, updater, {
    platform,
    executor: executor as unknown as ConstructorParameters<typeof GenericProvider>[2]['executor'],
    isUseMultipleRangeRequest: false,
  });
}

test('the feed folder holds the installers and one channel file per platform and architecture', () => {
  expect(fs.readdirSync(feedDir).sort()).toEqual(
    [...Object.keys(installers), 'latest-linux-arm64.yml', 'latest-linux.yml', 'latest.yml'].sort(),
  );
  const yml = fs.readFileSync(path.join(feedDir, 'latest.yml'), 'utf8');
  expect(yml).toMatch(/^version: "0\.2\.0"$/m);
  expect(yml).toMatch(/^releaseDate: "2026-11-22T08:00:00\.000Z"$/m);
});

test('electron-updater reads latest.yml over HTTP and the installer downloads with a matching SHA-512', async () => {
  const windows = provider('win32');
  const info = await windows.getLatestVersion();
  expect(info.version).toBe('0.2.0');
  const file = findFile(windows.resolveFiles(info), 'exe');
  expect(file?.url.href).toBe(`${baseUrl}mediation-desk-setup-0.2.0.exe`);
  expect(file?.info.size).toBe(installers['mediation-desk-setup-0.2.0.exe']!.length);
  const bytes = await downloadVerified(file!.url, file!.info.sha512);
  expect(bytes.equals(installers['mediation-desk-setup-0.2.0.exe']!)).toBe(true);
});

test('Linux clients find their .deb in latest-linux.yml (x64) and latest-linux-arm64.yml', async () => {
  const previous = process.env['TEST_UPDATER_ARCH'];
  try {
    for (const [arch, name] of [
      ['x64', 'mediation-desk_0.2.0_amd64.deb'],
      ['arm64', 'mediation-desk_0.2.0_arm64.deb'],
    ] as const) {
      process.env['TEST_UPDATER_ARCH'] = arch;
      const linux = provider('linux');
      const info = await linux.getLatestVersion();
      const file = findFile(linux.resolveFiles(info), 'deb', ['AppImage', 'rpm', 'pacman']);
      expect(file?.url.pathname).toBe(`/${name}`);
      const bytes = await downloadVerified(file!.url, file!.info.sha512);
      expect(bytes.equals(installers[name]!)).toBe(true);
    }
  } finally {
    if (previous === undefined) delete process.env['TEST_UPDATER_ARCH'];
    else process.env['TEST_UPDATER_ARCH'] = previous;
  }
});

test('a USB-stick copy of the feed folder verifies before installing; damage, old versions and strays are refused', async () => {
  const exe = path.join(feedDir, 'mediation-desk-setup-0.2.0.exe');
  await expect(
    verifyUpdateFile({ file: exe, currentVersion: '0.1.0', platform: 'win32', arch: 'x64' }),
  ).resolves.toEqual({
    ok: true,
    version: '0.2.0',
    file: exe,
  });
  const sameVersion = await verifyUpdateFile({
    file: exe,
    currentVersion: '0.2.0',
    platform: 'win32',
    arch: 'x64',
  });
  expect(sameVersion).toMatchObject({ ok: false, reason: expect.stringContaining('不比当前版本') });

  const deb = path.join(feedDir, 'mediation-desk_0.2.0_amd64.deb');
  await expect(
    verifyUpdateFile({ file: deb, currentVersion: '0.1.0', platform: 'linux', arch: 'x64' }),
  ).resolves.toMatchObject({ ok: true });

  const stray = path.join(feedDir, '..', 'elsewhere', 'mediation-desk-setup-0.2.0.exe');
  fs.mkdirSync(path.dirname(stray), { recursive: true });
  fs.copyFileSync(exe, stray);
  expect(
    await verifyUpdateFile({ file: stray, currentVersion: '0.1.0', platform: 'win32', arch: 'x64' }),
  ).toMatchObject({
    ok: false,
    reason: expect.stringContaining('latest.yml'),
  });
  const renamed = path.join(feedDir, 'setup.exe');
  fs.copyFileSync(exe, renamed);
  expect(
    await verifyUpdateFile({ file: renamed, currentVersion: '0.1.0', platform: 'win32', arch: 'x64' }),
  ).toMatchObject({
    ok: false,
    reason: expect.stringContaining('没有列出'),
  });
  fs.rmSync(renamed);
});

test('a tampered installer fails both electron-updater’s download check and the file verification', async () => {
  const exe = path.join(feedDir, 'mediation-desk-setup-0.2.0.exe');
  const original = fs.readFileSync(exe);
  const tampered = Buffer.from(original);
  tampered[1000] = tampered[1000]! ^ 0xff;
  fs.writeFileSync(exe, tampered);
  try {
    const windows = provider('win32');
    const file = findFile(windows.resolveFiles(await windows.getLatestVersion()), 'exe')!;
    await expect(downloadVerified(file.url, file.info.sha512)).rejects.toThrow(/sha512 checksum mismatch/);
    expect(
      await verifyUpdateFile({ file: exe, currentVersion: '0.1.0', platform: 'win32', arch: 'x64' }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('校验值'),
    });
    fs.writeFileSync(exe, original.subarray(0, 1000));
    expect(
      await verifyUpdateFile({ file: exe, currentVersion: '0.1.0', platform: 'win32', arch: 'x64' }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('大小'),
    });
  } finally {
    fs.writeFileSync(exe, original);
  }
});

test('the script refuses bad versions, unknown file types and duplicate names', async () => {
  const out = path.join(work, 'bad');
  const exe = path.join(work, 'out', 'mediation-desk-setup-0.2.0.exe');
  await expect(makeUpdateFeed({ installers: [exe], outDir: out, version: 'latest' })).rejects.toThrow(
    /版本号无效/,
  );
  await expect(makeUpdateFeed({ installers: [], outDir: out, version: '0.2.0' })).rejects.toThrow(/至少/);
  const zip = path.join(work, 'portable.zip');
  fs.writeFileSync(zip, 'x');
  await expect(makeUpdateFeed({ installers: [zip], outDir: out, version: '0.2.0' })).rejects.toThrow(
    /不是可发布的安装包/,
  );
  await expect(makeUpdateFeed({ installers: [exe, exe], outDir: out, version: '0.2.0' })).rejects.toThrow(
    /重名/,
  );
});
