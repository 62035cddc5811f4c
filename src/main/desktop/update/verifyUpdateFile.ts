import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// electron-updater's own parser, so a feed we accept is one the real updater accepts. This module
// of electron-updater does not load `electron`, which keeps the verification testable under Node.
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider.js';
import { channelFileName, sha512Base64, type FeedPlatform } from './updateFeed.ts';
import { isNewerVersion } from './version.ts';

export interface VerifyUpdateFileInput {
  /** The installer the user picked, e.g. on a USB stick. */
  readonly file: string;
  readonly currentVersion: string;
  readonly platform: FeedPlatform;
  readonly arch: string;
}

export type VerifyUpdateFileOutcome =
  | { readonly ok: true; readonly version: string; readonly file: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks an installer brought on a USB stick before it is run: it must be listed in the feed file
 * (`latest.yml` …) lying next to it, with the same size and SHA-512, and be newer than what is
 * installed. The feed folder made by scripts/make-update-feed.ts is copied to the stick whole.
 */
export async function verifyUpdateFile(input: VerifyUpdateFileInput): Promise<VerifyUpdateFileOutcome> {
  const fail = (reason: string): VerifyUpdateFileOutcome => ({ ok: false, reason });
  const dir = path.dirname(input.file);
  const name = path.basename(input.file);
  const channelFile = path.join(dir, channelFileName(input.platform, input.arch));

  let raw: string;
  try {
    raw = await fs.promises.readFile(channelFile, 'utf8');
  } catch {
    return fail(
      `在安装包所在文件夹中找不到 ${path.basename(channelFile)}。请把更新文件夹整个复制到U盘，不要只复制安装包。`,
    );
  }
  let version: unknown;
  let files: unknown;
  try {
    const info = parseUpdateInfo(raw, path.basename(channelFile), pathToFileURL(channelFile));
    version = info.version;
    files = info.files;
  } catch {
    return fail(`${path.basename(channelFile)} 无法识别，更新文件夹可能已损坏。`);
  }
  if (typeof version !== 'string' || !Array.isArray(files)) {
    return fail(`${path.basename(channelFile)} 内容不完整，更新文件夹可能已损坏。`);
  }
  const entry = (files as { url?: unknown; sha512?: unknown; size?: unknown }[]).find(
    (candidate) => typeof candidate.url === 'string' && safeBasename(candidate.url) === name,
  );
  if (!entry || typeof entry.sha512 !== 'string') {
    return fail(`${path.basename(channelFile)} 中没有列出 ${name}，请选择更新文件夹中的安装包。`);
  }

  let size: number;
  try {
    size = (await fs.promises.stat(input.file)).size;
  } catch {
    return fail(`无法读取 ${name}。`);
  }
  if (typeof entry.size === 'number' && entry.size !== size) {
    return fail(`${name} 的大小与更新清单不符，文件可能没有复制完整。`);
  }
  if ((await sha512Base64(input.file)) !== entry.sha512) {
    return fail(`${name} 的校验值与更新清单不符，文件可能已损坏或被改动，不能安装。`);
  }
  if (!isNewerVersion(version, input.currentVersion)) {
    return fail(`该安装包的版本（${version}）不比当前版本（${input.currentVersion}）新，无需安装。`);
  }
  return { ok: true, version, file: input.file };
}

function safeBasename(url: string): string {
  try {
    return path.basename(decodeURIComponent(url));
  } catch {
    return path.basename(url);
  }
}
