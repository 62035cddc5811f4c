/** The part of Electron's `WebFrameMain` that sender validation reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's `URL.origin` is "null" for
 * schemes it does not know (our `app:`), while Chromium gives registered standard schemes a real
 * origin; building it from protocol and host gives the same answer in both worlds.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * True only for the top frame of a page served from one of our own origins. Sub-frames are refused
 * even when same-origin: the app never embeds frames, so a frame calling the API is a sign of an
 * injected page. Origins are compared whole, never by prefix (`app://desk.evil` must not pass).
 */
export function isTrustedSender(
  frame: SenderFrameLike | null | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!frame || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && allowedOrigins.includes(origin);
}
