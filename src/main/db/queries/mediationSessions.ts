import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Session, SessionInterviewee } from '../../../shared/types/handling.ts';
import type { CalendarEntry } from '../../../shared/types/mediator.ts';
import type { SessionKind, SessionMode, SessionStatus } from '../../../shared/types/outcomeTaxonomy.ts';
import { parseJsonObject, toJson } from './json.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';

/** 调查 / 调解 sessions (named apart from the login sessions of queries/sessions.ts). */
export interface SessionValues {
  readonly kind: SessionKind;
  readonly status: SessionStatus;
  readonly startAt: string;
  readonly endAt: string | null;
  readonly place: string;
  readonly mode: SessionMode;
  readonly isPublic: boolean;
  readonly subject: string | null;
  readonly recorder: string | null;
  readonly transcript: string | null;
  readonly result: string | null;
  readonly rightsNoticeGiven: boolean;
  readonly interviewee: SessionInterviewee | null;
  readonly mediatorIds: readonly number[];
  readonly partyIds: readonly number[];
  readonly participants: readonly { readonly name: string; readonly relation: string | null }[];
}

function toRow(v: SessionValues) {
  return {
    kind: v.kind,
    status: v.status,
    start_at: v.startAt,
    end_at: v.endAt,
    place: v.place,
    mode: v.mode,
    is_public: v.isPublic ? 1 : 0,
    subject: v.subject,
    recorder: v.recorder,
    transcript: v.transcript,
    result: v.result,
    rights_notice_given: v.rightsNoticeGiven ? 1 : 0,
    interviewee: v.interviewee === null ? null : toJson(v.interviewee),
  };
}

async function replaceLinks(db: Kysely<Database>, sessionId: number, v: SessionValues): Promise<void> {
  await db.deleteFrom('session_mediator').where('session_id', '=', sessionId).execute();
  await db.deleteFrom('session_party').where('session_id', '=', sessionId).execute();
  await db.deleteFrom('session_participant').where('session_id', '=', sessionId).execute();
  const mediators = [...new Set(v.mediatorIds)];
  const parties = [...new Set(v.partyIds)];
  if (mediators.length > 0) {
    await db
      .insertInto('session_mediator')
      .values(mediators.map((m) => ({ session_id: sessionId, mediator_id: m })))
      .execute();
  }
  if (parties.length > 0) {
    await db
      .insertInto('session_party')
      .values(parties.map((p) => ({ session_id: sessionId, party_id: p })))
      .execute();
  }
  if (v.participants.length > 0) {
    await db
      .insertInto('session_participant')
      .values(v.participants.map((p) => ({ session_id: sessionId, name: p.name, relation: p.relation })))
      .execute();
  }
}

export async function insertSession(
  db: Kysely<Database>,
  uuid: string,
  caseId: number,
  v: SessionValues,
  now: string,
): Promise<void> {
  const { id } = await db
    .insertInto('session')
    .values({ ...toRow(v), uuid, case_id: caseId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceLinks(db, id, v);
}

export async function updateSession(
  db: Kysely<Database>,
  id: number,
  v: SessionValues,
  now: string,
): Promise<void> {
  await db
    .updateTable('session')
    .set({ ...toRow(v), updated_at: now })
    .where('id', '=', id)
    .execute();
  await replaceLinks(db, id, v);
}

export async function setSessionStatus(
  db: Kysely<Database>,
  id: number,
  status: SessionStatus,
  now: string,
): Promise<void> {
  await db.updateTable('session').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export async function getSessionRow(db: Kysely<Database>, uuid: string) {
  return db.selectFrom('session').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export async function listSessions(db: Kysely<Database>, caseId: number): Promise<Session[]> {
  const rows = await db
    .selectFrom('session')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('start_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [mediators, parties, participants] = await Promise.all([
    db
      .selectFrom('session_mediator')
      .innerJoin('mediator', 'mediator.id', 'session_mediator.mediator_id')
      .select(['session_mediator.session_id', 'mediator.uuid', 'mediator.name'])
      .where('session_mediator.session_id', 'in', ids)
      .execute(),
    db
      .selectFrom('session_party')
      .innerJoin('party', 'party.id', 'session_party.party_id')
      .select(['session_party.session_id', 'party.uuid'])
      .where('session_party.session_id', 'in', ids)
      .orderBy('party.sort_order')
      .execute(),
    db.selectFrom('session_participant').selectAll().where('session_id', 'in', ids).orderBy('id').execute(),
  ]);
  return rows.map((r) => {
    const own = mediators.filter((m) => m.session_id === r.id);
    return {
      id: r.uuid,
      kind: r.kind as SessionKind,
      status: r.status as SessionStatus,
      startAt: r.start_at,
      endAt: r.end_at,
      place: r.place,
      mode: r.mode as SessionMode,
      isPublic: r.is_public === 1,
      subject: r.subject,
      recorder: r.recorder,
      transcript: r.transcript,
      result: r.result,
      rightsNoticeGiven: r.rights_notice_given === 1,
      interviewee: parseJsonObject<SessionInterviewee>(r.interviewee),
      mediatorIds: own.map((m) => m.uuid),
      mediatorNames: own.map((m) => m.name),
      partyIdsPresent: parties.filter((p) => p.session_id === r.id).map((p) => p.uuid),
      participants: participants
        .filter((p) => p.session_id === r.id)
        .map((p) => ({ name: p.name, relation: p.relation })),
    };
  });
}

/** Scheduled sessions between two local times, optionally of one mediator: the calendar. */
export async function listCalendar(
  db: Kysely<Database>,
  range: {
    readonly from: string;
    readonly to: string;
    readonly mediatorRowId?: number | undefined;
    /** A 调解员's own cases only (the 工作台 of a scoped account). */
    readonly visibleTo?: CaseScope | null | undefined;
  },
): Promise<CalendarEntry[]> {
  let query = db
    .selectFrom('session')
    .innerJoin('dispute_case', 'dispute_case.id', 'session.case_id')
    .select([
      'session.id',
      'session.uuid',
      'session.kind',
      'session.start_at',
      'session.end_at',
      'session.place',
      'dispute_case.uuid as case_uuid',
      'dispute_case.case_no',
      'dispute_case.title',
    ])
    .where('session.status', '=', sql.lit('scheduled')) // a literal, so the partial index session_start applies
    .where('session.start_at', '>=', range.from)
    .where('session.start_at', '<', range.to);
  if (range.visibleTo) query = query.where(visibleTo(range.visibleTo));
  if (range.mediatorRowId !== undefined) {
    const mediatorRowId = range.mediatorRowId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_mediator')
          .select('session_mediator.session_id')
          .whereRef('session_mediator.session_id', '=', 'session.id')
          .where('session_mediator.mediator_id', '=', mediatorRowId),
      ),
    );
  }
  const rows = await query.orderBy('session.start_at').execute();
  if (rows.length === 0) return [];
  const names = await db
    .selectFrom('session_mediator')
    .innerJoin('mediator', 'mediator.id', 'session_mediator.mediator_id')
    .select(['session_mediator.session_id', 'mediator.name'])
    .where(
      'session_mediator.session_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    sessionId: r.uuid,
    caseId: r.case_uuid,
    caseNo: r.case_no,
    caseTitle: r.title,
    kind: r.kind as SessionKind,
    startAt: r.start_at,
    endAt: r.end_at,
    place: r.place,
    mediatorNames: names.filter((n) => n.session_id === r.id).map((n) => n.name),
  }));
}
