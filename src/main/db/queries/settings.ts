import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function putSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}
