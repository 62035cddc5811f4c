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
  getMediatorRowId,
  accountLinkedTo,
  getUserByUuid,
  getUserWithMediator,
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

  /** The account as the user list shows it, with its roster link. */
  async function present(id: number): Promise<UserAccount> {
    const row = await getUserWithMediator(db, id);
    if (!row) throw new AppError('NOT_FOUND', '没有找到这个用户。');
    return rowToUser(row);
  }

  /** The roster entry's row id; refused when unknown or when another account already logs in as it. */
  async function mediatorRowIdOf(
    mediatorId: string | null | undefined,
    forUserId: number | null,
  ): Promise<number | null | undefined> {
    if (mediatorId === undefined || mediatorId === null) return mediatorId;
    const rowId = await getMediatorRowId(db, mediatorId);
    if (rowId === undefined) {
      throw new AppError('INVALID_INPUT', '没有找到这名调解员。', {
        fields: { mediatorId: '请从调解员名册中选择' },
      });
    }
    const other = await accountLinkedTo(db, rowId, forUserId);
    if (other) {
      const message = `这名调解员已关联登录账户“${other.username}”，一名调解员只能关联一个账户。`;
      throw new AppError('CONFLICT', message, { fields: { mediatorId: message } });
    }
    return rowId;
  }

  return {
    present,

    hasAccounts: async (): Promise<boolean> => (await countUsers(db)) > 0,

    list: async (): Promise<UserAccount[]> => (await listUsers(db)).map(rowToUser),

    /** `mustChangePassword` for accounts whose password someone else chose. */
    async create(
      input: {
        username: string;
        displayName: string;
        role: Role;
        password: string;
        mediatorId?: string | null;
      },
      mustChangePassword: boolean,
    ): Promise<UserRow> {
      if (await getUserByUsername(db, input.username)) {
        throw new AppError('CONFLICT', `用户名“${input.username}”已被使用，请换一个。`, {
          fields: { username: '用户名已被使用' },
        });
      }
      const mediatorRowId = await mediatorRowIdOf(input.mediatorId, null);
      const row = await insertUser(db, {
        uuid: newId(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        mustChangePassword,
        now: clock.now().toISOString(),
      });
      // 用户管理 / 调解员 page: the login for a mediator is created and linked in one step.
      if (mediatorRowId == null) return row;
      return updateUser(db, row.id, { mediatorRowId }, clock.now().toISOString());
    },

    async update(
      input: ParsedInputOf<'user.update'>,
      noteChange: (note: ChangeNote) => void,
    ): Promise<UserAccount> {
      const row = await requireUser(db, input.id);
      await assertKeepsAnAdmin(db, row, input.role, input.active);
      const before = await present(row.id);
      const mediatorRowId = await mediatorRowIdOf(input.mediatorId, row.id);
      const now = clock.now().toISOString();
      await updateUser(
        db,
        row.id,
        {
          ...(input.displayName !== undefined && { displayName: input.displayName }),
          ...(input.role !== undefined && { role: input.role }),
          ...(input.active !== undefined && { active: input.active }),
          ...(mediatorRowId !== undefined && { mediatorRowId }),
          ...(input.seesAllCases !== undefined && { seesAllCases: input.seesAllCases }),
        },
        now,
      );
      if (input.active === false || (input.role !== undefined && input.role !== row.role)) {
        await endSessionsOfUser(db, row.id, now); // new rights take effect at the next login
      }
      const after = await present(row.id);
      noteChange({ entity: 'user', id: row.uuid, before: { ...before }, after: { ...after } });
      return after;
    },

    async resetPassword(input: ParsedInputOf<'user.resetPassword'>): Promise<UserAccount> {
      const row = await requireUser(db, input.id);
      const now = clock.now().toISOString();
      await updateUser(
        db,
        row.id,
        {
          passwordHash: await hashPassword(input.newPassword),
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
        },
        now,
      );
      await endSessionsOfUser(db, row.id, now);
      return present(row.id);
    },
  };
}
