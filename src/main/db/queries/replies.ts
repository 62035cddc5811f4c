import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseReply, ReplyChannel, ReplyKind, ReplyResult } from '../../../shared/types/replies.ts';
import type { CaseScope } from './caseAccess.ts';
import { visibleTo } from './caseAccess.ts';

export async function insertReply(
  db: Kysely<Database>,
  r: {
    readonly uuid: string;
    readonly caseId: number;
    readonly kind: ReplyKind;
    readonly repliedOn: string;
    readonly channel: ReplyChannel;
    readonly recipient: string;
    readonly content: string;
    readonly result: ReplyResult;
    readonly now: string;
    readonly actor: string;
  },
): Promise<void> {
  await db
    .insertInto('case_reply')
    .values({
      uuid: r.uuid,
      case_id: r.caseId,
      kind: r.kind,
      replied_on: r.repliedOn,
      channel: r.channel,
      recipient: r.recipient,
      content: r.content,
      result: r.result,
      created_at: r.now,
      created_by: r.actor,
    })
    .execute();
}

export async function listReplies(db: Kysely<Database>, caseId: number): Promise<CaseReply[]> {
  const rows = await db
    .selectFrom('case_reply')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('replied_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.uuid,
    kind: r.kind as ReplyKind,
    repliedOn: r.replied_on,
    channel: r.channel as ReplyChannel,
    recipient: r.recipient,
    content: r.content,
    result: r.result as ReplyResult,
    createdBy: r.created_by,
  }));
}

/** Sets when the reply is due (outside writeCase: at registration, or when the rules change). */
export async function setReplyDue(db: Kysely<Database>, caseId: number, dueOn: string | null): Promise<void> {
  await db.updateTable('dispute_case').set({ reply_due_on: dueOn }).where('id', '=', caseId).execute();
}

export interface ReplyDueRow {
  readonly id: number;
  readonly uuid: string;
  readonly case_no: string | null;
  readonly title: string;
  readonly status: string;
  readonly source: string;
  readonly reply_due_on: string;
}

function repliesPending(
  db: Kysely<Database>,
  until: string,
  scope: CaseScope | null,
  mediatorRowId?: number,
) {
  let query = db
    .selectFrom('dispute_case')
    .where('reply_due_on', 'is not', null)
    .where('reply_final_on', 'is', null)
    .where('reply_due_on', '<=', until)
    .where('status', '<>', sql.lit('voided'));
  if (scope) query = query.where(visibleTo(scope));
  if (mediatorRowId !== undefined)
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('case_assignment')
        .select('case_id')
        .where('mediator_id', '=', mediatorRowId)
        .where('ended_at', 'is', null),
    );
  return query;
}

/** Replies due by `until` without a final reply, most urgent first: the first `limit` rows. */
export async function repliesDueBy(
  db: Kysely<Database>,
  until: string,
  limit: number,
  scope: CaseScope | null = null,
  mediatorRowId?: number,
): Promise<ReplyDueRow[]> {
  const rows = await repliesPending(db, until, scope, mediatorRowId)
    .select(['id', 'uuid', 'case_no', 'title', 'status', 'source', 'reply_due_on'])
    .orderBy('reply_due_on')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows as ReplyDueRow[];
}

/** How many replies are overdue (due before `today`) and due from `today` to `until`. */
export async function countRepliesDue(
  db: Kysely<Database>,
  today: string,
  until: string,
  scope: CaseScope | null = null,
): Promise<{ overdue: number; dueSoon: number }> {
  const row = await repliesPending(db, until, scope)
    .select((eb) => [
      eb.fn.sum<number>(sql`reply_due_on < ${today}`).as('overdue'),
      eb.fn.countAll<number>().as('total'),
    ])
    .executeTakeFirstOrThrow();
  const overdue = Number(row.overdue ?? 0);
  return { overdue, dueSoon: Number(row.total) - overdue };
}
