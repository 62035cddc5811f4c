import { spawn } from 'node:child_process';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTempDir, removeTempDir } from '../helpers/tempDir.ts';

const KILLS = 50;
const repoRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeAll(() => {
  dataDir = makeTempDir('mediation-crash-');
});
afterAll(() => removeTempDir(dataDir));

/** Runs the writer until a random moment after it is ready, kills it, and returns what it acknowledged. */
function runAndKill(runId: number, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/reliability/crashChild.ts', dataDir, String(runId)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killTimer && out.includes('READY\n')) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`writer exited on its own (${signal}):\n${out}\n${err}`));
      // A line cut off by the kill is not an acknowledgement.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve([...complete.matchAll(/^ACK (.+)$/gm)].map((match) => match[1]!));
    });
  });
}

test(`after ${KILLS} SIGKILLs mid-write, the database opens, passes integrity_check and holds every acknowledged write`, async () => {
  const acknowledged: string[] = [];
  for (let run = 0; run < KILLS; run += 1) {
    const delay = 5 + Math.floor(Math.random() * 150);
    acknowledged.push(...(await runAndKill(run, delay)));

    const db = new BetterSqlite3(path.join(dataDir, 'mediation-desk.db'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const titles = new Set(
        (db.prepare('SELECT title FROM dispute_case').all() as { title: string }[]).map((row) => row.title),
      );
      const missing = acknowledged.filter((title) => !titles.has(title));
      expect(missing, `run ${run}: acknowledged but lost`).toEqual([]);
    } finally {
      db.close();
    }
  }
  expect(acknowledged.length).toBeGreaterThan(KILLS); // the writer really was writing when killed
}, 600_000);
