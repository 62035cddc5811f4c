/**
 * Drafts of half-filled forms in localStorage, one per form and user (`mdesk:draft:<form>:<user id>`):
 * they survive a reload, a crash and a quick switch of user at a shared PC (each user gets their own
 * back), and are removed when the form is saved or the user discards them.
 */
import { useCallback, useEffect, useRef } from 'react';

export interface StoredDraft<T> {
  readonly savedAt: string;
  readonly values: T;
}

export function draftKey(form: string, userId: string): string {
  return `mdesk:draft:${form}:${userId}`;
}

export function readDraft<T>(form: string, userId: string): StoredDraft<T> | null {
  try {
    const raw = localStorage.getItem(draftKey(form, userId));
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : null;
  } catch {
    return null;
  }
}

export function clearDraft(form: string, userId: string): void {
  localStorage.removeItem(draftKey(form, userId));
}

/**
 * Keeps `values` as the draft while `dirty`: written `delayMs` after the last change, and at once when
 * the page is hidden or the form unmounts (切换用户, navigation). Returns `discard`, which removes the
 * draft and stops writing it (after a save, or when the user starts over).
 */
export function useDraftAutosave<T>(
  form: string,
  userId: string,
  values: T,
  dirty: boolean,
  delayMs = 400,
): () => void {
  const latest = useRef({ values, dirty });
  useEffect(() => {
    latest.current = { values, dirty };
    if (!dirty) return;
    const timer = setTimeout(() => write(form, userId, values), delayMs);
    return () => clearTimeout(timer);
  }, [form, userId, values, dirty, delayMs]);
  useEffect(() => {
    const flush = () => {
      if (latest.current.dirty) write(form, userId, latest.current.values);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form, userId]);
  return useCallback(() => {
    latest.current = { ...latest.current, dirty: false };
    clearDraft(form, userId);
  }, [form, userId]);
}

function write<T>(form: string, userId: string, values: T): void {
  try {
    const draft: StoredDraft<T> = { savedAt: new Date().toISOString(), values };
    localStorage.setItem(draftKey(form, userId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}
