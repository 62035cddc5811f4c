import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../host/securityHeaders.ts';

/**
 * Headers for every renderer response. Packaged builds use exactly the policy of the HTTP host and
 * of index.html's meta tag. Vite's dev server needs inline scripts (React refresh preamble) and a
 * websocket back to itself, so development gets a looser policy limited to that one origin.
 */
export function rendererSecurityHeaders(devServerOrigin: string | null): Readonly<Record<string, string>> {
  if (devServerOrigin === null) return SECURITY_HEADERS;
  const ws = devServerOrigin.replace(/^http/, 'ws');
  const devPolicy = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self' 'unsafe-inline' ${devServerOrigin}`,
  ).replace("connect-src 'self'", `connect-src 'self' ${devServerOrigin} ${ws}`);
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': devPolicy };
}
