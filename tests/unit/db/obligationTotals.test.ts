import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { migrations } from '../../../migrations/index.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { closeDatabase, openDatabase, type OpenedDatabase } from '../../../src/main/db/connection.ts';
import { migrateDatabase } from '../../../src/main/db/migrate.ts';
import { insertOrganisation } from '../../../src/main/db/queries/organisations.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

/**
 * Migration 0009: each agreement carries its obligations' total amount and the day the last one was
 * performed (NULL while any is not), kept by triggers; the monthly report reads these instead of the
 * obligations. Checked here on a real file, through every way an obligation changes.
 */
const NOW = '2026-03-02T02:00:00.000Z';
let dir: string;
let opened: OpenedDatabase;
const migrate = (count: number) =>
  migrateDatabase(opened, {
    migrations: migrations.slice(0, count),
    backupDir: path.join(dir, 'backups'),
    clock: fixedClock(NOW),
    logger: silentLogger,
  });

beforeEach(async () => {
  dir = makeTempDir('mediation-obligation-totals-');
  opened = openDatabase(path.join(dir, 'test.db'));
  await migrate(8);
  await insertOrganisation(opened.db, {
    uuid: 'org-1',
    name: '南京市栖霞区尧化街道人民调解委员会',
    kind: 'committee',
    level: 'town',
    regionCode: '320113',
    abbreviation: '栖尧',
    sealName: '南京市栖霞区尧化街道人民调解委员会',
    isHome: true,
    now: NOW,
  });
});
afterEach(async () => {
  await closeDatabase(opened);
  removeTempDir(dir);
});

let seq = 0;
function agreementWithParty(): { agreementId: number; partyId: number } {
  seq += 1;
  const run = (text: string, ...values: unknown[]) =>
    Number(opened.sqlite.prepare(text).run(...values).lastInsertRowid);
  const caseId = run(
    `INSERT INTO dispute_case (uuid, organisation_id, title, summary, status, registered_at, updated_at)
     VALUES (?, 1, '邻里纠纷', '漏水', 'agreed', ?, ?)`,
    `case-${seq}`,
    NOW,
    NOW,
  );
  const partyId = run(
    `INSERT INTO party (uuid, case_id, role, kind, name, created_at, updated_at)
     VALUES (?, ?, 'applicant', 'natural', '张三', ?, ?)`,
    `party-${seq}`,
    caseId,
    NOW,
    NOW,
  );
  const agreementId = run(
    `INSERT INTO agreement (uuid, case_id, form, concluded_on, created_at, updated_at)
     VALUES (?, ?, 'written', '2026-03-01', ?, ?)`,
    `agreement-${seq}`,
    caseId,
    NOW,
    NOW,
  );
  return { agreementId, partyId };
}

function addObligation(
  agreementId: number,
  partyId: number,
  amountFen: number | null,
  status = 'pending',
  performedOn: string | null = null,
): number {
  seq += 1;
  return Number(
    opened.sqlite
      .prepare(
        `INSERT INTO obligation (uuid, agreement_id, seq, obligor_party_id, content, amount_fen, performance_status, performed_on, updated_at)
         VALUES (?, ?, ?, ?, '支付赔偿款', ?, ?, ?, ?)`,
      )
      .run(`obligation-${seq}`, agreementId, seq, partyId, amountFen, status, performedOn, NOW)
      .lastInsertRowid,
  );
}

const totals = (agreementId: number) =>
  opened.sqlite
    .prepare(
      'SELECT obligations_amount_fen AS amount, obligations_performed_on AS performedOn FROM agreement WHERE id = ?',
    )
    .get(agreementId);

test('the migration fills the totals of agreements that already exist', async () => {
  const { agreementId, partyId } = agreementWithParty();
  addObligation(agreementId, partyId, 100_000, 'performed', '2026-03-05');
  addObligation(agreementId, partyId, 250_000, 'performed', '2026-03-09');
  const empty = agreementWithParty();
  await migrate(9);
  expect(totals(agreementId)).toEqual({ amount: 350_000, performedOn: '2026-03-09' });
  expect(totals(empty.agreementId)).toEqual({ amount: 0, performedOn: null });
});

test('every change to an obligation keeps its agreement’s totals right', async () => {
  await migrate(9);
  const { agreementId, partyId } = agreementWithParty();
  const first = addObligation(agreementId, partyId, 100_000);
  const second = addObligation(agreementId, partyId, null, 'performed', '2026-03-05'); // not money
  expect(totals(agreementId)).toEqual({ amount: 100_000, performedOn: null });

  const perform = opened.sqlite.prepare(
    `UPDATE obligation SET performance_status = ?, performed_on = ? WHERE id = ?`,
  );
  perform.run('partially_performed', '2026-03-07', first);
  expect(totals(agreementId)).toEqual({ amount: 100_000, performedOn: null });
  perform.run('performed', '2026-03-08', first);
  expect(totals(agreementId)).toEqual({ amount: 100_000, performedOn: '2026-03-08' });
  perform.run('performed', null, first); // performed, day not recorded: never counts by a given day
  expect(totals(agreementId)).toEqual({ amount: 100_000, performedOn: '9999' });

  opened.sqlite.prepare('UPDATE obligation SET amount_fen = ? WHERE id = ?').run(120_000, first);
  expect(totals(agreementId)).toEqual({ amount: 120_000, performedOn: '9999' });

  const other = agreementWithParty();
  opened.sqlite.prepare('UPDATE obligation SET agreement_id = ? WHERE id = ?').run(other.agreementId, first);
  expect(totals(agreementId)).toEqual({ amount: 0, performedOn: '2026-03-05' });
  expect(totals(other.agreementId)).toEqual({ amount: 120_000, performedOn: '9999' });

  opened.sqlite.prepare('DELETE FROM obligation WHERE id = ?').run(second);
  expect(totals(agreementId)).toEqual({ amount: 0, performedOn: null });
});
