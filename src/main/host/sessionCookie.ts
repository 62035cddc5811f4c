import type http from 'node:http';

export const SESSION_COOKIE = 'md_session';

/** HttpOnly: scripts in the page cannot read it. SameSite=Strict: other sites cannot send it. */
export function sessionCookie(token: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  return token === null
    ? [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ')
    : [`${SESSION_COOKIE}=${token}`, ...attributes].join('; ');
}

/** The session from the cookie, or from `Authorization: Bearer` for scripts and tests. */
export function readSessionToken(req: http.IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}
