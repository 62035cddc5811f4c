import { originOf } from '../ipc/senderValidation.ts';

/**
 * Electron grants every permission unless told otherwise. The app needs none of camera,
 * microphone, notifications, geolocation, HID, serial … Only writing to the clipboard (the
 * "copy case number" buttons) is allowed, and only to our own pages.
 */
const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  allowedOrigins: readonly string[],
): boolean {
  if (!ALLOWED_PERMISSIONS.includes(permission)) return false;
  const origin = originOf(requestingUrl);
  return origin !== null && allowedOrigins.includes(origin);
}
