import fs from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { buildPackage } from '../../../src/main/services/exchange/packageFormat.ts';
import type { ApiResult } from '../../../src/shared/api/result.ts';
import type { InputOf } from '../../../src/shared/api/contract.ts';
import { callApi, dbFile, mustCall, SAMPLE_ORGANISATION, uploadBytes } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { EXPORT_NOW, openExportCore, registerCase, type TestClock } from './exportKit.ts';

const STATION_ORGANISATION = {
  ...SAMPLE_ORGANISATION,
  name: '南京市栖霞区尧化街道尧化门社区人民调解委员会',
  level: 'village',
  abbreviation: '尧门',
  sealName: '南京市栖霞区尧化街道尧化门社区人民调解委员会',
} as const;

interface Side {
  dir: string;
  core: Core;
  token: string;
  peerId: string;
}

function reasonOf(result: ApiResult<unknown>): string | null {
  return result.ok ? null : String(result.error.details?.reason ?? result.error.code);
}

/** Row counts that any partial import would change. */
function counts(side: Side): Record<string, number> {
  const db = new Database(dbFile(side.dir), { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const table of [
      'dispute_case',
      'party',
      'attachment',
      'case_event',
      'mediator',
      'exchange_package',
      'exchange_conflict',
    ]) {
      out[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    out.versions = (
      db.prepare('SELECT coalesce(sum(version), 0) AS n FROM dispute_case').get() as { n: number }
    ).n;
    return out;
  } finally {
    db.close();
  }
}

describe('station → centre packages', () => {
  let clock: TestClock;
  let station: Side;
  let centre: Side;

  async function open(organisation: InputOf<'org.setup'>): Promise<Side> {
    const dir = makeTempDir('mediation-exchange-');
    const core = await openExportCore(dir, clock);
    const setup = await mustCall(core, 'org.setup', organisation);
    const token = setup.sessionToken!;
    const before = await mustCall(core, 'exchange.identity', {}, token);
    expect(before.publicKey).toBeNull();
    const identity = await mustCall(core, 'exchange.createIdentity', {}, token);
    return { dir, core, token, peerId: identity.peerId };
  }

  async function register(at: Side, other: Side, kind: 'station' | 'centre', name: string): Promise<void> {
    const identity = await mustCall(other.core, 'exchange.createIdentity', {}, other.token);
    await mustCall(
      at.core,
      'exchange.registerPeer',
      { peerId: identity.peerId, name, kind, publicKey: identity.publicKey },
      at.token,
    );
  }

  async function sendPackage(from: Side, to: Side, full = false) {
    return mustCall(from.core, 'exchange.exportPackage', { peerId: to.peerId, full }, from.token);
  }

  beforeEach(async () => {
    clock = fixedClock(EXPORT_NOW);
    station = await open(STATION_ORGANISATION);
    centre = await open(SAMPLE_ORGANISATION);
    await register(centre, station, 'station', '尧化门社区调解室');
    await register(station, centre, 'centre', '尧化街道矛调中心');
  });

  afterEach(async () => {
    for (const side of [station, centre]) {
      await side.core.close();
      removeTempDir(side.dir);
    }
  });

  it('round trip with attachments, idempotent re-import, update, conflict shown side by side, and a package back', async () => {
    const c = await registerCase(station.core, station.token);
    const scan = Buffer.from('%PDF-1.4 申请书扫描件 '.repeat(50), 'utf8');
    const withFile = await mustCall(
      station.core,
      'attachment.add',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'application',
        title: '调解申请书',
        fileName: '申请书.pdf',
        mimeType: 'application/pdf',
        uploadId: await uploadBytes(station.core, station.token, scan),
      },
      station.token,
    );

    const first = await sendPackage(station, centre);
    expect(first).toMatchObject({ caseCount: 1, fileCount: 1, missingFiles: [] });
    const imported = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: first.base64 },
      centre.token,
    );
    expect(imported).toMatchObject({ inserted: 1, updated: 0, conflicts: 0, files: 1 });
    const atCentre = await mustCall(centre.core, 'case.get', { id: c.id }, centre.token);
    expect(atCentre.version).toBe(withFile.version);
    expect(atCentre.parties.map((p) => p.name)).toEqual(['张建国', '李卫东']);
    expect(atCentre.attachments).toHaveLength(1);
    const stored = new Database(dbFile(centre.dir), { readonly: true });
    const relative = (
      stored.prepare('SELECT relative_path FROM attachment').get() as { relative_path: string }
    ).relative_path;
    stored.close();
    expect(fs.readFileSync(path.join(centre.dir, ...relative.split('/')))).toEqual(scan);

    // The same package again: refused by its id, nothing changes.
    const before = counts(centre);
    const again = await callApi(
      centre.core,
      'exchange.importPackage',
      { base64: first.base64 },
      centre.token,
    );
    expect(reasonOf(again)).toBe('EXCHANGE_DUPLICATE');
    expect(counts(centre)).toEqual(before);
    // Nothing changed at the station since: the next package is empty.
    expect((await sendPackage(station, centre)).caseCount).toBe(0);

    // Changed only at the station → updated at the centre.
    const accepted = await mustCall(
      station.core,
      'case.accept',
      {
        caseId: c.id,
        expectedVersion: withFile.version,
        acceptedOn: '2026-03-02',
        consentMode: 'all_parties_consented',
      },
      station.token,
    );
    const second = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(second).toMatchObject({ inserted: 0, updated: 1, conflicts: 0 });
    const updated = await mustCall(centre.core, 'case.get', { id: c.id }, centre.token);
    expect(updated).toMatchObject({ status: 'accepted', version: accepted.version });

    // Changed on both sides → a conflict; the centre's copy stays as it was.
    const atStation = await mustCall(
      station.core,
      'case.update',
      { caseId: c.id, expectedVersion: accepted.version, fields: { title: '站点改过的案件名称' } },
      station.token,
    );
    const centreEdit = await mustCall(
      centre.core,
      'case.update',
      { caseId: c.id, expectedVersion: updated.version, fields: { title: '中心改过的案件名称' } },
      centre.token,
    );
    const third = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(third).toMatchObject({ updated: 0, conflicts: 1 });
    expect(await mustCall(centre.core, 'case.get', { id: c.id }, centre.token)).toMatchObject({
      title: '中心改过的案件名称',
      version: centreEdit.version,
    });
    // The station changes it again before the centre decides: still one conflict, with the newest version.
    const atStation2 = await mustCall(
      station.core,
      'case.update',
      { caseId: c.id, expectedVersion: atStation.version, fields: { title: '站点再次改过的名称' } },
      station.token,
    );
    const fourth = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(fourth).toMatchObject({ updated: 0, conflicts: 1 });
    const [conflict, ...others] = await mustCall(centre.core, 'exchange.conflicts', {}, centre.token);
    expect(others).toHaveLength(0);
    expect(conflict).toMatchObject({
      caseUuid: c.id,
      localVersion: centreEdit.version,
      incomingVersion: atStation2.version,
    });
    expect(conflict!.fields).toContainEqual({
      field: '案件名称',
      local: '中心改过的案件名称',
      incoming: '站点再次改过的名称',
    });

    const resolved = await mustCall(
      centre.core,
      'exchange.resolveConflict',
      { id: conflict!.id, resolution: 'take_incoming' },
      centre.token,
    );
    expect(resolved.resolution).toBe('take_incoming');
    expect(await mustCall(centre.core, 'exchange.conflicts', {}, centre.token)).toHaveLength(0);
    expect(await mustCall(centre.core, 'case.get', { id: c.id }, centre.token)).toMatchObject({
      title: '站点再次改过的名称',
      version: atStation2.version,
    });

    // The centre sends back: its new mediator, and the case after the centre handles it further.
    await mustCall(centre.core, 'mediator.create', { name: '周调解', employment: 'full_time' }, centre.token);
    const centreCase = await mustCall(centre.core, 'case.get', { id: c.id }, centre.token);
    await mustCall(
      centre.core,
      'case.update',
      { caseId: c.id, expectedVersion: centreCase.version, fields: { title: '中心受理后改定的名称' } },
      centre.token,
    );
    const back = await sendPackage(centre, station);
    expect(back.caseCount).toBe(1);
    const atHome = await mustCall(
      station.core,
      'exchange.importPackage',
      { base64: back.base64 },
      station.token,
    );
    expect(atHome).toMatchObject({ updated: 1, conflicts: 0 });
    expect(atHome.mediators).toBeGreaterThanOrEqual(1);
    expect((await mustCall(station.core, 'case.get', { id: c.id }, station.token)).title).toBe(
      '中心受理后改定的名称',
    );
    // And nothing echoes: neither side has anything new for the other.
    expect((await sendPackage(station, centre)).caseCount).toBe(0);
    expect((await sendPackage(centre, station)).caseCount).toBe(0);
  });

  it('refuses tampered, truncated, wrongly signed, unknown and newer packages with coded errors and imports nothing', async () => {
    const c = await registerCase(station.core, station.token);
    await mustCall(
      station.core,
      'attachment.add',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'evidence',
        title: '照片',
        fileName: 'a.jpg',
        mimeType: 'image/jpeg',
        uploadId: await uploadBytes(station.core, station.token, Buffer.from('JPEGDATA')),
      },
      station.token,
    );
    const pkg = await sendPackage(station, centre);
    const data = Buffer.from(pkg.base64, 'base64');
    const before = counts(centre);

    // One record altered after signing.
    const zip = await JSZip.loadAsync(data);
    const name = Object.keys(zip.files).find((n) => n.startsWith('cases/') && !zip.files[n]!.dir)!;
    const record = await zip.file(name)!.async('string');
    zip.file(name, record.replace('张建国', '张建民'));
    const tampered = await zip.generateAsync({ type: 'nodebuffer' });
    expect(
      reasonOf(
        await callApi(
          centre.core,
          'exchange.importPackage',
          { base64: tampered.toString('base64') },
          centre.token,
        ),
      ),
    ).toBe('EXCHANGE_TAMPERED');
    // An attachment replaced.
    const zip2 = await JSZip.loadAsync(data);
    const fileName = Object.keys(zip2.files).find((n) => n.startsWith('files/') && !zip2.files[n]!.dir)!;
    zip2.file(fileName, 'JPEGDATX');
    const swapped = await zip2.generateAsync({ type: 'nodebuffer' });
    expect(
      reasonOf(
        await callApi(
          centre.core,
          'exchange.importPackage',
          { base64: swapped.toString('base64') },
          centre.token,
        ),
      ),
    ).toBe('EXCHANGE_TAMPERED');
    // The manifest itself edited: the signature no longer matches.
    const zip3 = await JSZip.loadAsync(data);
    const manifest = await zip3.file('manifest.json')!.async('string');
    zip3.file('manifest.json', manifest.replace('"seq": 1', '"seq": 7'));
    const forged = await zip3.generateAsync({ type: 'nodebuffer' });
    expect(
      reasonOf(
        await callApi(
          centre.core,
          'exchange.importPackage',
          { base64: forged.toString('base64') },
          centre.token,
        ),
      ),
    ).toBe('EXCHANGE_BAD_SIGNATURE');
    // Truncated on the USB stick.
    const truncated = data.subarray(0, Math.floor(data.length * 0.6));
    expect(
      reasonOf(
        await callApi(
          centre.core,
          'exchange.importPackage',
          { base64: truncated.toString('base64') },
          centre.token,
        ),
      ),
    ).toBe('EXCHANGE_UNREADABLE');
    // The centre holds a wrong key for the station.
    const { publicKey } = generateKeyPairSync('ed25519');
    const wrongKey = publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
    await mustCall(
      centre.core,
      'exchange.registerPeer',
      { peerId: station.peerId, name: '尧化门社区调解室', kind: 'station', publicKey: wrongKey },
      centre.token,
    );
    expect(
      reasonOf(await callApi(centre.core, 'exchange.importPackage', { base64: pkg.base64 }, centre.token)),
    ).toBe('EXCHANGE_BAD_SIGNATURE');
    await register(centre, station, 'station', '尧化门社区调解室');
    expect(counts(centre)).toEqual({ ...before });

    // A station nobody registered.
    const stranger = await open({ ...STATION_ORGANISATION, name: '某未登记调解室', abbreviation: '未登' });
    try {
      await register(stranger, centre, 'centre', '尧化街道矛调中心');
      await registerCase(stranger.core, stranger.token);
      const unknown = await sendPackage(stranger, centre);
      expect(
        reasonOf(
          await callApi(centre.core, 'exchange.importPackage', { base64: unknown.base64 }, centre.token),
        ),
      ).toBe('EXCHANGE_UNKNOWN_PEER');
    } finally {
      await stranger.core.close();
      removeTempDir(stranger.dir);
    }

    // Correctly signed, but from a newer program.
    const raw = new Database(dbFile(station.dir), { readonly: true });
    const { private_key: privateKey } = raw.prepare('SELECT private_key FROM exchange_identity').get() as {
      private_key: string;
    };
    raw.close();
    const newer = await buildPackage(
      {
        format: 'mediation-desk-exchange',
        formatVersion: 1,
        schemaVersion: 99,
        packageId: 'future-package',
        seq: 9,
        createdAt: EXPORT_NOW,
        from: { peerId: station.peerId, name: '尧化门社区调解室' },
        to: centre.peerId,
        cases: [],
      },
      new Map([
        ['organisations.json', Buffer.from('[]')],
        ['mediators.json', Buffer.from('[]')],
      ]),
      privateKey,
    );
    expect(
      reasonOf(
        await callApi(
          centre.core,
          'exchange.importPackage',
          { base64: newer.toString('base64') },
          centre.token,
        ),
      ),
    ).toBe('EXCHANGE_NEWER_SCHEMA');
    expect(counts(centre)).toEqual(before);

    // The untouched package still imports completely.
    const ok = await mustCall(centre.core, 'exchange.importPackage', { base64: pkg.base64 }, centre.token);
    expect(ok).toMatchObject({ inserted: 1, files: 1 });
  });
  it('the centre queues a station case for the city platform when its 受理 arrives by package', async () => {
    await mustCall(
      centre.core,
      'export.updateSettings',
      {
        enabled: true,
        endpoint: 'http://127.0.0.1:9/records',
        authKind: 'none',
        triggers: ['accepted', 'outcome', 'closed'],
      },
      centre.token,
    );
    const c = await registerCase(station.core, station.token);
    await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(await mustCall(centre.core, 'export.outbox', {}, centre.token)).toHaveLength(0);
    const accepted = await mustCall(
      station.core,
      'case.accept',
      {
        caseId: c.id,
        expectedVersion: c.version,
        acceptedOn: '2026-03-02',
        consentMode: 'all_parties_consented',
      },
      station.token,
    );
    await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    const queued = await mustCall(centre.core, 'export.outbox', {}, centre.token);
    expect(queued.map((e) => [e.caseUuid, e.caseVersion, e.trigger])).toEqual([
      [c.id, accepted.version, 'accepted'],
    ]);
  });
  it('keeping the local version sends it back to win at the station, and both sides then agree', async () => {
    const c = await registerCase(station.core, station.token);
    await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    const atCentre = await mustCall(centre.core, 'case.get', { id: c.id }, centre.token);
    await mustCall(
      station.core,
      'case.update',
      { caseId: c.id, expectedVersion: c.version, fields: { title: '站点的名称' } },
      station.token,
    );
    await mustCall(
      centre.core,
      'case.update',
      { caseId: c.id, expectedVersion: atCentre.version, fields: { title: '中心的名称' } },
      centre.token,
    );
    // Each side sees the other's change as a conflict.
    const toCentre = await sendPackage(station, centre);
    const toStation = await sendPackage(centre, station);
    expect(
      await mustCall(centre.core, 'exchange.importPackage', { base64: toCentre.base64 }, centre.token),
    ).toMatchObject({ conflicts: 1 });
    expect(
      await mustCall(station.core, 'exchange.importPackage', { base64: toStation.base64 }, station.token),
    ).toMatchObject({ conflicts: 1 });

    // The centre keeps its version; the station takes the centre's.
    const [atC] = await mustCall(centre.core, 'exchange.conflicts', {}, centre.token);
    await mustCall(
      centre.core,
      'exchange.resolveConflict',
      { id: atC!.id, resolution: 'keep_local' },
      centre.token,
    );
    const [atS] = await mustCall(station.core, 'exchange.conflicts', {}, station.token);
    await mustCall(
      station.core,
      'exchange.resolveConflict',
      { id: atS!.id, resolution: 'take_incoming' },
      station.token,
    );
    expect((await mustCall(station.core, 'case.get', { id: c.id }, station.token)).title).toBe('中心的名称');

    // The centre's kept version goes down once more and replaces the station's copy without a conflict.
    const again = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(again).toMatchObject({ conflicts: 0 });
    const back = await mustCall(
      station.core,
      'exchange.importPackage',
      { base64: (await sendPackage(centre, station)).base64 },
      station.token,
    );
    expect(back).toMatchObject({ conflicts: 0 });
    expect((await mustCall(station.core, 'case.get', { id: c.id }, station.token)).title).toBe('中心的名称');
    expect((await mustCall(centre.core, 'case.get', { id: c.id }, centre.token)).title).toBe('中心的名称');

    // A later edit at the station is a plain update at the centre.
    const current = await mustCall(station.core, 'case.get', { id: c.id }, station.token);
    await mustCall(
      station.core,
      'case.update',
      { caseId: c.id, expectedVersion: current.version, fields: { title: '站点之后的修改' } },
      station.token,
    );
    const later = await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    expect(later).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await mustCall(centre.core, 'case.get', { id: c.id }, centre.token)).title).toBe(
      '站点之后的修改',
    );
    expect(await mustCall(centre.core, 'exchange.conflicts', {}, centre.token)).toHaveLength(0);
  });
  it('a case the centre transfers down to the station goes down, and comes back up once the station edits it', async () => {
    await mustCall(
      centre.core,
      'exchange.importPackage',
      { base64: (await sendPackage(station, centre)).base64 },
      centre.token,
    );
    const c = await registerCase(centre.core, centre.token, '中心交办的纠纷');
    await mustCall(
      centre.core,
      'case.transfer',
      {
        caseId: c.id,
        expectedVersion: c.version,
        targetKind: 'organisation',
        targetOrganisationId: station.peerId,
        reason: '就地化解',
        transferredOn: '2026-03-02',
      },
      centre.token,
    );
    const down = await sendPackage(centre, station);
    expect(down.caseCount).toBe(1);
    expect(
      await mustCall(station.core, 'exchange.importPackage', { base64: down.base64 }, station.token),
    ).toMatchObject({ inserted: 1 });
    const atStation = await mustCall(station.core, 'case.get', { id: c.id }, station.token);
    await mustCall(
      station.core,
      'case.update',
      { caseId: c.id, expectedVersion: atStation.version, fields: { title: '站点已约谈双方' } },
      station.token,
    );
    const up = await sendPackage(station, centre);
    expect(up.caseCount).toBe(1);
    expect(
      await mustCall(centre.core, 'exchange.importPackage', { base64: up.base64 }, centre.token),
    ).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await mustCall(centre.core, 'case.get', { id: c.id }, centre.token)).title).toBe(
      '站点已约谈双方',
    );
  });
});
