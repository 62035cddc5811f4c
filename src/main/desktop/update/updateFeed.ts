import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** One downloadable file as electron-updater describes it in `latest*.yml`. */
export interface FeedFile {
  readonly url: string;
  /** Base64 SHA-512 of the file, which is what electron-updater checks after downloading. */
  readonly sha512: string;
  readonly size: number;
}

export interface UpdateFeed {
  readonly version: string;
  readonly files: readonly FeedFile[];
  /** Legacy top-level fields that older electron-updater clients still read. */
  readonly path: string;
  readonly sha512: string;
  readonly releaseDate: string;
}

export type FeedPlatform = 'win32' | 'linux';

/**
 * The channel file electron-updater's generic provider asks for: `latest.yml` on Windows (no
 * platform suffix, for historical reasons), `latest-linux.yml` on x64 Linux and
 * `latest-linux-<arch>.yml` elsewhere (see Provider.getChannelFilePrefix).
 */
export function channelFileName(platform: FeedPlatform, arch: string): string {
  if (platform === 'win32') return 'latest.yml';
  return arch === 'x64' ? 'latest-linux.yml' : `latest-linux-${arch}.yml`;
}

/** Which channel an installer belongs to, from its name; null for files the feed does not carry. */
export function channelForInstaller(fileName: string): { platform: FeedPlatform; arch: string } | null {
  const lower = fileName.toLowerCase();
  const arch = /(arm64|aarch64)/.test(lower) ? 'arm64' : 'x64';
  if (lower.endsWith('.exe')) return { platform: 'win32', arch };
  if (lower.endsWith('.deb') || lower.endsWith('.appimage')) return { platform: 'linux', arch };
  return null;
}

export function sha512Base64(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('base64')));
  });
}

export async function describeFile(file: string): Promise<FeedFile> {
  const [sha512, stat] = await Promise.all([sha512Base64(file), fs.promises.stat(file)]);
  return { url: path.basename(file), sha512, size: stat.size };
}

export function createFeed(version: string, files: readonly FeedFile[], releaseDate: Date): UpdateFeed {
  const first = files[0];
  if (!first) throw new Error('更新源至少需要一个安装包');
  return { version, files, path: first.url, sha512: first.sha512, releaseDate: releaseDate.toISOString() };
}

/**
 * Serialises the feed as YAML. Every string is written JSON-quoted, which YAML reads as a
 * double-quoted scalar, so file names with spaces or Chinese characters need no escaping rules of
 * our own; the result is read back with electron-updater's own parser in the tests.
 */
export function feedToYaml(feed: UpdateFeed): string {
  const q = (value: string): string => JSON.stringify(value);
  const lines = [`version: ${q(feed.version)}`, 'files:'];
  for (const file of feed.files) {
    lines.push(`  - url: ${q(file.url)}`, `    sha512: ${q(file.sha512)}`, `    size: ${file.size}`);
  }
  lines.push(`path: ${q(feed.path)}`, `sha512: ${q(feed.sha512)}`, `releaseDate: ${q(feed.releaseDate)}`);
  return lines.join('\n') + '\n';
}
