import { useSyncExternalStore } from 'react';

/**
 * Why the user is looking at the login screen (e.g. "登录已超时"), set when a call comes back
 * UNAUTHENTICATED and shown once on the login page.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setSessionNotice(next: string | null): void {
  notice = next;
  for (const listener of listeners) listener();
}

export function useSessionNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}
