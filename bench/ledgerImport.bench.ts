/**
 * 台账导入 benchmark (issue 14 item 4):
 *   npm run bench:ledger                 (10,000 rows; also npm run bench -- --only ledger)
 *   npm run bench:ledger -- --rows 2000 --chunk 500
 *
 * Builds a realistic ledger (.xlsx, two-row merged header, title row; tests/fixtures/ledger), then
 * drives the real core as the import page does: ledger.parse, ledger.dryRun, and ledger.import in
 * chunks of --chunk rows (one transaction each), then the search index catching up. The baseline is
 * the bare inserts of the same rows (case, parties, contacts, agreement, obligation, timeline entry,
 * import row) through prepared statements in transactions of the same size, on a fresh file of the
 * same schema. Wall time and CPU time (the machine may be shared) are both reported. Peak memory is the process's maximum resident set size. Writes bench/ledger-results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../src/main/core/createCore.ts';
import { systemClock } from '../src/main/core/clock.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import { openDatabase, closeDatabase } from '../src/main/db/connection.ts';
import type { MethodName, InputOf, ResultOf } from '../src/shared/api/contract.ts';
import { mapDisputeType } from '../src/main/services/ledgerImport/valueMapping.ts';
import { ledgerRows, ledgerXlsx } from '../tests/fixtures/ledger/buildLedger.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    chunk: { type: 'string', default: '500' },
    // Accepted when run as `npm run bench -- --only ledger`.
    only: { type: 'string' },
    cases: { type: 'string' },
    runs: { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const ROWS = Number(values.rows);
const CHUNK = Number(values.chunk);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (ms: number) => Math.round(ms / 10) / 100;

const ORG = {
  name: '南京市栖霞区尧化街道人民调解委员会',
  kind: 'committee',
  level: 'town',
  regionCode: '320113',
  abbreviation: '栖尧',
  sealName: '南京市栖霞区尧化街道人民调解委员会',
  admin: { username: 'admin', displayName: '王管理', password: 'Admin12345' },
} as const;

async function freshCore(): Promise<{ core: Core; dataDir: string; token: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-ledger-bench-'));
  const core = await createCore({ dataDir, version: 'bench', clock: systemClock, logger: silentLogger });
  const setup = await core.call('org.setup', ORG, { transport: 'test' });
  if (!setup.ok) throw new Error(setup.error.message);
  return { core, dataDir, token: (setup.value as { sessionToken: string }).sessionToken };
}

const rows = ledgerRows({ rows: ROWS, mediator: '刘明', months: 10 });
const xlsx = await ledgerXlsx(rows);
console.log(`台账 ${ROWS} 行，.xlsx ${mb(xlsx.length)} MB（${xlsx.length} 字节），每段 ${CHUNK} 行`);
const rssBefore = maxRssMb();

// ---- through the program ----
const a = await freshCore();
async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await a.core.call(method, input, { transport: 'test', sessionToken: a.token });
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ResultOf<M>;
}
await call('mediator.create', { name: '刘明', employment: 'full_time' });
let t = performance.now();
const preview = await call('ledger.parse', { fileName: '台账.xlsx', base64: xlsx.toString('base64') });
const parseMs = performance.now() - t;
const columns = preview.columns.map((c) => c.field);
t = performance.now();
const dry = await call('ledger.dryRun', { fileId: preview.fileId, columns });
const dryRunMs = performance.now() - t;
t = performance.now();
const cpuStart = process.cpuUsage();
let from = 0;
let imported = 0;
let slowestChunkMs = 0;
for (;;) {
  const c0 = performance.now();
  const chunk = await call('ledger.import', {
    fileId: preview.fileId,
    columns,
    fromIndex: from,
    count: CHUNK,
  });
  slowestChunkMs = Math.max(slowestChunkMs, performance.now() - c0);
  imported += chunk.imported;
  if (chunk.done) break;
  from = chunk.nextIndex;
}
const importMs = performance.now() - t;
const importCpu = process.cpuUsage(cpuStart);
t = performance.now();
await call('search.cases', { q: '漏水' });
const indexMs = performance.now() - t;
const heapAfter = mb(process.memoryUsage().heapUsed);
const rssPeakProgram = maxRssMb();
await a.core.close();
if (imported !== ROWS || dry.badRows !== 0)
  throw new Error(`imported ${imported} of ${ROWS}, ${dry.badRows} bad`);

// ---- baseline: bare inserts of the same rows ----
const b = await freshCore();
await b.core.close();
const opened = openDatabase(path.join(b.dataDir, 'mediation-desk.db'));
const db = opened.sqlite;
const orgId = (db.prepare('SELECT id FROM organisation WHERE is_home = 1').get() as { id: number }).id;
const now = new Date().toISOString();
const ins = {
  kase: db.prepare(`INSERT INTO dispute_case (uuid, organisation_id, title, summary, status, registered_at, updated_at,
    case_no, case_year, case_seq, dispute_type, applied_on, accepted_on, consent_mode, time_limit_days, closed_on, persons_involved)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2026, ?, ?, ?, ?, 'all_parties_consented', 30, ?, 2) RETURNING id`),
  party:
    db.prepare(`INSERT INTO party (uuid, case_id, role, kind, name, id_type, id_number, sort_order, created_at, updated_at)
    VALUES (?, ?, ?, 'natural', ?, ?, ?, ?, ?, ?) RETURNING id`),
  contact: db.prepare(`INSERT INTO party_contact (party_id, kind, value) VALUES (?, 'mobile', ?)`),
  agreement:
    db.prepare(`INSERT INTO agreement (uuid, case_id, form, concluded_on, effective_on, created_at, updated_at)
    VALUES (?, ?, 'written', ?, ?, ?, ?) RETURNING id`),
  obligation:
    db.prepare(`INSERT INTO obligation (uuid, agreement_id, seq, obligor_party_id, obligee_party_id, content, amount_fen, updated_at)
    VALUES (?, ?, 1, ?, ?, '支付款项', ?, ?)`),
  event: db.prepare(
    `INSERT INTO case_event (case_id, occurred_at, actor, action, to_status, summary) VALUES (?, ?, '王管理', 'import', ?, ?)`,
  ),
  source:
    db.prepare(`INSERT INTO ledger_import_row (row_key, case_id, file_name, file_sha256, row_no, imported_at, imported_by)
    VALUES (?, ?, '台账.xlsx', '', ?, ?, '王管理')`),
};
const success = new Set(['调解成功', '达成协议', '成功', '调处成功']);
t = performance.now();
const baselineCpuStart = process.cpuUsage();
for (let start = 0; start < rows.length; start += CHUNK) {
  db.transaction(() => {
    rows.slice(start, start + CHUNK).forEach((r, k) => {
      const i = start + k;
      const status = r.outcome === '' ? 'in_mediation' : 'closed';
      const { id: caseId } = ins.kase.get(
        randomUUID(),
        orgId,
        `${r.applicant}与${r.respondent}纠纷`,
        r.summary,
        status,
        `${r.registeredOn}T01:00:00.000Z`,
        now,
        r.caseNo,
        i + 1,
        mapDisputeType(r.type) ?? 'other',
        r.registeredOn,
        r.acceptedOn,
        r.closedOn || null,
      ) as { id: number };
      const { id: applicant } = ins.party.get(
        randomUUID(),
        caseId,
        'applicant',
        r.applicant,
        'resident_id',
        r.applicantId,
        0,
        now,
        now,
      ) as { id: number };
      ins.contact.run(applicant, r.applicantPhone);
      const { id: respondent } = ins.party.get(
        randomUUID(),
        caseId,
        'respondent',
        r.respondent,
        null,
        null,
        1,
        now,
        now,
      ) as { id: number };
      if (r.respondentPhone) ins.contact.run(respondent, r.respondentPhone);
      if (success.has(r.outcome)) {
        const { id: agreementId } = ins.agreement.get(
          randomUUID(),
          caseId,
          r.closedOn,
          r.closedOn,
          now,
          now,
        ) as { id: number };
        if (r.amount !== '')
          ins.obligation.run(randomUUID(), agreementId, respondent, applicant, r.amount * 100, now);
      }
      ins.event.run(caseId, now, status, `导入第 ${i + 4} 行`);
      ins.source.run(`no:${r.caseNo}`, caseId, i + 4, now);
    });
  })();
}
const baselineMs = performance.now() - t;
const baselineCpu = process.cpuUsage(baselineCpuStart);
await closeDatabase(opened);

const result = {
  rows: ROWS,
  chunk_rows: CHUNK,
  xlsx_bytes: xlsx.length,
  parse_s: seconds(parseMs),
  dry_run_s: seconds(dryRunMs),
  import_s: seconds(importMs),
  import_cpu_s: seconds((importCpu.user + importCpu.system) / 1000),
  slowest_chunk_s: seconds(slowestChunkMs),
  total_parse_dry_run_import_s: seconds(parseMs + dryRunMs + importMs),
  search_index_catch_up_s: seconds(indexMs),
  baseline_bare_inserts_s: seconds(baselineMs),
  baseline_cpu_s: seconds((baselineCpu.user + baselineCpu.system) / 1000),
  load_average_1min: Math.round(os.loadavg()[0]! * 10) / 10,
  peak_rss_mb: rssPeakProgram,
  rss_before_mb: rssBefore,
  heap_after_import_mb: heapAfter,
  target_s: 30,
  node: process.version,
  cpus: os.cpus().length,
  measured_at: new Date().toISOString(),
};
console.table(result);
fs.writeFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'ledger-results.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
for (const dir of [a.dataDir, b.dataDir]) fs.rmSync(dir, { recursive: true, force: true });
