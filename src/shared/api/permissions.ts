/**
 * Permissions declared per API method. Accounts and roles (a later issue) decide who holds which;
 * until then every caller holds all of them. `public` methods need no session at all.
 */
export const PERMISSIONS = [
  'public', // app status, health: needed before anyone can log in
  'setup', // first-run organisation setup; only allowed while no organisation exists
  'case.read',
  'case.write', // intake, parties, sessions, agreements, follow-ups, attachments
  'case.triage', // 核单: accept, reject (不予受理), void
  'case.assign', // 派单: assign mediators, recusal
  'case.close', // terminate, transfer, close
  'case.archive', // 归档
  'mediator.read',
  'mediator.manage',
  'org.read',
  'org.manage',
  'settings.manage', // holiday table, dispute sub-types
  'stats.read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
