import fs from 'node:fs';
import path from 'node:path';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/api/contract.ts';
import { AppError } from '../../../shared/errors.ts';
import type {
  ConflictField,
  ExchangeConflict,
  ExchangeIdentity,
  ExchangeKey,
  ExchangePackageInfo,
  ExchangePeer,
  ImportSummary,
  PackageFile,
} from '../../../shared/types/exchange.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import {
  bumpExportSeq,
  findPackage,
  getCaseIdVersion,
  getCaseState,
  getConflict,
  getHomeOrganisation,
  getIdentity,
  getPeer,
  insertConflict,
  insertIdentity,
  insertPackage,
  listConflicts,
  listMediatorIdsOfOrganisations,
  listPackages,
  listPeers,
  listCasesToSend,
  markConflictResolved,
  noteImportSeq,
  findOpenConflict,
  replaceConflict,
  bumpCaseVersion,
  putCaseState,
  upsertPeer,
  type ConflictRow,
  type PeerRow,
} from '../../db/queries/exchange.ts';
import {
  loadCaseAggregate,
  selectRowsByIds,
  type CaseAggregate,
  type Row,
} from '../../db/queries/exchangeRows.ts';
import { attachmentFileOf } from '../../files/safePath.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { reportCaseChange } from '../export/reportCaseChange.ts';
import { ensureOrganisations, upsertMediators, writeCaseAggregate } from './mergeCase.ts';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  buildPackage,
  openPackage,
  packageError,
  sha256Hex,
} from './packageFormat.ts';

const CASES_DIR = 'cases/';
const FILES_DIR = 'files/';
const ORGANISATIONS = 'organisations.json';
const MEDIATORS = 'mediators.json';

export function fingerprintOf(publicKeyPem: string): string {
  return (sha256Hex(publicKeyPem.trim()).slice(0, 16).match(/.{4}/g) ?? []).join('-').toUpperCase();
}

function peerToPublic(row: PeerRow): ExchangePeer {
  return {
    peerId: row.peer_id,
    name: row.name,
    kind: row.kind,
    fingerprint: fingerprintOf(row.public_key),
    registeredAt: row.registered_at,
    registeredBy: row.registered_by,
    lastExportSeq: row.last_export_seq,
    lastImportSeq: row.last_import_seq,
  };
}

/** Case columns shown side by side in a conflict, with their Chinese names. */
const CONFLICT_FIELDS: readonly [string, string][] = [
  ['title', '案件名称'],
  ['status', '状态'],
  ['version', '版本'],
  ['updated_at', '最后修改时间'],
  ['summary', '纠纷简要情况'],
  ['dispute_type', '纠纷类型'],
  ['source', '案件来源'],
  ['accepted_on', '受理日期'],
  ['due_date', '办理期限'],
  ['disposal_reason', '终止/不予受理理由'],
  ['closed_on', '结案日期'],
  ['closing_note', '结案说明'],
  ['risk_level', '风险等级'],
];

const CHILD_LABELS: Readonly<Record<string, string>> = {
  party: '当事人',
  session: '调查/调解记录',
  agreement: '调解协议',
  obligation: '协议义务',
  follow_up: '回访',
  transfer: '移交',
  attachment: '附件',
  case_assignment: '调解员指派',
};

function describe(value: unknown): string {
  return value === null || value === undefined || value === '' ? '（空）' : String(value);
}

/** The differences a person needs to choose between the two versions of a case. */
export function conflictFields(local: CaseAggregate, incoming: CaseAggregate): ConflictField[] {
  const fields: ConflictField[] = [];
  for (const [column, label] of CONFLICT_FIELDS) {
    const a = describe(local.caseRow[column]);
    const b = describe(incoming.caseRow[column]);
    if (a !== b || column === 'version') fields.push({ field: label, local: a, incoming: b });
  }
  for (const [table, label] of Object.entries(CHILD_LABELS)) {
    const summarise = (agg: CaseAggregate): string => {
      const rows = agg.children[table] ?? [];
      if (table === 'party') return rows.map((r) => String(r.name)).join('、') || '（无）';
      return `${rows.length} 条`;
    };
    const a = summarise(local);
    const b = summarise(incoming);
    if (a !== b) fields.push({ field: label, local: a, incoming: b });
  }
  const lastEvent = (agg: CaseAggregate): string => {
    const event = agg.events[agg.events.length - 1];
    return event ? `${String(event.occurred_at)} ${String(event.summary)}` : '（无）';
  };
  if (lastEvent(local) !== lastEvent(incoming))
    fields.push({ field: '最近一次操作', local: lastEvent(local), incoming: lastEvent(incoming) });
  return fields;
}

