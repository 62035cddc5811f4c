import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';
import { getCaseSummaryRows, rowToSummary } from './cases.ts';
import { OPEN_CASE_STATUSES } from '../../../shared/types/caseStatus.ts';
import type { CaseSummary } from '../../../shared/types/dispute.ts';

/**
 * The deadline lists of the 工作台 and `deadline.list` (issue 18). Each kind reads a partial index over
 * open work only (migration 0015), keyed by due date, so a count or a first page costs what the open
 * backlog costs, not what the file holds. The open-state conditions are written as SQL literals: a
 * partial index is only used when the query repeats its condition literally (ARCHITECTURE.md, Database).
 *
 * Every query keeps the caller's data scope (`visibleTo`) and the optional mediator filter in its SQL.
 */
export interface DeadlineScope {
  /** Only cases assigned (now) to this roster entry. */
  readonly mediatorRowId?: number | undefined;
  /** A 调解员's own cases; null for roles that see the organisation. */
  readonly visibleTo: CaseScope | null;
}

/** Due dates from `from` (inclusive, optional) to `to` (inclusive). */
export interface DueRange {
  readonly from?: string | undefined;
  readonly to: string;
}

export type SqlDeadlineKind = 'case' | 'obligation' | 'follow_up' | 'reply';

function assignedTo(mediatorRowId: number) {
  return (eb: Parameters<ReturnType<typeof visibleTo>>[0]) =>
    eb.exists(
      eb
        .selectFrom('case_assignment')
        .select('case_assignment.id')
        .whereRef('case_assignment.case_id', '=', 'dispute_case.id')
        .where('case_assignment.mediator_id', '=', mediatorRowId)
        .where('case_assignment.ended_at', 'is', null),
    );
}

// `+status` exactly as in the index's condition (migration 0015), which keeps dispute_case_status out.
const RUNNING_CASE = sql<SqlBool>`+dispute_case.status IN ('accepted', 'in_mediation') AND dispute_case.due_date IS NOT NULL`;
const OPEN_OBLIGATION = sql<SqlBool>`obligation.due_date IS NOT NULL AND obligation.performance_status <> 'performed' AND obligation.case_archived = 0`;
const PLANNED_FOLLOW_UP = sql<SqlBool>`follow_up.status = 'planned' AND follow_up.case_archived = 0`;
// 交单 (migration ticket_cycle): the condition of its partial index dispute_case_reply_due, literally.
const REPLY_PENDING = sql<SqlBool>`dispute_case.reply_due_on IS NOT NULL AND dispute_case.reply_final_on IS NULL`;

function inRange(column: Expression<string | null>, range: DueRange) {
  return range.from === undefined
    ? sql<SqlBool>`${column} <= ${range.to}`
    : sql<SqlBool>`${column} BETWEEN ${range.from} AND ${range.to}`;
}

/** The rows of one kind in the range, with the case joined for scope and for what the list shows. */
function casesDue(db: Kysely<Database>, range: DueRange, scope: DeadlineScope) {
  let query = db
    .selectFrom('dispute_case')
    .where(RUNNING_CASE)
    .where(inRange(sql.ref('dispute_case.due_date'), range));
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  return query;
}

/**
 * Counting needs no join when nothing narrows by case (the foreign key guarantees the case): the
 * count is then read from the index alone. Pages and scoped counts join the case.
 */
const narrowed = (scope: DeadlineScope) => scope.visibleTo !== null || scope.mediatorRowId !== undefined;

function obligationsDue(db: Kysely<Database>, range: DueRange, scope: DeadlineScope) {
  let query = db
    .selectFrom('obligation')
    .innerJoin('agreement', 'agreement.id', 'obligation.agreement_id')
    .innerJoin('dispute_case', 'dispute_case.id', 'agreement.case_id')
    .where(OPEN_OBLIGATION)
    .where(inRange(sql.ref('obligation.due_date'), range));
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  return query;
}

