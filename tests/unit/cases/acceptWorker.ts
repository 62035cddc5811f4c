/**
 * Runs in a worker thread with its own SQLite connection to the same file: accepts the given cases one
 * by one, as a second program (or a second window's host) would. Reports which succeeded and which
 * were refused, without ever throwing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { openDatabase, closeDatabase } from '../../../src/main/db/connection.ts';
import { createTransactionRunner } from '../../../src/main/db/transactions.ts';
import { createSearchIndexer } from '../../../src/main/db/queries/searchIndex.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createTriageService } from '../../../src/main/services/triageService.ts';
import { AppError } from '../../../src/shared/errors.ts';

interface Job {
  readonly file: string;
  readonly dataDir: string;
  readonly caseIds: readonly string[];
  readonly now: string;
  readonly acceptedOn: string;
}

const job = workerData as Job;
const opened = openDatabase(job.file);
const triage = createTriageService({
  db: opened.db,
  clock: fixedClock(job.now),
  newId: randomUUID,
  inTransaction: createTransactionRunner(opened.sqlite, opened.db),
  dataDir: job.dataDir,
  refreshSearchIndex: createSearchIndexer(opened.sqlite),
});

const results: { caseId: string; ok: boolean; code?: string; caseNo?: string | null }[] = [];
for (const caseId of job.caseIds) {
  try {
    const accepted = await triage.accept(
      {
        caseId,
        expectedVersion: 1,
        acceptedOn: job.acceptedOn,
        consentMode: 'all_parties_consented',
        consentNote: null,
      },
      'worker',
    );
    results.push({ caseId, ok: true, caseNo: accepted.caseNo });
  } catch (error) {
    results.push({ caseId, ok: false, code: error instanceof AppError ? error.code : String(error) });
  }
}
await closeDatabase(opened);
parentPort!.postMessage(results);
