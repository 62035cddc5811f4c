import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ExchangeConflictTable, ExchangePeerTable } from '../exchangeTables.ts';

export type PeerRow = Selectable<ExchangePeerTable>;
export type ConflictRow = Selectable<ExchangeConflictTable>;

export async function getIdentity(db: Kysely<Database>) {
  return db.selectFrom('exchange_identity').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function insertIdentity(
  db: Kysely<Database>,
  v: { peerId: string; publicKey: string; privateKey: string; now: string },
): Promise<void> {
  await db
    .insertInto('exchange_identity')
    .values({
      id: 1,
      peer_id: v.peerId,
      public_key: v.publicKey,
      private_key: v.privateKey,
      created_at: v.now,
    })
    .execute();
}

export async function getPeer(db: Kysely<Database>, peerId: string): Promise<PeerRow | undefined> {
  return db.selectFrom('exchange_peer').selectAll().where('peer_id', '=', peerId).executeTakeFirst();
}

export async function listPeers(db: Kysely<Database>): Promise<PeerRow[]> {
  return db.selectFrom('exchange_peer').selectAll().orderBy('name').execute();
}

export async function upsertPeer(
  db: Kysely<Database>,
  v: { peerId: string; name: string; kind: 'station' | 'centre'; publicKey: string; now: string; by: string },
): Promise<void> {
  await db
    .insertInto('exchange_peer')
    .values({
      peer_id: v.peerId,
      name: v.name,
      kind: v.kind,
      public_key: v.publicKey,
      registered_at: v.now,
      registered_by: v.by,
    })
    .onConflict((oc) =>
      oc.column('peer_id').doUpdateSet({
        name: v.name,
        kind: v.kind,
        public_key: v.publicKey,
        registered_at: v.now,
        registered_by: v.by,
      }),
    )
    .execute();
}

export async function bumpExportSeq(db: Kysely<Database>, peerId: string): Promise<number> {
  const peer = await db
    .selectFrom('exchange_peer')
    .select('last_export_seq')
    .where('peer_id', '=', peerId)
    .executeTakeFirstOrThrow();
  const seq = peer.last_export_seq + 1;
  await db.updateTable('exchange_peer').set({ last_export_seq: seq }).where('peer_id', '=', peerId).execute();
  return seq;
}

export async function noteImportSeq(db: Kysely<Database>, peerId: string, seq: number): Promise<void> {
  await db
    .updateTable('exchange_peer')
    .set((eb) => ({ last_import_seq: eb.fn('max', [eb.ref('last_import_seq'), eb.val(seq)]) }))
    .where('peer_id', '=', peerId)
    .execute();
}

export interface CaseState {
  readonly peerVersion: number;
  readonly localVersion: number;
  readonly exportedVersion: number;
}

export async function getCaseState(
  db: Kysely<Database>,
  peerId: string,
  caseUuid: string,
): Promise<CaseState | null> {
  const row = await db
    .selectFrom('exchange_case_state')
    .selectAll()
    .where('peer_id', '=', peerId)
    .where('case_uuid', '=', caseUuid)
    .executeTakeFirst();
  return row
    ? {
        peerVersion: row.peer_version,
        localVersion: row.local_version,
        exportedVersion: row.exported_version,
      }
    : null;
}

export async function putCaseState(
  db: Kysely<Database>,
  peerId: string,
  caseUuid: string,
  change: Partial<{ peerVersion: number; localVersion: number; exportedVersion: number }>,
): Promise<void> {
  const set = {
    ...(change.peerVersion !== undefined ? { peer_version: change.peerVersion } : {}),
    ...(change.localVersion !== undefined ? { local_version: change.localVersion } : {}),
    ...(change.exportedVersion !== undefined ? { exported_version: change.exportedVersion } : {}),
  };
  await db
    .insertInto('exchange_case_state')
    .values({ peer_id: peerId, case_uuid: caseUuid, ...set })
    .onConflict((oc) => oc.columns(['peer_id', 'case_uuid']).doUpdateSet(set))
    .execute();
}

/**
 * Cases to send to a peer: changed here since the last exchange with it. To a centre: the cases
 * of this organisation; to a station: its own cases and cases transferred down to it; to either,
 * any case exchanged with it before.
 */
export async function listCasesToSend(
  db: Kysely<Database>,
  peer: { peerId: string; kind: 'station' | 'centre' },
  full: boolean,
): Promise<{ id: number; uuid: string; version: number }[]> {
  let query = db
    .selectFrom('dispute_case as c')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .leftJoin('exchange_case_state as s', (join) =>
      join.onRef('s.case_uuid', '=', 'c.uuid').on('s.peer_id', '=', peer.peerId),
    )
    .select(['c.id', 'c.uuid', 'c.version'])
    .orderBy('c.id');
  query =
    peer.kind === 'centre'
      ? // A case the centre sent down (its organisation is the centre's) goes back up once handled here.
        query.where((eb) => eb.or([eb('o.is_home', '=', 1), eb('s.case_uuid', 'is not', null)]))
      : query.where((eb) =>
          eb.or([
            eb('s.case_uuid', 'is not', null),
            eb('o.uuid', '=', peer.peerId),
            eb.exists(
              eb
                .selectFrom('transfer as t')
                .innerJoin('organisation as target', 'target.id', 't.target_organisation_id')
                .select('t.id')
                .whereRef('t.case_id', '=', 'c.id')
                .where('target.uuid', '=', peer.peerId),
            ),
          ]),
        );
  if (!full) {
    query = query.where((eb) =>
      eb.or([
        eb('s.case_uuid', 'is', null),
        eb(
          'c.version',
          '>',
          sql<number>`max(${sql.ref('s.exported_version')}, ${sql.ref('s.local_version')})`,
        ),
      ]),
    );
  }
  return query.execute();
}

export async function findPackage(db: Kysely<Database>, direction: 'export' | 'import', packageId: string) {
  return db
    .selectFrom('exchange_package')
    .selectAll()
    .where('direction', '=', direction)
    .where('package_id', '=', packageId)
    .executeTakeFirst();
}

export async function insertPackage(
  db: Kysely<Database>,
  v: {
    packageId: string;
    direction: 'export' | 'import';
    peerId: string;
    seq: number;
    sha256: string;
    caseCount: number;
    fileCount: number;
    summary: Record<string, unknown>;
    at: string;
    by: string;
  },
): Promise<void> {
  await db
    .insertInto('exchange_package')
    .values({
      package_id: v.packageId,
      direction: v.direction,
      peer_id: v.peerId,
      seq: v.seq,
      sha256: v.sha256,
      case_count: v.caseCount,
      file_count: v.fileCount,
      summary: JSON.stringify(v.summary),
      at: v.at,
      by_user: v.by,
    })
    .execute();
}

export async function listPackages(db: Kysely<Database>, limit: number) {
  return db.selectFrom('exchange_package').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

export async function insertConflict(
  db: Kysely<Database>,
  v: {
    uuid: string;
    caseUuid: string;
    peerId: string;
    packageId: string;
    localVersion: number;
    incomingVersion: number;
    localRecord: string;
    incomingRecord: string;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('exchange_conflict')
    .values({
      uuid: v.uuid,
      case_uuid: v.caseUuid,
      peer_id: v.peerId,
      package_id: v.packageId,
      local_version: v.localVersion,
      incoming_version: v.incomingVersion,
      local_record: v.localRecord,
      incoming_record: v.incomingRecord,
      detected_at: v.now,
      resolved_at: null,
      resolved_by: null,
      resolution: null,
    })
    .execute();
}

export async function listConflicts(db: Kysely<Database>, openOnly: boolean): Promise<ConflictRow[]> {
  let query = db.selectFrom('exchange_conflict').selectAll().orderBy('id', 'desc').limit(200);
  if (openOnly) query = query.where('resolved_at', 'is', null);
  return query.execute();
}

export async function getConflict(db: Kysely<Database>, uuid: string): Promise<ConflictRow | undefined> {
  return db.selectFrom('exchange_conflict').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function markConflictResolved(
  db: Kysely<Database>,
  uuid: string,
  v: { resolution: 'keep_local' | 'take_incoming'; by: string; now: string },
): Promise<void> {
  await db
    .updateTable('exchange_conflict')
    .set({ resolution: v.resolution, resolved_by: v.by, resolved_at: v.now })
    .where('uuid', '=', uuid)
    .where('resolved_at', 'is', null)
    .execute();
}

/** An open conflict for this case and peer: a newer package updates it instead of adding another. */
export async function findOpenConflict(
  db: Kysely<Database>,
  peerId: string,
  caseUuid: string,
): Promise<ConflictRow | undefined> {
  return db
    .selectFrom('exchange_conflict')
    .selectAll()
    .where('peer_id', '=', peerId)
    .where('case_uuid', '=', caseUuid)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
}

export async function getHomeOrganisation(db: Kysely<Database>) {
  return db
    .selectFrom('organisation')
    .select(['id', 'uuid', 'name'])
    .where('is_home', '=', 1)
    .executeTakeFirst();
}

/** Mediators a package carries besides those its cases point at: this organisation's, and the peer's. */
export async function listMediatorIdsOfOrganisations(
  db: Kysely<Database>,
  organisationUuids: readonly string[],
): Promise<number[]> {
  if (organisationUuids.length === 0) return [];
  const rows = await db
    .selectFrom('mediator as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select('m.id')
    .where('o.uuid', 'in', organisationUuids)
    .execute();
  return rows.map((r) => r.id);
}

export async function getCaseIdVersion(db: Kysely<Database>, uuid: string) {
  return db.selectFrom('dispute_case').select(['id', 'version']).where('uuid', '=', uuid).executeTakeFirst();
}

export async function bumpCaseVersion(db: Kysely<Database>, caseId: number, version: number): Promise<void> {
  await db.updateTable('dispute_case').set({ version }).where('id', '=', caseId).execute();
}

/** Refreshes an open conflict with the newest package's version (same fields as insertConflict). */
export async function replaceConflict(
  db: Kysely<Database>,
  v: Parameters<typeof insertConflict>[1],
): Promise<void> {
  await db
    .updateTable('exchange_conflict')
    .set({
      package_id: v.packageId,
      local_version: v.localVersion,
      incoming_version: v.incomingVersion,
      local_record: v.localRecord,
      incoming_record: v.incomingRecord,
      detected_at: v.now,
    })
    .where('uuid', '=', v.uuid)
    .where('resolved_at', 'is', null)
    .execute();
}