function followUpsDue(db: Kysely<Database>, range: DueRange, scope: DeadlineScope) {
  let query = db
    .selectFrom('follow_up')
    .innerJoin('dispute_case', 'dispute_case.id', 'follow_up.case_id')
    .where(PLANNED_FOLLOW_UP)
    .where(inRange(sql.ref('follow_up.due_on'), range));
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  return query;
}

/** Replies owed to whoever referred the case (12345, court, police, 信访 …) without a final one yet. */
function repliesDue(db: Kysely<Database>, range: DueRange, scope: DeadlineScope) {
  let query = db
    .selectFrom('dispute_case')
    .where(REPLY_PENDING)
    .where(inRange(sql.ref('dispute_case.reply_due_on'), range))
    .where('dispute_case.status', '<>', sql.lit('voided'));
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  return query;
}

function countOpen(db: Kysely<Database>, kind: SqlDeadlineKind, range: DueRange, scope: DeadlineScope) {
  const n = sql<number>`count(*)`.as('n');
  if (kind === 'case') return casesDue(db, range, scope).select(n).executeTakeFirstOrThrow();
  if (kind === 'reply') return repliesDue(db, range, scope).select(n).executeTakeFirstOrThrow();
  if (narrowed(scope))
    return kind === 'obligation'
      ? obligationsDue(db, range, scope).select(n).executeTakeFirstOrThrow()
      : followUpsDue(db, range, scope).select(n).executeTakeFirstOrThrow();
  return kind === 'obligation'
    ? db
        .selectFrom('obligation')
        .where(OPEN_OBLIGATION)
        .where(inRange(sql.ref('obligation.due_date'), range))
        .select(n)
        .executeTakeFirstOrThrow()
    : db
        .selectFrom('follow_up')
        .where(PLANNED_FOLLOW_UP)
        .where(inRange(sql.ref('follow_up.due_on'), range))
        .select(n)
        .executeTakeFirstOrThrow();
}

/** How many items of each SQL-kept kind fall in the range. */
export async function countDue(
  db: Kysely<Database>,
  range: DueRange,
  scope: DeadlineScope,
  kinds: readonly SqlDeadlineKind[],
): Promise<Record<SqlDeadlineKind, number>> {
  const none = Promise.resolve({ n: 0 });
  const [cases, obligations, followUps, replies] = await Promise.all(
    (['case', 'obligation', 'follow_up', 'reply'] as const).map((kind) =>
      kinds.includes(kind) ? countOpen(db, kind, range, scope) : none,
    ),
  );
  return { case: cases!.n, obligation: obligations!.n, follow_up: followUps!.n, reply: replies!.n };
}

/** The first `limit` items of each kind, most urgent (earliest due) first. */
export async function firstDue(
  db: Kysely<Database>,
  range: DueRange,
  scope: DeadlineScope,
  kinds: readonly SqlDeadlineKind[],
  limit: number,
) {
  const [cases, obligations, followUps, replies] = await Promise.all([
    kinds.includes('case')
      ? casesDue(db, range, scope)
          .select([
            'dispute_case.id',
            'dispute_case.uuid',
            'dispute_case.case_no',
            'dispute_case.title',
            'dispute_case.due_date',
            'dispute_case.time_limit_days',
          ])
          .orderBy('dispute_case.due_date')
          .orderBy('dispute_case.id')
          .limit(limit)
          .execute()
      : [],
    kinds.includes('obligation')
      ? obligationsDue(db, range, scope)
          .innerJoin('party', 'party.id', 'obligation.obligor_party_id')
          .select([
            'obligation.id',
            'obligation.uuid',
            'obligation.seq',
            'obligation.content',
            'obligation.due_date',
            'party.name as obligor_name',
            'dispute_case.uuid as case_uuid',
            'dispute_case.case_no',
            'dispute_case.title',
          ])
          .orderBy('obligation.due_date')
          .orderBy('obligation.id')
          .limit(limit)
          .execute()
      : [],
    kinds.includes('follow_up')
      ? followUpsDue(db, range, scope)
          .select([
            'follow_up.id',
            'follow_up.uuid',
            'follow_up.due_on',
            'follow_up.reason',
            'dispute_case.uuid as case_uuid',
            'dispute_case.case_no',
            'dispute_case.title',
          ])
          .orderBy('follow_up.due_on')
          .orderBy('follow_up.id')
          .limit(limit)
          .execute()
      : [],
    kinds.includes('reply')
      ? repliesDue(db, range, scope)
          .select([
            'dispute_case.id',
            'dispute_case.uuid',
            'dispute_case.case_no',
            'dispute_case.title',
            'dispute_case.source',
            sql<string>`dispute_case.reply_due_on`.as('reply_due_on'),
          ])
          .orderBy('dispute_case.reply_due_on')
          .orderBy('dispute_case.id')
          .limit(limit)
          .execute()
      : [],
  ]);
  return { cases, obligations, followUps, replies };
}

