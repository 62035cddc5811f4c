import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, KIT_NOW, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

type Result = { caseId: string; ok: boolean; code?: string; caseNo?: string | null };

function runWorker(caseIds: readonly string[]): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./acceptWorker.ts', import.meta.url), {
      workerData: { file: kit.file, dataDir: kit.dataDir, caseIds, now: KIT_NOW, acceptedOn: '2026-03-02' },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('concurrent accepts from four connections: every case numbered once, 1..N with no gaps', async () => {
  const N = 24;
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push((await registerCase(kit, { title: `第${i + 1}件邻里纠纷` })).id);

  // Every worker tries every case, in its own order: each case is accepted exactly once, and the
  // losing attempts (stale version / already accepted) must not consume a number.
  const results = (await Promise.all([1, 2, 3, 4].map((seed) => runWorker(shuffled(ids, seed))))).flat();
  const won = results.filter((r) => r.ok);
  expect(won).toHaveLength(N);
  expect(new Set(won.map((r) => r.caseId)).size).toBe(N);
  expect(results.filter((r) => !r.ok).every((r) => r.code === 'CONFLICT' || r.code === 'INVALID_STATE')).toBe(
    true,
  );

  const rows = kit.opened.sqlite
    .prepare('SELECT case_no, case_seq FROM dispute_case WHERE case_seq IS NOT NULL ORDER BY case_seq')
    .all() as { case_no: string; case_seq: number }[];
  expect(rows.map((r) => r.case_seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
  expect(new Set(rows.map((r) => r.case_no)).size).toBe(N);
  expect(rows[0]!.case_no).toBe('（2026）栖尧人调字第1号');
  expect(kit.opened.sqlite.prepare('SELECT last_seq FROM case_number_counter').get()).toEqual({
    last_seq: N,
  });
  // Each winner reported the number it got, and they are the stored ones.
  expect(new Set(won.map((r) => r.caseNo))).toEqual(new Set(rows.map((r) => r.case_no)));
}, 60_000);

test('a refused acceptance does not consume a number; a new year starts again at 1', async () => {
  const first = await registerCase(kit);
  // A case cannot be registered without a named applicant; it can lose its parties before 受理.
  let empty = await registerCase(kit, { parties: [{ role: 'applicant', name: '张建国' }] });
  empty = await kit.s.parties.remove(
    { caseId: empty.id, expectedVersion: empty.version, partyId: empty.parties[0]!.id },
    ACTOR,
  );
  const second = await registerCase(kit);
  const accept = (c: { id: string; version: number }, acceptedOn = '2026-03-02') =>
    kit.s.triage.accept(
      {
        caseId: c.id,
        expectedVersion: c.version,
        acceptedOn,
        consentMode: 'all_parties_consented',
        consentNote: null,
      },
      ACTOR,
    );
  expect((await accept(first)).caseNo).toBe('（2026）栖尧人调字第1号');
  await expect(accept(empty)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  expect((await accept(second)).caseNo).toBe('（2026）栖尧人调字第2号');

  kit.clock.set('2027-01-05T02:00:00.000Z');
  const next = await registerCase(kit);
  expect((await accept(next, '2027-01-05')).caseNo).toBe('（2027）栖尧人调字第1号');
});
