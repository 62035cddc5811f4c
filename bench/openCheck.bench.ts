/**
 * How long the integrity check at open (PRAGMA quick_check, db/integrity.ts) takes on a seeded file:
 *   node bench/openCheck.bench.ts --cases 20000
 * Prints the file size, quick_check time (median of 3, fresh connection each) and a full core open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { systemClock } from '../src/main/core/clock.ts';
import { createCore } from '../src/main/core/createCore.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import { openDatabase, closeDatabase } from '../src/main/db/connection.ts';
import { seedDatabase } from './seed/seedDatabase.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '20000' } } });
const CASES = Number(values.cases);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-opencheck-'));
const file = path.join(dataDir, 'mediation-desk.db');
let core = await createCore({
  dataDir,
  version: 'bench',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false,
});
const setup = await core.call(
  'org.setup',
  {
    name: '南京市栖霞区矛盾纠纷调解中心',
    kind: 'centre',
    level: 'district',
    regionCode: '320113',
    abbreviation: '栖调',
    sealName: '南京市栖霞区人民调解委员会',
    admin: { username: 'admin', displayName: '王管理', password: 'Admin12345' },
  },
  { transport: 'test' },
);
if (!setup.ok) throw new Error(setup.error.message);
await core.close();
const seeding = openDatabase(file);
seedDatabase(seeding.sqlite, { count: CASES, lastDay: '2026-11-20' });
await closeDatabase(seeding);

const times: number[] = [];
for (let i = 0; i < 3; i += 1) {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  const started = performance.now();
  const result = sqlite.pragma('quick_check', { simple: true });
  times.push(performance.now() - started);
  sqlite.close();
  if (result !== 'ok') throw new Error(String(result));
}
times.sort((a, b) => a - b);
const started = performance.now();
core = await createCore({
  dataDir,
  version: 'bench',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false,
});
const openMs = performance.now() - started;
await core.close();
const mb = fs.statSync(file).size / 1024 / 1024;
console.log(
  JSON.stringify({
    cases: CASES,
    fileMB: Number(mb.toFixed(1)),
    quickCheckMs: times.map((t) => Math.round(t)),
    coreOpenMs: Math.round(openMs),
  }),
);
fs.rmSync(dataDir, { recursive: true, force: true });