function conflictToPublic(row: ConflictRow): ExchangeConflict {
  const local = JSON.parse(row.local_record) as CaseAggregate;
  const incoming = JSON.parse(row.incoming_record) as CaseAggregate;
  return {
    id: row.uuid,
    caseUuid: row.case_uuid,
    caseCode: (incoming.caseRow.case_no as string | null) ?? (local.caseRow.case_no as string | null),
    title: String(local.caseRow.title),
    peerId: row.peer_id,
    packageId: row.package_id,
    localVersion: row.local_version,
    incomingVersion: row.incoming_version,
    fields: conflictFields(local, incoming),
    detectedAt: row.detected_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    resolution: row.resolution as ExchangeConflict['resolution'],
  };
}

/**
 * Station ↔ centre exchange: this installation's Ed25519 identity, registered peers, signed
 * packages out, verified packages in (merged by UUID and version in one transaction), and the
 * conflicts a person resolves.
 */
export function createExchangeService(deps: ServiceDeps, core: { readonly schemaVersion: number }) {
  const { db, clock, dataDir } = deps;
  const now = (): string => clock.now().toISOString();

  /** The key pair is made on first use and kept in the database (it travels with backups). */
  async function ensureIdentity(): Promise<{
    peerId: string;
    name: string;
    publicKey: string;
    privateKey: string;
  }> {
    const home = await getHomeOrganisation(db);
    if (!home) throw new AppError('INVALID_STATE', '请先完成本单位的初始设置，再使用站点交换。');
    let identity = await getIdentity(db);
    if (!identity) {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      await insertIdentity(db, {
        peerId: home.uuid,
        publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString().trim(),
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        now: now(),
      });
      identity = (await getIdentity(db))!;
    }
    return {
      peerId: identity.peer_id,
      name: home.name,
      publicKey: identity.public_key,
      privateKey: identity.private_key,
    };
  }

  async function requirePeer(peerId: string): Promise<PeerRow> {
    const peer = await getPeer(db, peerId);
    if (!peer) throw new AppError('NOT_FOUND', '没有登记这个站点或中心，请先登记对方的公钥。');
    return peer;
  }

  /**
   * Puts the peer's copy in place. Our version never goes down (a stale form must never match
   * again); the state remembers their version (`peerVersion`, sent back as `seen`) and ours after
   * the write (`localVersion`: unchanged since means "only they changed it").
   */
  async function replaceWithIncoming(
    trx: typeof db,
    peerId: string,
    incoming: CaseAggregate,
    incomingVersion: number,
    local: { id: number; version: number } | undefined,
  ): Promise<void> {
    const caseUuid = String(incoming.caseRow.uuid);
    const version = local ? Math.max(incomingVersion, local.version + 1) : incomingVersion;
    const { caseId, newActions } = await writeCaseAggregate(trx, incoming, local?.id ?? null, version);
    await putCaseState(trx, peerId, caseUuid, { peerVersion: incomingVersion, localVersion: version });
    // A centre reports its stations' cases upward: 受理/结果/结案 that arrived by package count too.
    await reportCaseChange(trx, {
      caseId,
      caseUuid,
      version,
      actions: newActions,
      now: now(),
      newId: deps.newId,
    });
  }

  return {
    /** Read-only: the key pair is only made by createIdentity (an audited write). */
    async identity(): Promise<ExchangeIdentity> {
      const home = await getHomeOrganisation(db);
      if (!home) throw new AppError('INVALID_STATE', '请先完成本单位的初始设置，再使用站点交换。');
      const identity = await getIdentity(db);
      return {
        peerId: identity?.peer_id ?? home.uuid,
        name: home.name,
        publicKey: identity?.public_key ?? null,
        fingerprint: identity ? fingerprintOf(identity.public_key) : null,
      };
    },

    async createIdentity(): Promise<ExchangeKey> {
      const identity = await ensureIdentity();
      return {
        peerId: identity.peerId,
        name: identity.name,
        publicKey: identity.publicKey,
        fingerprint: fingerprintOf(identity.publicKey),
      };
    },

    async peers(): Promise<ExchangePeer[]> {
      return (await listPeers(db)).map(peerToPublic);
    },

    async registerPeer(
      input: ParsedInputOf<'exchange.registerPeer'>,
      user: SessionUser | null,
    ): Promise<ExchangePeer[]> {
      try {
        const key = createPublicKey(input.publicKey);
        if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
      } catch {
        throw new AppError('INVALID_INPUT', '公钥无法识别，请从对方“站点交换”页面原样复制 Ed25519 公钥。', {
          fields: { publicKey: '公钥无法识别' },
        });
      }
      const identity = await ensureIdentity();
      if (input.peerId === identity.peerId)
        throw new AppError('INVALID_INPUT', '不能把本单位登记为对方。', {
          fields: { peerId: '这是本单位的标识' },
        });
      await upsertPeer(db, { ...input, now: now(), by: user?.displayName ?? '系统' });
      return (await listPeers(db)).map(peerToPublic);
    },

    async packages(): Promise<ExchangePackageInfo[]> {
      return (await listPackages(db, 100)).map((p) => ({
        packageId: p.package_id,
        direction: p.direction,
        peerId: p.peer_id,
        seq: p.seq,
        caseCount: p.case_count,
        fileCount: p.file_count,
        at: p.at,
        by: p.by_user,
        summary: JSON.parse(p.summary) as Record<string, unknown>,
      }));
    },

    /** Everything changed since the last package to this peer, signed, as one archive. */
    async exportPackage(
      input: ParsedInputOf<'exchange.exportPackage'>,
      user: SessionUser | null,
    ): Promise<PackageFile> {
      const identity = await ensureIdentity();
      const peer = await requirePeer(input.peerId);
      return deps.inTransaction(async (trx) => {
        const cases = await listCasesToSend(trx, { peerId: peer.peer_id, kind: peer.kind }, input.full);
        const files = new Map<string, Uint8Array>();
        // Our own organisation always travels, so the other side can name it (e.g. as a transfer target).
        const home = await getHomeOrganisation(trx);
        const organisationIds = new Set<number>(home ? [home.id] : []);
        const mediatorIds = new Set<number>(
          await listMediatorIdsOfOrganisations(trx, [identity.peerId, peer.peer_id]),
        );
        const missingFiles: string[] = [];
        const listed: { uuid: string; version: number; seen: number }[] = [];
        for (const c of cases) {
          // `seen`: the receiver's own version of this case that we last merged (0: none). If the
          // receiver is still at it, only we changed the case; otherwise a person decides.
          const state = await getCaseState(trx, peer.peer_id, c.uuid);
          listed.push({ ...c, seen: state?.peerVersion ?? 0 });
          const aggregate = await loadCaseAggregate(trx, c.id);
          for (const id of Object.keys(aggregate.organisationUuids)) organisationIds.add(Number(id));
          for (const id of Object.keys(aggregate.mediatorUuids)) mediatorIds.add(Number(id));
          for (const attachment of aggregate.children.attachment ?? []) {
            const name = `${FILES_DIR}${String(attachment.sha256)}`;
            if (files.has(name)) continue;
            // Only a file inside <data>/attachments is ever shipped, whatever the row says.
            const source = attachmentFileOf(dataDir, attachment.relative_path);
            if (source && fs.existsSync(source) && fs.lstatSync(source).isFile())
              files.set(name, fs.readFileSync(source));
            else missingFiles.push(String(attachment.file_name));
          }
          files.set(`${CASES_DIR}${c.uuid}.json`, Buffer.from(JSON.stringify(aggregate), 'utf8'));
          await putCaseState(trx, peer.peer_id, c.uuid, { exportedVersion: c.version });
        }
        const mediators = await selectRowsByIds(trx, 'mediator', [...mediatorIds]);
        for (const m of mediators) organisationIds.add(Number(m.organisation_id));
        const organisations = await selectRowsByIds(trx, 'organisation', [...organisationIds]);
        const orgUuid = new Map(organisations.map((o) => [Number(o.id), String(o.uuid)]));
        files.set(ORGANISATIONS, Buffer.from(JSON.stringify(organisations), 'utf8'));
        files.set(
          MEDIATORS,
          Buffer.from(
            JSON.stringify(
              mediators.map((m) => ({ ...m, organisation_uuid: orgUuid.get(Number(m.organisation_id)) })),
            ),
            'utf8',
          ),
        );
        const seq = await bumpExportSeq(trx, peer.peer_id);
        const packageId = deps.newId();
        const createdAt = now();
        const data = await buildPackage(
          {
            format: PACKAGE_FORMAT,
            formatVersion: PACKAGE_FORMAT_VERSION,
            schemaVersion: core.schemaVersion,
            packageId,
            seq,
            createdAt,
            from: { peerId: identity.peerId, name: identity.name },
            to: peer.peer_id,
            cases: listed.map((c) => ({ uuid: c.uuid, version: c.version, seen: c.seen })),
          },
          files,
          identity.privateKey,
        );
        const fileCount = [...files.keys()].filter((k) => k.startsWith(FILES_DIR)).length;
        await insertPackage(trx, {
          packageId,
          direction: 'export',
          peerId: peer.peer_id,
          seq,
          sha256: sha256Hex(data),
          caseCount: cases.length,
          fileCount,
          summary: { missingFiles },
          at: createdAt,
          by: user?.displayName ?? '系统',
        });
        const day = createdAt.slice(0, 10);
        return {
          fileName: `调解台交换包-${identity.name}-至-${peer.name}-第${seq}号-${day}.zip`,
          base64: data.toString('base64'),
          packageId,
          caseCount: cases.length,
          fileCount,
          bytes: data.byteLength,
          missingFiles,
        };
      });
    },

    /**
     * Verifies a package completely, then merges it in ONE transaction: new case → insert; changed
     * only at the sender → replace; changed on both sides since the last exchange → a conflict for
     * a person, the local case untouched. A refused package changes nothing.
     */
    async importPackage(
      input: ParsedInputOf<'exchange.importPackage'>,
      user: SessionUser | null,
    ): Promise<ImportSummary> {
      const identity = await ensureIdentity();
      const opened = await openPackage(Buffer.from(input.base64, 'base64'), {
        publicKeyOf: async (peerId) => (await getPeer(db, peerId))?.public_key ?? null,
        ourPeerId: identity.peerId,
        schemaVersion: core.schemaVersion,
      });
      const { manifest } = opened;
      if (await findPackage(db, 'import', manifest.packageId)) {
        throw packageError(
          'EXCHANGE_DUPLICATE',
          `这个交换包（${manifest.from.name} 第 ${manifest.seq} 号）已经导入过，本次没有做任何改动。`,
        );
      }
      const readJson = <T>(name: string): T => {
        const bytes = opened.files.get(name);
        if (!bytes) throw packageError('EXCHANGE_UNREADABLE', `交换包缺少“${name}”，没有导入任何内容。`);
        return JSON.parse(bytes.toString('utf8')) as T;
      };
      const organisations = readJson<Row[]>(ORGANISATIONS);
      const mediators = readJson<(Row & { organisation_uuid: string })[]>(MEDIATORS);
      const aggregates = manifest.cases.map((c) => ({
        ...c,
        aggregate: readJson<CaseAggregate>(`${CASES_DIR}${c.uuid}.json`),
      }));

      // Attachment files first, by content hash: a file without its row is harmless, a row without
      // its file is not. If the merge below fails, nothing in the database refers to them.
      // Every path is checked before the first file is written: one that would land outside
      // <data>/attachments, or bytes that are not what the row says, refuse the whole package.
      const placements: { target: string; bytes: Buffer }[] = [];
      for (const { aggregate } of aggregates) {
        for (const attachment of aggregate.children.attachment ?? []) {
          const target = attachmentFileOf(dataDir, attachment.relative_path);
          if (target === null || !/^[0-9a-f]{64}$/.test(String(attachment.sha256))) {
            throw packageError(
              'EXCHANGE_TAMPERED',
              `交换包中附件“${String(attachment.file_name)}”的存放位置不安全（${String(attachment.relative_path)}），可能被改动过。没有导入任何内容。`,
              { path: String(attachment.relative_path) },
            );
          }
          const bytes = opened.files.get(`${FILES_DIR}${String(attachment.sha256)}`);
          if (bytes && sha256Hex(bytes) !== attachment.sha256) {
            throw packageError(
              'EXCHANGE_TAMPERED',
              `交换包中附件“${String(attachment.file_name)}”的内容与记录的校验值不符，可能被改动过。没有导入任何内容。`,
            );
          }
          if (bytes) placements.push({ target, bytes });
        }
      }
      let written = 0;
      for (const { target, bytes } of placements) {
        if (fs.existsSync(target)) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(`${target}.part`, bytes);
        fs.renameSync(`${target}.part`, target);
        written += 1;
      }

      const peerId = manifest.from.peerId;
      return deps.inTransaction(async (trx) => {
        await ensureOrganisations(trx, organisations);
        const mediatorCount = await upsertMediators(trx, mediators);
        const counts = { inserted: 0, updated: 0, unchanged: 0, conflicts: 0 };
        for (const { uuid, version, seen, aggregate } of aggregates) {
          const state = await getCaseState(trx, peerId, uuid);
          const local = await getCaseIdVersion(trx, uuid);
          if (!local) {
            await replaceWithIncoming(trx, peerId, aggregate, version, undefined);
            counts.inserted += 1;
            continue;
          }
          if (state && version <= state.peerVersion) {
            counts.unchanged += 1;
            continue;
          }
          // Unchanged here since we last took their copy, or they have merged exactly our current
          // version: only they changed it. Our versions only grow, so equality means "no edit since".
          if (local.version === state?.localVersion || local.version === seen) {
            await replaceWithIncoming(trx, peerId, aggregate, version, local);
            counts.updated += 1;
            continue;
          }
          // One open conflict per case and peer: a newer package refreshes it rather than adding a
          // second one that could no longer be resolved once the first is.
          const open = await findOpenConflict(trx, peerId, uuid);
          await (open ? replaceConflict : insertConflict)(trx, {
            uuid: open?.uuid ?? deps.newId(),
            caseUuid: uuid,
            peerId,
            packageId: manifest.packageId,
            localVersion: local.version,
            incomingVersion: version,
            localRecord: JSON.stringify(await loadCaseAggregate(trx, local.id)),
            incomingRecord: JSON.stringify(aggregate),
            now: now(),
          });
          counts.conflicts += 1;
        }
        await noteImportSeq(trx, peerId, manifest.seq);
        const summary: ImportSummary = {
          packageId: manifest.packageId,
          from: manifest.from.name,
          ...counts,
          mediators: mediatorCount,
          files: written,
        };
        await insertPackage(trx, {
          packageId: manifest.packageId,
          direction: 'import',
          peerId,
          seq: manifest.seq,
          sha256: opened.sha256,
          caseCount: aggregates.length,
          fileCount: [...opened.files.keys()].filter((k) => k.startsWith(FILES_DIR)).length,
          summary: { ...summary },
          at: now(),
          by: user?.displayName ?? '系统',
        });
        return summary;
      });
    },

    async conflicts(input: ParsedInputOf<'exchange.conflicts'>): Promise<ExchangeConflict[]> {
      return (await listConflicts(db, input.openOnly)).map(conflictToPublic);
    },

    /** A person's choice: keep ours (it goes to the peer with the next package) or take theirs. */
    async resolveConflict(
      input: ParsedInputOf<'exchange.resolveConflict'>,
      user: SessionUser | null,
    ): Promise<ExchangeConflict> {
      return deps.inTransaction(async (trx) => {
        const row = await getConflict(trx, input.id);
        if (!row) throw new AppError('NOT_FOUND', '没有找到这条冲突记录。');
        if (row.resolved_at !== null) throw new AppError('INVALID_STATE', '这条冲突已经处理过了。');
        const local = await getCaseIdVersion(trx, row.case_uuid);
        if (local && local.version !== row.local_version) {
          throw new AppError('CONFLICT', '本机的这个案件在发现冲突后又被修改过，请刷新后重新比较。');
        }
        if (input.resolution === 'take_incoming') {
          const incoming = JSON.parse(row.incoming_record) as CaseAggregate;
          await replaceWithIncoming(trx, row.peer_id, incoming, row.incoming_version, local);
        } else if (local) {
          // Ours must reach the peer and win there: a version above theirs, based on theirs.
          await bumpCaseVersion(trx, local.id, Math.max(local.version, row.incoming_version) + 1);
          await putCaseState(trx, row.peer_id, row.case_uuid, { peerVersion: row.incoming_version });
        }
        await markConflictResolved(trx, row.uuid, {
          resolution: input.resolution,
          by: user?.displayName ?? '系统',
          now: now(),
        });
        return conflictToPublic((await getConflict(trx, row.uuid))!);
      });
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
