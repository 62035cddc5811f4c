import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { Role } from '../../shared/api/roles.ts';
import { AppError } from '../../shared/errors.ts';
import type { UserAccount } from '../../shared/types/account.ts';
import type { Database } from '../db/schema.ts';
import { endSessionsOfUser } from '../db/queries/sessions.ts';
import {
  countActiveAdmins,
  countUsers,
  getUserByUsername,
  getUserByUuid,
  insertUser,
  listUsers,
  rowToUser,
  updateUser,
  type UserRow,
} from '../db/queries/users.ts';
import { hashPassword } from './passwordHasher.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import type { ChangeNote } from '../api/auditDetail.ts';

export type UserService = ReturnType<typeof createUserService>;

export function createUserService({ db, clock, newId }: ServiceDeps) {
  async function requireUser(trx: Kysely<Database>, id: string): Promise<UserRow> {
    const row = await getUserByUuid(trx, id);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这个用户。', { id });
    return row;
  }

  /** The last active administrator cannot be demoted or disabled: nobody could manage users after. */
  async function assertKeepsAnAdmin(
    trx: Kysely<Database>,
    row: UserRow,
    role: Role | undefined,
    active: boolean | undefined,
  ) {
    const losesAdmin =
      row.role === 'admin' && row.active === 1 && ((role && role !== 'admin') || active === false);
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1) {
      throw new AppError(
        'INVALID_STATE',
        '这是最后一个启用的管理员账户，不能停用或改为其他角色。请先添加另一名管理员。',
      );
    }
  }

  return {
    hasAccounts: async (): Promise<boolean> => (await countUsers(db)) > 0,

    list: async (): Promise<UserAccount[]> => (await listUsers(db)).map(rowToUser),

    /** `mustChangePassword` for accounts whose password someone else chose. */
    async create(
      input: { username: string; displayName: string; role: Role; password: string },
      mustChangePassword: boolean,
    ): Promise<UserRow> {
      const trx = db;
      if (await getUserByUsername(trx, input.username)) {
        throw new AppError('CONFLICT', `用户名“${input.username}”已被使用，请换一个。`, {
          fields: { username: '用户名已被使用' },
        });
      }
      return insertUser(trx, {
        uuid: newId(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        mustChangePassword,
        now: clock.now().toISOString(),
      });
    },

    async update(
      input: ParsedInputOf<'user.update'>,
      noteChange: (note: ChangeNote) => void,
    ): Promise<UserAccount> {
      const trx = db;
      const row = await requireUser(trx, input.id);
      await assertKeepsAnAdmin(trx, row, input.role, input.active);
      const now = clock.now().toISOString();
      const updated = await updateUser(
        trx,
        row.id,
        {
          ...(input.displayName !== undefined && { displayName: input.displayName }),
          ...(input.role !== undefined && { role: input.role }),
          ...(input.active !== undefined && { active: input.active }),
        },
        now,
      );
      if (input.active === false || (input.role !== undefined && input.role !== row.role)) {
        await endSessionsOfUser(trx, row.id, now); // new rights take effect at the next login
      }
      const [before, after] = [rowToUser(row), rowToUser(updated)];
      noteChange({ entity: 'user', id: row.uuid, before: { ...before }, after: { ...after } });
      return after;
    },

    async resetPassword(input: ParsedInputOf<'user.resetPassword'>): Promise<UserAccount> {
      const trx = db;
      const row = await requireUser(trx, input.id);
      const now = clock.now().toISOString();
      const updated = await updateUser(
        trx,
        row.id,
        {
          passwordHash: await hashPassword(input.newPassword),
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
        },
        now,
      );
      await endSessionsOfUser(trx, row.id, now);
      return rowToUser(updated);
    },
  };
}
