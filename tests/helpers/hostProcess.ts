import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends SIGTERM and waits for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real host (`node src/main/host/cli.ts`) as a child process on a free port, exactly as
 * `npm run host:nobuild` would, and waits for its "started" line.
 */
export function startHost(dataDir: string, extraArgs: readonly string[] = []): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['src/main/host/cli.ts', '--data-dir', dataDir, '--port', '0', ...extraArgs],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (): void => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({
        url: match[1],
        child,
        output: () => output,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before starting:\n${output}`));
    });
  });
}
