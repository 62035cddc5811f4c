/**
 * What a clerk waits for beyond search and lists (issue 18): the 工作台, a deadline list page, the year
 * report, the .xlsx export of a 1,000-row list and the daily backup, each through the real core next
 * to the bare SQL that answers the same question on the same data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { MethodName, InputOf, ResultOf } from '../src/shared/api/contract.ts';
import { measure, type Timing } from './measure.ts';

type Call = <M extends MethodName>(method: M, input: InputOf<M>, token?: string) => Promise<ResultOf<M>>;
export type Metric = Timing & { baseline_p50_ms?: number; baseline_p95_ms?: number; note?: string };

const withBaseline = (t: Timing, b: Timing, note?: string): Metric => ({
  ...t,
  baseline_p50_ms: b.p50_ms,
  baseline_p95_ms: b.p95_ms,
  ...(note && { note }),
});

/** Today in Asia/Shanghai, as the services count it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function measureUserWaits(options: {
  readonly call: Call;
  readonly token: string;
  readonly raw: SqliteDatabase;
  readonly runs: number;
  readonly dataDir: string;
}): Promise<Record<string, Metric>> {
  const { call, token, raw, runs } = options;
  const metrics: Record<string, Metric> = {};
  const day = today();
  const yesterday = addDays(day, -1);

  // The bare questions behind the 工作台: how many are overdue, and the first ten of each kind.
  const rawCounts = [
    raw.prepare(
      `SELECT count(*) FROM dispute_case WHERE +status IN ('accepted', 'in_mediation') AND due_date IS NOT NULL AND due_date <= ?`,
    ),
    raw.prepare(
      `SELECT count(*) FROM obligation WHERE due_date IS NOT NULL AND performance_status <> 'performed' AND case_archived = 0 AND due_date <= ?`,
    ),
    raw.prepare(
      `SELECT count(*) FROM follow_up WHERE status = 'planned' AND case_archived = 0 AND due_on <= ?`,
    ),
  ].map((s) => s.pluck());
  const rawPages = [
    raw.prepare(
      `SELECT id, uuid, title, due_date FROM dispute_case WHERE +status IN ('accepted', 'in_mediation') AND due_date IS NOT NULL AND due_date <= ? ORDER BY due_date, id LIMIT ? OFFSET ?`,
    ),
    raw.prepare(
      `SELECT id, uuid, content, due_date FROM obligation WHERE due_date IS NOT NULL AND performance_status <> 'performed' AND case_archived = 0 AND due_date <= ? ORDER BY due_date, id LIMIT ? OFFSET ?`,
    ),
    raw.prepare(
      `SELECT id, uuid, reason, due_on FROM follow_up WHERE status = 'planned' AND case_archived = 0 AND due_on <= ? ORDER BY due_on, id LIMIT ? OFFSET ?`,
    ),
  ];
  const backlog = rawCounts.map((s) => s.get(yesterday) as number);

  metrics['dashboard_get'] = withBaseline(
    await measure(runs, () => call('dashboard.get', { withinDays: 7 }, token)),
    await measure(runs, () => {
      for (const [from, to] of [
        [undefined, yesterday],
        [day, addDays(day, 7)],
      ] as const) {
        for (const s of rawCounts) s.get(to);
        for (const s of rawPages) s.all(to, 10, 0);
        void from;
      }
    }),
    `已超期 ${backlog.join(' + ')} 项（期限/履行/回访）`,
  );
  metrics['deadline_list_page'] = withBaseline(
    await measure(runs, (i) =>
      call('deadline.list', { section: 'overdue', withinDays: 7, page: 1 + (i % 10), pageSize: 20 }, token),
    ),
    await measure(runs, (i) => {
      for (const s of rawCounts) s.get(yesterday);
      for (const s of rawPages) s.all(yesterday, 20, (i % 10) * 20);
    }),
    '已超期第 1–10 页，每页 20 项',
  );

  const rawYear =
    raw.prepare(`SELECT dispute_type, count(*) AS n, sum(agreement.id IS NOT NULL) AS ok FROM dispute_case
    LEFT JOIN agreement ON agreement.case_id = dispute_case.id WHERE accepted_on >= ? AND accepted_on <= ? GROUP BY dispute_type`);
  const years = [2025, 2024, 2023, 2022];
  metrics['year_report'] = withBaseline(
    await measure(
      Math.min(runs, 20),
      (i) => call('stats.report', { period: 'year', year: years[i % years.length]! }, token),
      2,
    ),
    await measure(
      Math.min(runs, 20),
      (i) => rawYear.all(`${years[i % years.length]}-01-01`, `${years[i % years.length]}-12-31`),
      2,
    ),
  );

  // A list of about 1,000 cases: the neighbour disputes registered in the most recent days that hold 1,000.
  // (A small trial file has fewer: then all of them.)
  const from =
    (raw
      .prepare(
        `SELECT substr(registered_at, 1, 10) FROM dispute_case WHERE dispute_type = 'neighbourhood' ORDER BY registered_at DESC LIMIT 1 OFFSET 999`,
      )
      .pluck()
      .get() as string | undefined) ?? '2000-01-01';
  const rawList = raw.prepare(
    `SELECT * FROM dispute_case WHERE dispute_type = 'neighbourhood' AND registered_at >= ? ORDER BY registered_at DESC, id DESC LIMIT 5000`,
  );
  const listed = rawList.all(from).length;
  metrics['xlsx_export_list'] = withBaseline(
    await measure(
      Math.min(runs, 10),
      () =>
        call(
          'view.exportCaseList',
          { filters: { disputeType: 'neighbourhood', registeredFrom: from } },
          token,
        ),
      1,
    ),
    await measure(Math.min(runs, 10), () => rawList.all(from), 1),
    `${listed} 行`,
  );

  // The daily backup, once: VACUUM INTO, hashes, verification.
  const started = performance.now();
  const backup = await call('backup.run', {}, token);
  const backupMs = performance.now() - started;
  const copy = path.join(options.dataDir, 'bench-vacuum-baseline.db');
  const rawStarted = performance.now();
  raw.prepare('VACUUM INTO ?').run(copy);
  const rawBackupMs = performance.now() - rawStarted;
  fs.rmSync(copy, { force: true });
  fs.rmSync(backup.folder, { recursive: true, force: true });
  const round = (ms: number) => Math.round(ms);
  metrics['daily_backup'] = {
    p50_ms: round(backupMs),
    p95_ms: round(backupMs),
    baseline_p50_ms: round(rawBackupMs),
    baseline_p95_ms: round(rawBackupMs),
    note: `一次；备份 ${Math.round(backup.databaseBytes / 1024 / 1024)} MB，对照：只做 VACUUM INTO`,
  };
  return metrics;
}
