import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { callApi, dbFile, mustCall } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import {
  EXPORT_NOW,
  ID_MAN,
  PHONE,
  acceptTerminateClose,
  openExportCore,
  registerCase,
  setUp,
  type TestClock,
} from './exportKit.ts';
import { freePort, startPlatform, type Platform } from './platformServer.ts';

const SECRET = 'platform-shared-secret';
const MINUTE = 60_000;

describe('city-platform outbox', () => {
  let dataDir: string;
  let clock: TestClock;
  let core: Core;
  let token: string;
  let platform: Platform | null = null;

  beforeEach(async () => {
    dataDir = makeTempDir('mediation-export-');
    clock = fixedClock(EXPORT_NOW);
    core = await openExportCore(dataDir, clock);
    token = await setUp(core);
  });

  afterEach(async () => {
    await core.close();
    if (platform) await platform.close();
    platform = null;
    removeTempDir(dataDir);
  });

  async function configure(endpoint: string, extra: Record<string, unknown> = {}): Promise<void> {
    await mustCall(
      core,
      'export.updateSettings',
      {
        enabled: true,
        endpoint,
        authKind: 'hmac',
        secret: SECRET,
        triggers: ['accepted', 'outcome', 'closed'],
        timeoutMs: 300,
        maxAttempts: 20,
        baseDelayMs: 1000,
        maxDelayMs: 10 * MINUTE,
        ...extra,
      },
      token,
    );
  }

  /** Runs the sender until nothing is left to send, moving the clock past every back-off; bounded. */
  async function drain(expectedDelivered: number, maxRounds = 60): Promise<void> {
    for (let round = 0; round < maxRounds; round += 1) {
      const status = await mustCall(core, 'export.status', {}, token);
      if (status.counts.delivered === expectedDelivered) return;
      await core.runExportSender();
      clock.advance(15 * MINUTE);
    }
    throw new Error('the outbox did not drain within the round limit');
  }

  it('delivers every entry exactly once, in order per case, through down / 500 / timeout / 429 / malformed ack and a restart', async () => {
    const downPort = await freePort();
    await configure(`http://127.0.0.1:${downPort}/records`);
    const first = await registerCase(core, token);
    const second = await registerCase(core, token, '王某与赵某相邻关系纠纷');
    await acceptTerminateClose(core, token, first);
    await acceptTerminateClose(core, token, second);
    const entries = await mustCall(core, 'export.outbox', {}, token);
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((e) => e.trigger))).toEqual(new Set(['accepted', 'outcome', 'closed']));

    // Down: nothing listens; each case's first entry is tried, none is lost.
    const down = await core.runExportSender();
    expect(down).toMatchObject({ attempted: 2, delivered: 0, retried: 2 });
    const afterDown = await mustCall(core, 'export.outbox', { status: 'pending' }, token);
    expect(afterDown).toHaveLength(6);
    // Offline waits without using up attempts.
    expect(afterDown.filter((e) => e.lastError?.includes('无法连接')).map((e) => e.attempts)).toEqual([0, 0]);

    // The platform comes up on that port and misbehaves once in every way before behaving.
    platform = await startPlatform({ secret: SECRET, port: downPort });
    platform.fail('500', 'timeout');
    clock.advance(15 * MINUTE);
    await core.runExportSender();
    const after500 = await mustCall(core, 'export.outbox', {}, token);
    expect(after500.some((e) => e.lastError?.includes('HTTP 500'))).toBe(true);
    expect(after500.some((e) => e.lastError?.includes('超过'))).toBe(true);

    platform.fail('429');
    clock.advance(15 * MINUTE);
    const before429 = clock.now().getTime();
    await core.runExportSender();
    const limited = (await mustCall(core, 'export.outbox', {}, token)).find((e) =>
      e.lastError?.includes('429'),
    );
    expect(limited).toBeDefined();
    // Retry-After: 120 wins over the few seconds of back-off the attempt count would give.
    expect(Date.parse(limited!.nextAttemptAt) - before429).toBeGreaterThanOrEqual(120_000);

    platform.fail('malformed');
    clock.advance(15 * MINUTE);
    await core.runExportSender();
    expect(
      (await mustCall(core, 'export.outbox', {}, token)).some((e) => e.lastError?.includes('回执格式不正确')),
    ).toBe(true);

    // Restart: the process dies while an entry is `sending`; the new sender puts it back in line.
    await core.close();
    const raw = new Database(dbFile(dataDir));
    const changed = raw
      .prepare(
        `UPDATE export_outbox SET status = 'sending' WHERE id = (SELECT MIN(id) FROM export_outbox WHERE status = 'pending')`,
      )
      .run().changes;
    raw.close();
    expect(changed).toBe(1);
    core = await openExportCore(dataDir, clock);
    const login = await mustCall(core, 'auth.login', { username: 'admin', password: 'Admin12345' });
    token = login.sessionToken!;

    await drain(6);

    const delivered = await mustCall(core, 'export.outbox', {}, token);
    expect(delivered.every((e) => e.status === 'delivered' && e.ackId?.startsWith('ACK-'))).toBe(true);
    // Exactly once at the receiver: one stored record per idempotency key, one acknowledgement each.
    expect(platform.stored.size).toBe(6);
    expect([...platform.stored.values()].every((s) => s.stores === 1)).toBe(true);
    expect(new Set(platform.acknowledged.map((r) => r.key)).size).toBe(platform.acknowledged.length);
    expect(new Set(platform.acknowledged.map((r) => r.key))).toEqual(new Set(delivered.map((e) => e.id)));
    for (const entry of delivered) expect(entry.ackId).toBe(platform.stored.get(entry.id)!.ack);
    // In order per case: versions only go up in the order the platform acknowledged them.
    for (const caseUuid of [first.id, second.id]) {
      const versions = platform.acknowledged.filter((r) => r.caseUuid === caseUuid).map((r) => r.version);
      expect(versions).toHaveLength(3);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    }
    expect(platform.badSignatures).toBe(0);
    // The default mapping never lets a full ID number or a phone leave.
    for (const body of platform.rawBodies) {
      expect(body).not.toContain(ID_MAN);
      expect(body).not.toContain(PHONE);
    }
    expect(platform.acknowledged[0]!.raw).toContain('320***********0015');
    // What stays behind for a delivered entry is exactly what the platform received.
    const kept = new Database(dbFile(dataDir), { readonly: true });
    const rows = kept.prepare('SELECT uuid, record FROM export_outbox').all() as {
      uuid: string;
      record: string;
    }[];
    kept.close();
    for (const row of rows) {
      expect(row.record).toBe(platform.stored.get(row.uuid)!.record.raw);
      expect(row.record).not.toContain(ID_MAN);
    }
  });

  it('never sends while the export is off, and records nothing for changes made while off', async () => {
    platform = await startPlatform({ secret: SECRET });
    await configure(platform.url);
    const c = await registerCase(core, token);
    await acceptTerminateClose(core, token, c);
    await mustCall(
      core,
      'export.updateSettings',
      {
        enabled: false,
        endpoint: platform.url,
        authKind: 'hmac',
        triggers: ['accepted', 'outcome', 'closed'],
      },
      token,
    );
    const report = await core.runExportSender();
    expect(report.attempted).toBe(0);
    expect(platform.requests).toBe(0);
    const other = await registerCase(core, token, '第二件');
    await acceptTerminateClose(core, token, other);
    expect(await mustCall(core, 'export.outbox', {}, token)).toHaveLength(3);

    // Only the configured triggers count.
    await configure(platform.url, { triggers: ['closed'] });
    const third = await registerCase(core, token, '第三件');
    await acceptTerminateClose(core, token, third);
    const entries = await mustCall(core, 'export.outbox', {}, token);
    expect(entries.filter((e) => e.caseUuid === third.id).map((e) => e.trigger)).toEqual(['closed']);
  });

  it('stops at a rejection, holds back later entries of that case, and resends on request', async () => {
    platform = await startPlatform({ secret: SECRET });
    await configure(platform.url);
    const c = await registerCase(core, token);
    await acceptTerminateClose(core, token, c);
    platform.fail('400');
    await core.runExportSender();
    let entries = await mustCall(core, 'export.outbox', {}, token);
    const failed = entries.find((e) => e.status === 'failed');
    expect(failed?.lastError).toContain('平台拒收（HTTP 400）');
    expect(failed?.trigger).toBe('accepted');
    clock.advance(20 * MINUTE);
    await core.runExportSender();
    expect(platform.acknowledged).toHaveLength(0);

    const refused = await callApi(
      core,
      'export.resend',
      { id: entries.find((e) => e.status === 'pending')!.id },
      token,
    );
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_STATE');
    await mustCall(core, 'export.resend', { id: failed!.id }, token);
    await drain(3);
    entries = await mustCall(core, 'export.outbox', {}, token);
    expect(platform.acknowledged.map((r) => r.trigger)).toEqual(['accepted', 'outcome', 'closed']);
    expect(entries.every((e) => e.status === 'delivered')).toBe(true);
  });

  it('gives up after the attempt limit with the reason, and tests the connection outside the call queue', async () => {
    const downPort = await freePort();
    await configure(`http://127.0.0.1:${downPort}/records`, { maxAttempts: 3 });
    const c = await registerCase(core, token);
    await mustCall(
      core,
      'case.accept',
      {
        caseId: c.id,
        expectedVersion: c.version,
        acceptedOn: '2026-03-02',
        consentMode: 'all_parties_consented',
      },
      token,
    );
    // While nothing answers at the address, the entry keeps waiting and uses up no attempts.
    for (let i = 0; i < 5; i += 1) {
      await core.runExportSender();
      clock.advance(15 * MINUTE);
      // Keeps the administrator's session alive across the simulated hour.
      await mustCall(core, 'export.status', {}, token);
    }
    const [waiting] = await mustCall(core, 'export.outbox', {}, token);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });

    await mustCall(core, 'export.testConnection', {}, token);
    await core.runExportSender();
    const down = await mustCall(core, 'export.status', {}, token);
    expect(down.lastConnectionTest).toMatchObject({ ok: false });

    expect(down.counts.pending).toBe(1);

    // The platform answers, but with errors: after maxAttempts the entry needs attention.
    platform = await startPlatform({ secret: SECRET, port: downPort });
    await mustCall(core, 'export.testConnection', {}, token);
    platform.fail('500', '500', '500', '500');
    for (let i = 0; i < 5; i += 1) {
      await core.runExportSender();
      clock.advance(15 * MINUTE);
      await mustCall(core, 'export.status', {}, token);
    }
    expect((await mustCall(core, 'export.status', {}, token)).lastConnectionTest).toMatchObject({ ok: true });
    expect(platform.pings).toBe(1);
    const [entry] = await mustCall(core, 'export.outbox', {}, token);
    expect(entry).toMatchObject({ status: 'failed', attempts: 3 });
    expect(entry!.lastError).toContain('已尝试 3 次仍未送达：平台暂时出错（HTTP 500）');
  });
});
