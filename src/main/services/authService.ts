import { createHash, randomBytes } from 'node:crypto';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { SessionStarted, SessionUser } from '../../shared/types/account.ts';
import { getSetting } from '../db/queries/settings.ts';
import { endSession, getLiveSessionWithUser, insertSession, touchSession } from '../db/queries/sessions.ts';
import { getUserByUsername, rowToSessionUser, updateUser, type UserRow } from '../db/queries/users.ts';
import type { AuditService } from './auditService.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwordHasher.ts';
import type { ServiceDeps } from './serviceDeps.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
export const DEFAULT_IDLE_MINUTES = 30;
const ABSOLUTE_SESSION_HOURS = 12;
/** last_seen is written at most this often, so reads do not each cost a disk write. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type SessionLookup =
  | { readonly state: 'none' }
  | { readonly state: 'expired' }
  | { readonly state: 'active'; readonly user: SessionUser };

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: ServiceDeps, audit: AuditService) {
  const { db, clock, inTransaction } = deps;
  const minutesFromNow = (minutes: number) =>
    new Date(clock.now().getTime() + minutes * 60_000).toISOString();

  async function idleMinutes(): Promise<number> {
    const value = Number(await getSetting(db, 'session.idleMinutes'));
    return Number.isFinite(value) && value >= 1 ? value : DEFAULT_IDLE_MINUTES;
  }

  async function startSession(user: UserRow): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await insertSession(db, {
      tokenHash: hashToken(token),
      userId: user.id,
      now: clock.now().toISOString(),
      expiresAt: minutesFromNow(ABSOLUTE_SESSION_HOURS * 60),
    });
    return token;
  }

  return {
    startSession,

    /**
     * Checks the password; counts failures and locks the account after MAX_FAILED_ATTEMPTS for
     * LOCKOUT_MINUTES. Failures are committed before the error is thrown, so they are not rolled back.
     */
    async login(input: ParsedInputOf<'auth.login'>): Promise<SessionStarted> {
      const user = await getUserByUsername(db, input.username);
      const now = clock.now();
      if (user?.locked_until && Date.parse(user.locked_until) > now.getTime()) {
        throw new AppError(
          'UNAUTHENTICATED',
          `密码连续输错次数过多，账户已锁定，请于 ${lockedUntilText(user.locked_until)} 后再试，或请管理员重置密码。`,
          {
            lockedUntil: user.locked_until,
          },
        );
      }
      const passwordOk = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !passwordOk || user.active !== 1) {
        const lockedUntil = user ? await recordFailure(user) : null;
        throw new AppError(
          'UNAUTHENTICATED',
          lockedUntil
            ? `密码连续输错 ${MAX_FAILED_ATTEMPTS} 次，账户已锁定 ${LOCKOUT_MINUTES} 分钟。`
            : user && user.active !== 1 && passwordOk
              ? '该账户已停用，请联系管理员。'
              : '用户名或密码不正确。',
          lockedUntil ? { lockedUntil } : undefined,
        );
      }
      return inTransaction(async (trx) => {
        const fresh = await updateUser(
          trx,
          user.id,
          { failedAttempts: 0, lockedUntil: null },
          now.toISOString(),
        );
        const sessionUser = rowToSessionUser(fresh);
        await audit.record(trx, {
          actor: sessionUser,
          method: 'auth.login',
          targetType: 'user',
          targetId: fresh.uuid,
          detail: {},
        });
        return { user: sessionUser, sessionToken: await startSession(fresh) };
      });
    },

    async resolve(token: string | undefined): Promise<SessionLookup> {
      if (!token) return { state: 'none' };
      const tokenHash = hashToken(token);
      const found = await getLiveSessionWithUser(db, tokenHash);
      if (!found || found.user.active !== 1) return { state: 'none' };
      const now = clock.now().getTime();
      const idleLimit = (await idleMinutes()) * 60_000;
      if (
        now - Date.parse(found.session.last_seen_at) > idleLimit ||
        now > Date.parse(found.session.expires_at)
      ) {
        await endSession(db, tokenHash, clock.now().toISOString());
        return { state: 'expired' };
      }
      if (now - Date.parse(found.session.last_seen_at) > TOUCH_EVERY_MS) {
        await touchSession(db, tokenHash, clock.now().toISOString());
      }
      return { state: 'active', user: rowToSessionUser(found.user) };
    },

    async logout(token: string | undefined, actor: SessionUser | null): Promise<{ sessionEnded: true }> {
      if (token) {
        await inTransaction(async (trx) => {
          await endSession(trx, hashToken(token), clock.now().toISOString());
          if (actor)
            await audit.record(trx, {
              actor,
              method: 'auth.logout',
              targetType: 'user',
              targetId: actor.id,
              detail: {},
            });
        });
      }
      return { sessionEnded: true };
    },

    async changePassword(
      actor: SessionUser,
      input: ParsedInputOf<'auth.changePassword'>,
    ): Promise<SessionUser> {
      const user = await getUserByUsername(db, actor.username);
      if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
        throw new AppError('INVALID_INPUT', '当前密码不正确。', {
          fields: { currentPassword: '当前密码不正确' },
        });
      }
      const passwordHash = await hashPassword(input.newPassword);
      return inTransaction(async (trx) => {
        const row = await updateUser(
          trx,
          user.id,
          { passwordHash, mustChangePassword: false },
          clock.now().toISOString(),
        );
        return rowToSessionUser(row);
      });
    },
  };

  async function recordFailure(user: UserRow): Promise<string | null> {
    const attempts = user.failed_attempts + 1;
    const lockedUntil = attempts >= MAX_FAILED_ATTEMPTS ? minutesFromNow(LOCKOUT_MINUTES) : null;
    await inTransaction(async (trx) => {
      await updateUser(
        trx,
        user.id,
        { failedAttempts: lockedUntil ? 0 : attempts, lockedUntil },
        clock.now().toISOString(),
      );
      await audit.record(trx, {
        actor: null,
        method: lockedUntil ? 'auth.locked' : 'auth.login-failed',
        targetType: 'user',
        targetId: user.uuid,
        detail: { username: user.username, attempts },
      });
    });
    return lockedUntil;
  }
}

function lockedUntilText(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
