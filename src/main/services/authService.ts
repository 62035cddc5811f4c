import { createHash, randomBytes } from 'node:crypto';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { SessionStarted, SessionUser } from '../../shared/types/account.ts';
import { getSetting } from '../db/queries/settings.ts';
import {
  endOtherSessionsOfUser,
  endSession,
  getLiveSessionWithUser,
  insertSession,
  touchSession,
} from '../db/queries/sessions.ts';
import { createLoginThrottle } from './loginThrottle.ts';
import { getUserByUsername, rowToSessionUser, updateUser, type UserRow } from '../db/queries/users.ts';
import type { AuditService } from './auditService.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwordHasher.ts';
import type { ServiceDeps } from './serviceDeps.ts';

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
  const throttle = createLoginThrottle(() => clock.now().getTime());
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
     * Checks the password. Wrong passwords slow further attempts from the same computer for the
     * same name (loginThrottle.ts) instead of locking the account; an unknown name, a wrong password
     * and a name that is being throttled answer alike, whether or not the account exists.
     */
    async login(input: ParsedInputOf<'auth.login'>, client = 'unknown'): Promise<SessionStarted> {
      throttle.check(input.username, client);
      const user = await getUserByUsername(db, input.username);
      const now = clock.now();
      const passwordOk = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !passwordOk || user.active !== 1) {
        if (!passwordOk || !user) {
          throttle.failed(input.username, client);
          if (user) await recordFailure(user, client);
        }
        throw new AppError(
          'UNAUTHENTICATED',
          user && user.active !== 1 && passwordOk ? '该账户已停用，请联系管理员。' : '用户名或密码不正确。',
        );
      }
      throttle.succeeded(input.username, client);
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

    /**
     * Whether the token names a live session, without ending or touching it: the host sizes a body
     * limit by this before reading, and the router's own `resolve` must still see an expired session
     * as expired (the page then says so).
     */
    async isLive(token: string | undefined): Promise<boolean> {
      if (!token) return false;
      const found = await getLiveSessionWithUser(db, hashToken(token));
      if (!found || found.user.active !== 1) return false;
      const now = clock.now().getTime();
      return (
        now - Date.parse(found.session.last_seen_at) <= (await idleMinutes()) * 60_000 &&
        now <= Date.parse(found.session.expires_at)
      );
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

    /**
     * A wrong current password counts like a failed login (a stolen session must not become unlimited
     * guessing); a successful change ends every other session of the user, keeping only this one.
     */
    async changePassword(
      actor: SessionUser,
      input: ParsedInputOf<'auth.changePassword'>,
      sessionToken: string | undefined,
      client = 'unknown',
    ): Promise<SessionUser> {
      throttle.check(actor.username, client);
      const user = await getUserByUsername(db, actor.username);
      if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
        throttle.failed(actor.username, client);
        throw new AppError('INVALID_INPUT', '当前密码不正确。', {
          fields: { currentPassword: '当前密码不正确' },
        });
      }
      throttle.succeeded(actor.username, client);
      const passwordHash = await hashPassword(input.newPassword);
      return inTransaction(async (trx) => {
        const now = clock.now().toISOString();
        const row = await updateUser(trx, user.id, { passwordHash, mustChangePassword: false }, now);
        await endOtherSessionsOfUser(trx, user.id, sessionToken ? hashToken(sessionToken) : '', now);
        return rowToSessionUser(row);
      });
    },
  };

  /** An audit entry for a wrong password on a real account (the count is kept for the administrator). */
  async function recordFailure(user: UserRow, client: string): Promise<void> {
    const attempts = user.failed_attempts + 1;
    await inTransaction(async (trx) => {
      await updateUser(trx, user.id, { failedAttempts: attempts }, clock.now().toISOString());
      await audit.record(trx, {
        actor: null,
        method: 'auth.login-failed',
        targetType: 'user',
        targetId: user.uuid,
        detail: { username: user.username, attempts, client },
      });
    });
  }
}
