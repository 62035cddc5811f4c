/**
 * Targets (checked here, in the bench output, never in timed tests) and `--scale`: the bench at
 * 100,000 and 300,000 cases, one child process each, and the growth of every operation's p95 (an
 * operation whose cost follows the open work or one period stays ≈1.0; one that rescans the file ≈3).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Results {
  readonly cases: number;
  readonly metrics: Record<string, { p50_ms: number; p95_ms: number; baseline_p95_ms?: number }>;
  readonly db_bytes_per_case: number;
  readonly host: { rss_mb_after_session: number; cold_start_ms: number | null } | null;
}

/** p95 limits in ms (memory in MB), from README's Benchmarks and issue 18; at 300,000 cases. */
export const TARGETS: Readonly<Record<string, number>> = {
  search_3plus_chars: 20,
  search_1_2_chars: 20,
  case_list_filtered_page: 10,
  case_detail: 5,
  intake_commit: 5,
  monthly_report: 30,
  year_report: 100,
  dashboard_get: 20,
  deadline_list_page: 20,
  xlsx_export_list: 1000,
};

export function printTargets(results: Results): void {
  const rows: Record<string, { 实测: number | string; 目标: string; 结果: string }> = {};
  for (const [name, limit] of Object.entries(TARGETS)) {
    const p95 = results.metrics[name]?.p95_ms;
    if (p95 === undefined) continue;
    rows[name] = { 实测: p95, 目标: `p95 ≤ ${limit} ms`, 结果: p95 <= limit ? 'PASS' : 'FAIL' };
  }
  rows['bytes_per_case'] = {
    实测: results.db_bytes_per_case,
    目标: '≤ 6144',
    结果: results.db_bytes_per_case <= 6144 ? 'PASS' : 'FAIL',
  };
  if (results.host) {
    const rss = results.host.rss_mb_after_session;
    rows['host_rss_mb'] = { 实测: rss, 目标: '≤ 250 MB', 结果: rss <= 250 ? 'PASS' : 'FAIL' };
    const cold = results.host.cold_start_ms;
    rows['cold_start_ms'] = {
      实测: cold ?? '未测',
      目标: '≤ 1500 ms',
      结果: cold === null ? '—' : cold <= 1500 ? 'PASS' : 'FAIL',
    };
  }
  console.log(`目标（${results.cases} 件）：`);
  console.table(rows);
}

export async function runScale(dbs: readonly string[] | undefined, runs: string | undefined): Promise<void> {
  const script = fileURLToPath(new URL('./searchAndReports.bench.ts', import.meta.url));
  const sizes = [100_000, 300_000];
  const results: Results[] = [];
  for (const [i, cases] of sizes.entries()) {
    const out = path.join(os.tmpdir(), `mediation-bench-scale-${cases}.json`);
    const args = [
      script,
      ...(dbs?.[i] ? ['--db', dbs[i]!] : ['--cases', String(cases)]),
      ...(runs ? ['--runs', runs] : []),
      '--out',
      out,
    ];
    console.log(`—— ${cases} 件 ——`);
    const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`${cases} 件的测量失败（退出码 ${child.status}）`);
    results.push(JSON.parse(fs.readFileSync(out, 'utf8')) as Results);
  }
  const [small, large] = results as [Results, Results];
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b ? Math.round((b / a) * 100) / 100 : '—';
  const table: Record<string, Record<string, number | string>> = {};
  for (const name of Object.keys(large.metrics)) {
    const a = small.metrics[name];
    const b = large.metrics[name];
    table[name] = {
      [`p95 ${small.cases}`]: a?.p95_ms ?? '—',
      [`p95 ${large.cases}`]: b?.p95_ms ?? '—',
      增长: ratio(a?.p95_ms, b?.p95_ms),
      基准增长: ratio(a?.baseline_p95_ms, b?.baseline_p95_ms),
    };
  }
  if (small.host && large.host)
    table['host_rss_mb'] = {
      [`p95 ${small.cases}`]: small.host.rss_mb_after_session,
      [`p95 ${large.cases}`]: large.host.rss_mb_after_session,
      增长: ratio(small.host.rss_mb_after_session, large.host.rss_mb_after_session),
      基准增长: '—',
    };
  console.log(`从 ${small.cases} 件到 ${large.cases} 件的增长（p95 之比；平稳的操作约为 1.0）：`);
  console.table(table);
  fs.writeFileSync(
    fileURLToPath(new URL('./scale-results.json', import.meta.url)),
    `${JSON.stringify({ measured_at: new Date().toISOString(), results, growth: table }, null, 2)}\n`,
  );
}
