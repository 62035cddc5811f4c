import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../core/clock.ts';
import { createCore } from '../core/createCore.ts';
import { createLogger } from '../core/logger.ts';
import { isLoopback, parseHostArgs } from './hostArgs.ts';
import { createHostServer, listen } from './hostServer.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\n用法：npm run host -- --data-dir 目录 --port 端口 [--host 地址] [--allow-host 计算机名]\n`,
    );
    process.exit(2);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const logger = createLogger({ file: path.join(args.dataDir, 'logs', 'host.log'), echo: false });
  const core = await createCore({ dataDir: args.dataDir, version: pkg.version, clock: systemClock, logger });
  if (!core.status.ok) {
    // Keep serving: the browser shows the error screen, and nothing touches the file.
    process.stderr.write(`数据无法打开：${core.status.error.message}\n`);
  }
  if (!isLoopback(args.hostname)) {
    const info = await core.call('app.info', {}, { transport: 'http' });
    if (!info.ok || !(info.value as { setupComplete: boolean }).setupComplete) {
      // Before the administrator account exists, anyone reaching the port could claim it.
      process.stderr.write(
        `在完成首次设置（建立管理员账户）之前，调解台只在本机（127.0.0.1）提供服务，不能绑定到 ${args.hostname}。\n`,
      );
      await core.close();
      process.exit(2);
    }
  }
  const server = createHostServer({
    core,
    staticDir: path.join(repoRoot, '.vite', 'renderer', 'main_window'),
    logger,
    boundHost: args.hostname,
    allowHosts: args.allowHosts,
  });
  const running = await listen(server, args.port, args.hostname);
  process.stdout.write(`调解台已启动：${running.url}\n数据目录：${args.dataDir}\n`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('host.stopping', { signal });
    await running.close();
    await core.close();
    logger.info('host.stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
