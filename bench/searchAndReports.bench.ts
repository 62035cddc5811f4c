/**
 * Search, list, detail, intake, report and document benchmark at realistic size (issue 6):
 *   npm run bench -- --cases 100000
 *
 * Seeds N cases through SQL into a fresh data directory, then drives the real core (router, session,
 * services) through `core.call`, as the renderer does, and measures p50/p95 of each operation next to
 * a baseline measured in the same run on the same data: the bare SQL / FTS5 query for the same
 * question, and docxtemplater + pizzip for the agreement DOCX. Writes bench/results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore } from '../src/main/core/createCore.ts';
import { systemClock } from '../src/main/core/clock.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import { openDatabase, closeDatabase } from '../src/main/db/connection.ts';
import type { MethodName, InputOf, ResultOf } from '../src/shared/api/contract.ts';
import { seedDatabase } from './seed/seedDatabase.ts';
import { measure, type Timing } from './measure.ts';
import { agreementRenderers } from './docxBaseline.ts';
import { measureUserWaits } from './userWaits.ts';
import { measureHost } from './hostSession.ts';
import { printTargets, runScale } from './scale.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    /** Reuse a data folder kept by an earlier `--keep` run instead of generating (its size wins over --cases). */
    db: { type: 'string' },
    /** Generate (with --keep) and stop: for making a large database once. */
    'seed-only': { type: 'boolean', default: false },
    /** Skip the real host process (memory, cold start). */
    'no-host': { type: 'boolean', default: false },
    out: { type: 'string' },
    /** Run at 100,000 and 300,000 cases and print the growth per operation (see bench/scale.ts). */
    scale: { type: 'boolean', default: false },
    'scale-dbs': { type: 'string' },
    // `npm run bench -- --only ledger [--rows N]`: just the 台账导入 benchmark (bench/ledgerImport.bench.ts).
    only: { type: 'string' },
    rows: { type: 'string' },
    chunk: { type: 'string' },
  },
});
if (values.only === 'ledger') {
  await import('./ledgerImport.bench.ts');
  process.exit(0);
}
if (values.scale) {
  await runScale(values['scale-dbs']?.split(','), values.runs);
  process.exit(0);
}
let CASES = Number(values.cases);
const RUNS = Number(values.runs);
const LAST_DAY = '2026-11-20';

const reuse = values.db !== undefined;
const dataDir = reuse ? path.resolve(values.db!) : fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-bench-'));
const file = path.join(dataDir, 'mediation-desk.db');
console.log(reuse ? `数据目录 ${dataDir}（沿用）` : `数据目录 ${dataDir}，生成 ${CASES} 件案件 …`);

let core = await createCore({
  dataDir,
  version: 'bench',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false, // the daily backup is measured on its own (userWaits.ts), not under the other timings
});
async function call<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  token?: string,
): Promise<ResultOf<M>> {
  const result = await core.call(method, input, { transport: 'test', sessionToken: token });
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ResultOf<M>;
}
const setup = reuse
  ? await call('auth.login', { username: 'admin', password: 'Admin12345' })
  : await call('org.setup', {
      name: '南京市栖霞区矛盾纠纷调解中心',
      kind: 'centre',
      level: 'district',
      regionCode: '320113',
      abbreviation: '栖调',
      sealName: '南京市栖霞区人民调解委员会',
      admin: { username: 'admin', displayName: '王管理', password: 'Admin12345' },
    });
const token = setup.sessionToken!;
await core.close();

const seeding = openDatabase(file);
if (!reuse) {
  const seeded = seedDatabase(seeding.sqlite, { count: CASES, lastDay: LAST_DAY });
  console.log(`生成用时 ${seeded.seconds.toFixed(1)} 秒`);
}
const raw = seeding.sqlite;
if (reuse) CASES = (raw.prepare('SELECT count(*) AS n FROM dispute_case').get() as { n: number }).n;
if (values['seed-only']) {
  await closeDatabase(seeding);
  process.exit(0);
}

core = await createCore({
  dataDir,
  version: 'bench',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false, // the daily backup is measured on its own (userWaits.ts), not under the other timings
});
const metrics: Record<
  string,
  Timing & { baseline_p50_ms?: number; baseline_p95_ms?: number; note?: string }
> = {};
const withBaseline = (t: Timing, b: Timing) => ({
  ...t,
  baseline_p50_ms: b.p50_ms,
  baseline_p95_ms: b.p95_ms,
});

