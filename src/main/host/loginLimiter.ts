/**
 * At most `limit` login attempts per client address per window. The per-account lockout stops
 * guessing one password; this stops one machine from trying many accounts quickly.
 */
export function createLoginLimiter(limit = 30, windowMs = 60_000, now: () => number = Date.now) {
  const attempts = new Map<string, number[]>();
  return {
    allow(client: string): boolean {
      const since = now() - windowMs;
      const recent = (attempts.get(client) ?? []).filter((time) => time > since);
      if (recent.length >= limit) {
        attempts.set(client, recent);
        return false;
      }
      recent.push(now());
      attempts.set(client, recent);
      return true;
    },
  };
}
