import { originOf } from '../ipc/senderValidation.ts';

/**
 * The window may only ever show our own pages. Hash routing changes the fragment, which is not a
 * navigation, so anything reaching `will-navigate` for another origin is refused.
 */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/**
 * Network requests the renderer may make: only to our own origin, plus the websocket twin of the
 * Vite dev server for hot reload. In a packaged build no http(s) origin is allowed at all, so no
 * remote content can load even if a page tried.
 */
export function isAllowedRequest(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return allowedOrigins.some(
    (allowed) => origin === allowed || origin === allowed.replace(/^http(s?):/, 'ws$1:'),
  );
}

const EXTERNAL_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:'];

/**
 * Links that may be handed to the system (browser or mail client). Everything else — `file:`,
 * `smb:`, `javascript:`, custom handlers that launch programs — is refused, because
 * `shell.openExternal` on an untrusted string can start arbitrary programs on Windows.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.includes(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.protocol === 'mailto:' || parsed.host !== '';
}