// Search terms drawn from the data itself, as a clerk would type them.
const sample = raw.prepare(
  `SELECT p.name, c.summary FROM party p JOIN dispute_case c ON c.id = p.case_id WHERE p.id = ?`,
);
const maxParty = (raw.prepare('SELECT max(id) AS m FROM party').get() as { m: number }).m;
function termFor(i: number, kind: 'long' | 'short'): string {
  const row = sample.get(1 + ((i * 7919) % maxParty)) as { name: string; summary: string } | undefined;
  const name = row?.name ?? '张建国';
  const summary = row?.summary ?? '漏水';
  if (kind === 'long')
    return i % 2 === 0 && [...name].length >= 3 ? name : summary.slice(name.length + 2, name.length + 6);
  return i % 3 === 0 ? name.slice(0, 1) : i % 3 === 1 ? name.slice(0, 2) : summary.slice(-9, -7);
}
const longTerms = Array.from({ length: RUNS + 20 }, (_, i) => termFor(i, 'long'));
const shortTerms = Array.from({ length: RUNS + 20 }, (_, i) => termFor(i, 'short'));

const rawTri = raw.prepare(
  `SELECT rowid FROM case_search_tri WHERE case_search_tri MATCH ? ORDER BY rank LIMIT 20`,
);
const rawGram = raw.prepare(
  `SELECT rowid FROM case_search_gram WHERE case_search_gram MATCH ? ORDER BY rowid DESC LIMIT 20`,
);
const quote = (t: string) => `"${t.replaceAll('"', '""')}"`;
metrics['search_3plus_chars'] = withBaseline(
  await measure(RUNS, (i) => call('search.cases', { q: longTerms[i]! }, token)),
  await measure(RUNS, (i) => rawTri.all(quote(longTerms[i]!))),
);
metrics['search_1_2_chars'] = withBaseline(
  await measure(RUNS, (i) => call('search.cases', { q: shortTerms[i]! }, token)),
  await measure(RUNS, (i) => rawGram.all(quote(shortTerms[i]!))),
);
// For contrast, what trigram alone cannot do and a LIKE scan costs (few runs: it is slow).
const like = raw.prepare(
  `SELECT id FROM dispute_case WHERE summary LIKE ? OR title LIKE ? ORDER BY id DESC LIMIT 20`,
);
metrics['search_1_2_chars_like_scan'] = {
  ...(await measure(20, (i) => like.all(`%${shortTerms[i]}%`, `%${shortTerms[i]}%`), 2)),
  note: '对照：全表 LIKE 扫描（未使用）',
};

const TYPES = ['neighbourhood', 'marriage_family', 'labour', 'contract', 'property_management'] as const;
const listInput = (i: number) => ({
  page: 1 + (i % 5),
  pageSize: 20,
  disputeType: TYPES[i % TYPES.length],
  ...(i % 2 === 0 ? { statuses: ['closed' as const, 'archived' as const] } : {}),
  ...(i % 3 === 0 ? { registeredFrom: '2025-01-01', registeredTo: '2025-12-31' } : {}),
});
const rawList = raw.prepare(
  `SELECT id, uuid, title, status, registered_at, case_no FROM dispute_case WHERE dispute_type = ? ORDER BY registered_at DESC, id DESC LIMIT 20 OFFSET ?`,
);
const rawCount = raw.prepare(`SELECT count(*) AS n FROM dispute_case WHERE dispute_type = ?`);
metrics['case_list_filtered_page'] = withBaseline(
  await measure(RUNS, (i) => call('case.list', listInput(i), token)),
  await measure(RUNS, (i) => {
    rawList.all(TYPES[i % TYPES.length], (i % 5) * 20);
    return rawCount.get(TYPES[i % TYPES.length]);
  }),
);

const uuids = (
  raw.prepare(`SELECT uuid FROM dispute_case WHERE id % 97 = 0 LIMIT 300`).all() as { uuid: string }[]
).map((x) => x.uuid);
const rawDetail = raw.prepare(`SELECT * FROM dispute_case WHERE uuid = ?`);
const rawParties = raw.prepare(`SELECT * FROM party WHERE case_id = ?`);
metrics['case_detail'] = withBaseline(
  await measure(RUNS, (i) => call('case.get', { id: uuids[i % uuids.length]! }, token)),
  await measure(RUNS, (i) => rawParties.all((rawDetail.get(uuids[i % uuids.length]!) as { id: number }).id)),
);

