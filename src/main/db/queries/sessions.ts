import type { Kysely, Selectable } from 'kysely';
import type { UserSessionTable } from '../accountTables.ts';
import type { Database } from '../schema.ts';
import { withMediator, type UserRow } from './users.ts';

export type SessionRow = Selectable<UserSessionTable>;

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: number; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ended_at: null,
    })
    .execute();
}

export async function getLiveSessionWithUser(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow & { mediator_uuid: string | null } } | undefined> {
  const session = await db
    .selectFrom('user_session')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await withMediator(db).where('user_account.id', '=', session.user_id).executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, now: string): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function endSession(db: Kysely<Database>, tokenHash: string, now: string): Promise<void> {
  await db.updateTable('user_session').set({ ended_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function endSessionsOfUser(db: Kysely<Database>, userId: number, now: string): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every live session of a user except the one given (a password change keeps the changer's own). */
export async function endOtherSessionsOfUser(
  db: Kysely<Database>,
  userId: number,
  keepTokenHash: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('user_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('token_hash', '!=', keepTokenHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
