/**
 * The mediator's desk at realistic size (issue 19):
 *   npm run bench:laws                       # 100,000 cases
 *   npm run bench:laws -- --cases 20000 --runs 100
 *   npm run bench:laws -- --data-dir <dir>   # reuse a seeded folder kept by an earlier run (--keep)
 *
 * Drives the real core (`core.call`) as the renderer does and prints p50/p95 next to a baseline
 * measured in the same run on the same data: the bare FTS5 query over the statute index for article
 * search, and the bare FTS5 query over the case index for 类案参考 and 相关法条. Target: p95 ≤ 50 ms.
 * Also times the one-off loading of the shipped statutes on first use. Writes bench/laws-results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../src/main/core/createCore.ts';
import { systemClock } from '../src/main/core/clock.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import { openDatabase, closeDatabase } from '../src/main/db/connection.ts';
import type { InputOf, MethodName, ResultOf } from '../src/shared/api/contract.ts';
import { seedDatabase } from './seed/seedDatabase.ts';
import { measure, type Timing } from './measure.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
const TARGET_P95_MS = 50;
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin12345' };

const reuse =
  values['data-dir'] !== undefined && fs.existsSync(path.join(values['data-dir'], 'mediation-desk.db'));
const dataDir = values['data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-bench-laws-'));
const file = path.join(dataDir, 'mediation-desk.db');
const open = () =>
  createCore({ dataDir, version: 'bench', clock: systemClock, logger: silentLogger, autoBackup: false });

let core: Core = await open();
async function call<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  token?: string,
): Promise<ResultOf<M>> {
  const result = await core.call(method, input, { transport: 'test', sessionToken: token });
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ResultOf<M>;
}

if (!reuse) {
  await call('org.setup', {
    name: '南京市栖霞区矛盾纠纷调解中心',
    kind: 'centre',
    level: 'district',
    regionCode: '320113',
    abbreviation: '栖调',
    sealName: '南京市栖霞区人民调解委员会',
    admin: ADMIN,
  });
  await core.close();
  console.log(`数据目录 ${dataDir}，生成 ${CASES} 件案件 …`);
  const seeding = openDatabase(file);
  const seeded = seedDatabase(seeding.sqlite, { count: CASES, lastDay: '2026-11-20' });
  await closeDatabase(seeding);
  console.log(`生成用时 ${seeded.seconds.toFixed(1)} 秒`);
  core = await open();
} else {
  console.log(`沿用数据目录 ${dataDir}`);
}
const login = await call('auth.login', { username: ADMIN.username, password: ADMIN.password });
const token = login.sessionToken!;

// First use loads the shipped statutes (once per installation, and when a release ships a changed file).
const loadStart = performance.now();
const laws = await call('law.list', {}, token);
const firstLoadMs = Math.round(performance.now() - loadStart);
console.log(
  `法条库首次载入：${laws.length} 部法律法规，${laws.reduce((n, l) => n + l.articleCount, 0)} 条，用时 ${firstLoadMs} ms`,
);

const raw = openDatabase(file);
const sqlite = raw.sqlite;
const count = (sqlite.prepare('SELECT count(*) AS n FROM dispute_case').get() as { n: number }).n;

const LAW_QUERIES = [
  '相邻关系',
  '排水',
  '噪',
  '民法典 288条',
  '劳动报酬 拖欠',
  '物业服务费',
  '交通事故 赔偿',
  '宅基地',
];
const bareLaw = sqlite.prepare(
  'SELECT rowid FROM law_search_tri WHERE law_search_tri MATCH ? ORDER BY bm25(law_search_tri, 5.0, 1.0) LIMIT 20',
);
const lawSearch = await measure(RUNS, (i) =>
  call('law.search', { q: LAW_QUERIES[i % LAW_QUERIES.length]!, page: 1, pageSize: 20 }, token),
);
const lawBaseline = await measure(RUNS, (i) =>
  bareLaw.all(`"${['相邻关系', '排水权', '劳动报酬', '物业服务'][i % 4]}"`),
);

// Cases being handled, of every type: what a mediator has open when looking for precedents.
const open_ = sqlite
  .prepare(
    `SELECT uuid, title FROM dispute_case WHERE status IN ('accepted', 'in_mediation') ORDER BY id DESC LIMIT 500`,
  )
  .all() as { uuid: string; title: string }[];
if (open_.length === 0) throw new Error('no open cases in the seeded data');
const bareCase = sqlite.prepare(
  'SELECT rowid FROM case_search_tri WHERE case_search_tri MATCH ? ORDER BY rank LIMIT 20',
);
const caseBaseline = await measure(RUNS, (i) =>
  bareCase.all(`"${[...open_[i % open_.length]!.title].slice(0, 3).join('')}"`),
);
const similar = await measure(RUNS, (i) =>
  call('law.similarCases', { caseId: open_[i % open_.length]!.uuid, limit: 20 }, token),
);
const forCase = await measure(RUNS, (i) =>
  call('law.forCase', { caseId: open_[i % open_.length]!.uuid }, token),
);
await closeDatabase(raw);
await core.close();

const rows: [string, Timing, Timing][] = [
  ['法条检索 law.search', lawSearch, lawBaseline],
  ['类案参考 law.similarCases', similar, caseBaseline],
  ['相关法条 law.forCase', forCase, caseBaseline],
];
console.log(`\n${count} 件案件，每项 ${RUNS} 次（p50 / p95 ms；基线为同一数据上的裸 FTS5 查询）`);
for (const [name, t, b] of rows) {
  const verdict = t.p95_ms <= TARGET_P95_MS ? '达标' : '未达标';
  console.log(
    `${name.padEnd(28)} ${t.p50_ms} / ${t.p95_ms}   基线 ${b.p50_ms} / ${b.p95_ms}   目标 p95 ≤ ${TARGET_P95_MS}：${verdict}`,
  );
}
const here = path.dirname(fileURLToPath(import.meta.url));
fs.writeFileSync(
  path.join(here, 'laws-results.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      cases: count,
      runs: RUNS,
      firstLoadMs,
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
      metrics: Object.fromEntries(
        rows.map(([name, t, b]) => [name, { ...t, baseline_p50_ms: b.p50_ms, baseline_p95_ms: b.p95_ms }]),
      ),
    },
    null,
    2,
  )}\n`,
);
if (!values.keep && !reuse) fs.rmSync(dataDir, { recursive: true, force: true });
else console.log(`保留数据目录：${dataDir}`);