const intake = (i: number) => ({
  title: `张${i}与李${i}邻里纠纷`,
  summary: '楼上卫生间漏水导致楼下天花板受损，双方就赔偿金额争执不下。',
  disputeType: 'neighbourhood' as const,
  source: 'party_application' as const,
  place: { street: '尧化街道', community: '尧化门社区' },
  parties: [
    { role: 'applicant' as const, name: `张建${i % 10}`, contacts: [{ value: '13812345678' }] },
    { role: 'respondent' as const, name: `李卫${i % 10}`, contacts: [{ value: '13987654321' }] },
  ],
});
const rawInsertCase = raw.prepare(
  `INSERT INTO dispute_case (uuid, organisation_id, title, summary, status, registered_at, updated_at) VALUES (?, 1, ?, ?, 'registered', ?, ?) RETURNING id`,
);
const rawInsertParty = raw.prepare(
  `INSERT INTO party (uuid, case_id, role, kind, name, created_at, updated_at) VALUES (?, ?, ?, 'natural', ?, ?, ?)`,
);
const rawIntake = raw.transaction((i: number) => {
  const now = new Date().toISOString();
  const { id } = rawInsertCase.get(
    crypto.randomUUID(),
    `张${i}与李${i}邻里纠纷`,
    '楼上卫生间漏水导致楼下天花板受损。',
    now,
    now,
  ) as { id: number };
  rawInsertParty.run(crypto.randomUUID(), id, 'applicant', `张建${i}`, now, now);
  rawInsertParty.run(crypto.randomUUID(), id, 'respondent', `李卫${i}`, now, now);
});
metrics['intake_commit'] = withBaseline(
  await measure(Math.min(RUNS, 100), (i) => call('case.create', intake(i), token), 5),
  await measure(Math.min(RUNS, 100), (i) => rawIntake(i), 5),
);

const rawMonthly =
  raw.prepare(`SELECT dispute_type, count(*) AS n, sum(agreement.id IS NOT NULL) AS ok FROM dispute_case LEFT JOIN agreement ON agreement.case_id = dispute_case.id
  WHERE accepted_on >= ? AND accepted_on <= ? GROUP BY dispute_type`);
const months = ['2026-10', '2026-09', '2026-08', '2026-07', '2025-12', '2025-06', '2024-03', '2023-11'];
const monthRange = (m: string) => ({
  from: `${m}-01`,
  to: `${m}-${new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate()}`,
});
metrics['monthly_report'] = withBaseline(
  await measure(
    Math.min(RUNS, 50),
    (i) => {
      const month = months[i % months.length]!;
      return call(
        'stats.report',
        { period: 'month', year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) },
        token,
      );
    },
    3,
  ),
  await measure(
    Math.min(RUNS, 50),
    (i) => {
      const { from, to } = monthRange(months[i % months.length]!);
      return rawMonthly.all(from, to);
    },
    3,
  ),
);

Object.assign(metrics, await measureUserWaits({ call, token, raw, runs: RUNS, dataDir }));

// One agreement DOCX of a seeded written agreement, through the document engine vs docxtemplater.
const agreed = raw
  .prepare(
    `SELECT c.uuid FROM dispute_case c JOIN agreement a ON a.case_id = c.id WHERE a.form = 'written' ORDER BY c.id DESC LIMIT 1`,
  )
  .get() as { uuid: string };
const { renderAgreement, renderBaseline } = await agreementRenderers(seeding.db, dataDir, agreed.uuid);
metrics['agreement_docx_render'] = withBaseline(
  await measure(Math.min(RUNS, 50), () => renderAgreement(), 5),
  await measure(Math.min(RUNS, 50), () => renderBaseline(), 5),
);

await core.close();
await closeDatabase(seeding);
const host = values['no-host'] ? null : await measureHost(dataDir);
const stat = fs.statSync(file);
const walBytes = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
const results = {
  cases: CASES,
  measured_at: new Date().toISOString(),
  node: process.version,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
  metrics,
  db_bytes_per_case: Math.round((stat.size + walBytes) / CASES),
  db_bytes: stat.size + walBytes,
  bench_rss_mb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  host,
};
fs.writeFileSync(
  values.out ?? fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.table(
  Object.fromEntries(
    Object.entries(metrics).map(([k, v]) => [
      k,
      { p50: v.p50_ms, p95: v.p95_ms, 基准p50: v.baseline_p50_ms, 基准p95: v.baseline_p95_ms },
    ]),
  ),
);
console.log(
  `每件案件 ${results.db_bytes_per_case} 字节（含索引），测试进程常驻内存 ${results.bench_rss_mb} MB`,
);
if (host)
  console.log(
    `主机进程：空闲 ${host.rss_mb_idle} MB，一轮标准操作后 ${host.rss_mb_after_session} MB；冷启动 ${host.cold_start_ms ?? '—'} ms（${host.cold_start_note}）`,
  );
printTargets(results);
if (!values.keep && !reuse) fs.rmSync(dataDir, { recursive: true, force: true });
