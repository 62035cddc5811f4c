import { AppError } from '../../shared/errors.ts';

/** Wrong passwords allowed from one computer for one account before delays start. */
export const FREE_ATTEMPTS = 3;
/** The longest wait between two attempts. */
export const MAX_DELAY_MS = 15 * 60_000;
/** A pair not seen for this long starts afresh. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

/**
 * Slows password guessing per (account, client address) instead of locking the account: after
 * FREE_ATTEMPTS wrong passwords, each further attempt from that computer for that account must wait
 * 1 s, 2 s, 4 s … up to 15 minutes. Another user on the LAN can therefore slow only their own
 * attempts, never lock the real user (or the administrator) out. Keyed by the name as typed, so an
 * unknown account behaves exactly like a real one. Wrong current passwords in a password change
 * count here too.
 */
export function createLoginThrottle(now: () => number) {
  const entries = new Map<string, { failures: number; notBefore: number; lastAt: number }>();
  const keyOf = (username: string, client: string) => `${username.trim().toLowerCase()}\u0000${client}`;

  function forgetOld(time: number): void {
    if (entries.size < 1000) return;
    for (const [key, entry] of entries) if (time - entry.lastAt > FORGET_AFTER_MS) entries.delete(key);
  }

  return {
    /** Refuses (UNAUTHENTICATED, with the wait) while this pair must still wait. */
    check(username: string, client: string): void {
      const entry = entries.get(keyOf(username, client));
      const time = now();
      if (!entry || entry.notBefore <= time) return;
      const seconds = Math.ceil((entry.notBefore - time) / 1000);
      throw new AppError(
        'UNAUTHENTICATED',
        `密码输错次数较多，请 ${seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`}后再试。忘记密码请联系管理员重置。`,
        { reason: 'throttled', retryAfterSeconds: seconds },
      );
    },
    failed(username: string, client: string): void {
      const time = now();
      forgetOld(time);
      const key = keyOf(username, client);
      const previous = entries.get(key);
      const failures = (previous && time - previous.lastAt < FORGET_AFTER_MS ? previous.failures : 0) + 1;
      const delay =
        failures <= FREE_ATTEMPTS ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS - 1));
      entries.set(key, { failures, notBefore: time + delay, lastAt: time });
    },
    succeeded(username: string, client: string): void {
      entries.delete(keyOf(username, client));
    },
  };
}
