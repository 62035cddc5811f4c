/**
 * Permissions declared per API method. Accounts and roles (a later issue) decide who holds which;
 * until then every caller holds all of them. `public` methods need no session at all.
 */
export const PERMISSIONS = [
  'public', // app status, health: needed before anyone can log in
  'setup', // first-run organisation setup; only allowed while no organisation exists
  'case.read',
  'case.write',
  'org.read',
  'org.manage',
  'settings.manage',
  'stats.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
