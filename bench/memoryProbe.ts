/**
 * Where the host's memory goes (issue 18): runs the standard session (login, 工作台, list, search, a
 * case, a report, an export) through a core in this process on a kept bench folder and prints, after
 * each step, the resident set split into anonymous and file-backed memory, the V8 heap and the
 * buffers outside it, and SQLite's page cache size.
 *   node bench/memoryProbe.ts --db /tmp/mediation-bench-XXXX
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { createCore } from '../src/main/core/createCore.ts';
import { systemClock } from '../src/main/core/clock.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import type { MethodName, InputOf } from '../src/shared/api/contract.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, snapshot: { type: 'string' } } });
if (!values.db) throw new Error('--db <kept bench folder>');

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
function rollup(): Record<string, number> {
  const text = fs.readFileSync('/proc/self/smaps_rollup', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return {
    rss: Math.round(kb('Rss') / 1024),
    anon: Math.round(kb('Anonymous') / 1024),
    file: Math.round((kb('Rss') - kb('Anonymous')) / 1024),
  };
}
const rows: Record<string, Record<string, number>> = {};
function note(step: string) {
  const m = process.memoryUsage();
  rows[step] = {
    ...rollup(),
    heapUsed: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
  };
}

note('node started');
const core = await createCore({
  dataDir: values.db,
  version: 'probe',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false,
});
note('core opened');
let token = '';
async function call<M extends MethodName>(method: M, input: InputOf<M>) {
  const result = await core.call(method, input, { transport: 'test', sessionToken: token });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}
const login = await call('auth.login', { username: 'admin', password: 'Admin12345' });
token = login['sessionToken'] as string;
note('login');
await call('dashboard.get', { withinDays: 7 });
note('工作台');
const list = await call('case.list', { page: 1, pageSize: 20 });
note('list');
await call('search.cases', { q: '漏水' });
note('search');
await call('case.get', { id: (list['rows'] as { id: string }[])[0]!.id });
note('case');
await call('stats.report', { period: 'month', year: 2026, month: 10 });
note('report');
await call('view.exportCaseList', {
  filters: { disputeType: 'neighbourhood', registeredFrom: '2026-11-01' },
});
note('export');
(globalThis as { gc?: () => void }).gc?.();
note('after gc');
console.table(rows);
if (values.snapshot) console.log(`heap snapshot: ${v8.writeHeapSnapshot(values.snapshot)}`);
await core.close();
