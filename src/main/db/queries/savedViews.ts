import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function listSavedViews(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('saved_view')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'case_list')
    .orderBy('name')
    .execute();
}

/** Saves by (user, name): saving under an existing name replaces that view's filters. */
export async function upsertSavedView(
  db: Kysely<Database>,
  userId: number,
  name: string,
  filters: string,
  now: string,
) {
  return db
    .insertInto('saved_view')
    .values({ user_id: userId, kind: 'case_list', name, filters, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'name']).doUpdateSet({ filters, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSavedView(db: Kysely<Database>, userId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_view')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
