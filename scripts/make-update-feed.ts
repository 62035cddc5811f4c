/**
 * Makes the update feed folder for the intranet server (or a USB stick):
 *
 *   node scripts/make-update-feed.ts --out 更新源 out/make/nsis/win32/x64/mediation-desk-setup-0.2.0.exe \
 *        out/make/deb/x64/mediation-desk_0.2.0_amd64.deb
 *
 * copies the installers into --out and writes electron-updater's channel files next to them:
 * latest.yml (Windows) and latest-linux.yml / latest-linux-arm64.yml (.deb), each with the
 * version, size and base64 SHA-512 the updater checks after downloading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  channelFileName,
  channelForInstaller,
  createFeed,
  describeFile,
  feedToYaml,
  type FeedFile,
  type UpdateFeed,
} from '../src/main/desktop/update/updateFeed.ts';
import { parseVersion } from '../src/main/desktop/update/version.ts';

export interface MakeUpdateFeedOptions {
  readonly installers: readonly string[];
  readonly outDir: string;
  readonly version: string;
  readonly releaseDate?: Date;
}

export interface WrittenChannel {
  readonly channelFile: string;
  readonly feed: UpdateFeed;
}

export async function makeUpdateFeed(options: MakeUpdateFeedOptions): Promise<WrittenChannel[]> {
  if (!parseVersion(options.version)) throw new Error(`版本号无效：${options.version}`);
  if (options.installers.length === 0) throw new Error('请至少给出一个安装包（.exe 或 .deb）');
  const releaseDate = options.releaseDate ?? new Date();
  await fs.promises.mkdir(options.outDir, { recursive: true });

  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const installer of options.installers) {
    const name = path.basename(installer);
    const channel = channelForInstaller(name);
    if (!channel) throw new Error(`不是可发布的安装包：${name}（只支持 .exe、.deb、.AppImage）`);
    if (seen.has(name)) throw new Error(`安装包重名：${name}`);
    seen.add(name);
    const target = path.join(options.outDir, name);
    if (path.resolve(installer) !== path.resolve(target)) await fs.promises.copyFile(installer, target);
    const file = channelFileName(channel.platform, channel.arch);
    groups.set(file, [...(groups.get(file) ?? []), target]);
  }

  const written: WrittenChannel[] = [];
  for (const [channelFile, files] of groups) {
    const described: FeedFile[] = [];
    for (const file of files) described.push(await describeFile(file));
    const feed = createFeed(options.version, described, releaseDate);
    const target = path.join(options.outDir, channelFile);
    // Written last and via rename: a client polling mid-publish sees the old feed or the new
    // one, never a feed pointing at an installer that is still being copied.
    await fs.promises.writeFile(`${target}.tmp`, feedToYaml(feed), 'utf8');
    await fs.promises.rename(`${target}.tmp`, target);
    written.push({ channelFile: target, feed });
  }
  return written;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      version: { type: 'string' },
    },
  });
  if (!values.out || positionals.length === 0) {
    process.stderr.write('用法：node scripts/make-update-feed.ts --out 目录 [--version 版本] 安装包...\n');
    process.exit(2);
  }
  const pkgFile = path.join(import.meta.dirname, '..', 'package.json');
  const version =
    values.version ?? (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const written = await makeUpdateFeed({ installers: positionals, outDir: values.out, version });
  for (const { channelFile, feed } of written) {
    process.stdout.write(
      `${channelFile}：版本 ${feed.version}，${feed.files.map((f) => f.url).join('、')}\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
