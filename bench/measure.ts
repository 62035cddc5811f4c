import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly p50_ms: number;
  readonly p95_ms: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Runs `fn(i)` `runs` times after `warmUp` untimed runs; p50/p95 in milliseconds. */
export async function measure(
  runs: number,
  fn: (i: number) => unknown,
  warmUp = Math.min(20, runs),
): Promise<Timing> {
  for (let i = 0; i < warmUp; i += 1) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn(i + warmUp);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)) };
}
