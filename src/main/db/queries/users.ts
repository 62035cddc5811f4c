import type { Kysely, Selectable } from 'kysely';
import type { UserAccountTable } from '../accountTables.ts';
import type { Database } from '../schema.ts';
import type { Role } from '../../../shared/api/roles.ts';
import type { SessionUser, UserAccount } from '../../../shared/types/account.ts';

export type UserRow = Selectable<UserAccountTable>;
type UserRowWithMediator = UserRow & { mediator_uuid: string | null; mediator_name: string | null };

export function rowToUser(row: UserRowWithMediator): UserAccount {
  return {
    mediatorId: row.mediator_uuid,
    mediatorName: row.mediator_name,
    seesAllCases: row.sees_all_cases === 1,
    id: row.uuid,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

export function rowToSessionUser(row: UserRow & { mediator_uuid?: string | null }): SessionUser {
  return {
    id: row.uuid,
    rowId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    mustChangePassword: row.must_change_password === 1,
    mediatorRowId: row.mediator_id,
    mediatorId: row.mediator_uuid ?? null,
    seesAllCases: row.sees_all_cases === 1,
  };
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function getUserByUsername(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  // username is COLLATE NOCASE in the schema, so 'Admin' and 'admin' are one account.
  return db.selectFrom('user_account').selectAll().where('username', '=', username).executeTakeFirst();
}

export function getUserByUuid(db: Kysely<Database>, uuid: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('uuid', '=', uuid).executeTakeFirst();
}

export function getUserById(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** With the linked roster entry, for the user list. */
export function withMediator(db: Kysely<Database>) {
  return db
    .selectFrom('user_account')
    .leftJoin('mediator', 'mediator.id', 'user_account.mediator_id')
    .selectAll('user_account')
    .select(['mediator.uuid as mediator_uuid', 'mediator.name as mediator_name']);
}

export function listUsers(db: Kysely<Database>): Promise<UserRowWithMediator[]> {
  return withMediator(db).orderBy('user_account.active', 'desc').orderBy('user_account.username').execute();
}

export function getUserWithMediator(
  db: Kysely<Database>,
  id: number,
): Promise<UserRowWithMediator | undefined> {
  return withMediator(db).where('user_account.id', '=', id).executeTakeFirst();
}

export async function getMediatorRowId(db: Kysely<Database>, uuid: string): Promise<number | undefined> {
  return (await db.selectFrom('mediator').select('id').where('uuid', '=', uuid).executeTakeFirst())?.id;
}

/** Another account already linked to this roster entry (one login per mediator). */
export async function accountLinkedTo(
  db: Kysely<Database>,
  mediatorRowId: number,
  exceptUserId: number | null,
): Promise<{ username: string } | undefined> {
  let query = db
    .selectFrom('user_account')
    .select('username')
    .where('mediator_id', '=', mediatorRowId)
    .where('active', '=', 1);
  if (exceptUserId !== null) query = query.where('id', '<>', exceptUserId);
  return query.executeTakeFirst();
}

export interface NewUser {
  readonly uuid: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
  readonly now: string;
}

export function insertUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  return db
    .insertInto('user_account')
    .values({
      uuid: user.uuid,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ? 1 : 0,
      locked_until: null,
      created_at: user.now,
      updated_at: user.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface UserChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly active?: boolean;
  readonly passwordHash?: string;
  readonly mustChangePassword?: boolean;
  readonly failedAttempts?: number;
  readonly lockedUntil?: string | null;
  readonly mediatorRowId?: number | null;
  readonly seesAllCases?: boolean;
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: UserChanges,
  now: string,
): Promise<UserRow> {
  return db
    .updateTable('user_account')
    .set({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.mustChangePassword !== undefined && {
        must_change_password: changes.mustChangePassword ? 1 : 0,
      }),
      ...(changes.failedAttempts !== undefined && { failed_attempts: changes.failedAttempts }),
      ...(changes.lockedUntil !== undefined && { locked_until: changes.lockedUntil }),
      ...(changes.mediatorRowId !== undefined && { mediator_id: changes.mediatorRowId }),
      ...(changes.seesAllCases !== undefined && { sees_all_cases: changes.seesAllCases ? 1 : 0 }),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return row.n;
}
