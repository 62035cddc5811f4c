import { shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logger.ts';
import {
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
} from '../desktop/security/navigationPolicy.ts';
import { isPermissionAllowed } from '../desktop/security/permissionPolicy.ts';

/**
 * Session-wide rules (stack-notes §7 items 1, 5, 7): deny permissions, add the CSP header to any
 * HTTP response (only the Vite dev server in development), and cancel every network request that
 * is not to our own origin, so no remote content can ever load into the window.
 */
export function hardenSession(
  session: Session,
  allowedOrigins: readonly string[],
  headers: Readonly<Record<string, string>>,
  logger: Logger,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, allowedOrigins);
    if (!allowed) logger.warn('security.permission-denied', { permission, url: details.requestingUrl });
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, allowedOrigins),
  );
  session.setDevicePermissionHandler(() => false);

  const remote = { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] };
  session.webRequest.onBeforeRequest(remote, (details, callback) => {
    const allowed = isAllowedRequest(details.url, allowedOrigins);
    if (!allowed) logger.warn('security.request-blocked', { url: details.url });
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived(remote, (details, callback) => {
    const responseHeaders: Record<string, string[]> = { ...(details.responseHeaders ?? {}) };
    for (const [name, value] of Object.entries(headers)) responseHeaders[name] = [value];
    callback({ responseHeaders });
  });
}

/**
 * Per-window rules (§7 items 11–15): no navigation away from our origin, no new windows, no
 * webviews; links meant for a browser go to the system browser only when their scheme is safe.
 */
export function hardenWebContents(
  contents: WebContents,
  allowedOrigins: readonly string[],
  logger: Logger,
): void {
  const refuse = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isAllowedNavigation(event.url, allowedOrigins)) return;
    event.preventDefault();
    logger.warn('security.navigation-blocked', { kind, url: event.url });
  };
  contents.on('will-navigate', (event) => refuse(event, 'navigate'));
  contents.on('will-frame-navigate', (event) => refuse(event, 'frame-navigate'));
  contents.on('will-redirect', (event) => refuse(event, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('security.webview-blocked', {});
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      void shell
        .openExternal(url)
        .catch((error: unknown) => logger.warn('shell.open-external-failed', { url, error }));
    } else {
      logger.warn('security.window-open-blocked', { url });
    }
    return { action: 'deny' };
  });
}