const OPEN_CONFIRMATION = sql<SqlBool>`agreement.confirmation_open = 1`;

/**
 * Agreements awaiting a 司法确认 application (`agreement.confirmation_open`, migration 0015) effective
 * between two days: the caller turns a range of deadlines into the range of effective dates that
 * produce them (the deadline only grows with the effective date).
 */
function confirmationsDue(
  db: Kysely<Database>,
  effective: { from: string; to: string },
  scope: DeadlineScope,
) {
  let query = db
    .selectFrom('agreement')
    .innerJoin('dispute_case', 'dispute_case.id', 'agreement.case_id')
    .where(OPEN_CONFIRMATION)
    .where(sql<SqlBool>`agreement.effective_on BETWEEN ${effective.from} AND ${effective.to}`);
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  return query;
}

export async function countConfirmationsDue(
  db: Kysely<Database>,
  effective: { from: string; to: string },
  scope: DeadlineScope,
): Promise<number> {
  if (effective.from > effective.to) return 0;
  const row = await confirmationsDue(db, effective, scope)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The first `limit` of them, earliest effective (so earliest deadline) first. */
export async function firstConfirmationsDue(
  db: Kysely<Database>,
  effective: { from: string; to: string },
  scope: DeadlineScope,
  limit: number,
) {
  if (effective.from > effective.to) return [];
  return confirmationsDue(db, effective, scope)
    .select([
      'agreement.id',
      'agreement.uuid',
      'agreement.effective_on',
      'dispute_case.uuid as case_uuid',
      'dispute_case.case_no',
      'dispute_case.title',
    ])
    .orderBy('agreement.effective_on')
    .orderBy('agreement.id')
    .limit(limit)
    .execute();
}

/**
 * The 工作台's open cases (登记/受理/调解中), nearest due date first (cases without one, not yet
 * accepted, come first, as in the case list): the page's ids first, then their summaries, so the
 * party names and lead mediator are looked up for the page only, not for every open case.
 */
export async function openCasesPage(
  db: Kysely<Database>,
  scope: DeadlineScope,
  pageSize: number,
): Promise<{ rows: CaseSummary[]; total: number }> {
  let query = db.selectFrom('dispute_case').where('dispute_case.status', 'in', OPEN_CASE_STATUSES);
  if (scope.visibleTo) query = query.where(visibleTo(scope.visibleTo));
  if (scope.mediatorRowId !== undefined) query = query.where(assignedTo(scope.mediatorRowId));
  const [page, count] = await Promise.all([
    query
      .select('dispute_case.id')
      .orderBy('dispute_case.due_date')
      .orderBy('dispute_case.id')
      .limit(pageSize)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const byId = new Map(
    (
      await getCaseSummaryRows(
        db,
        page.map((r) => r.id),
      )
    ).map((row) => [row.id, rowToSummary(row)]),
  );
  return { rows: page.flatMap((r) => byId.get(r.id) ?? []), total: count.n };
}
