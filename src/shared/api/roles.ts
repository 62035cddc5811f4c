import type { Permission } from './permissions.ts';

export const ROLES = ['admin', 'intake', 'mediator', 'reviewer', 'statistician', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: '管理员',
  intake: '受理员',
  mediator: '调解员',
  reviewer: '审核员（司法所）',
  statistician: '统计员',
  leader: '领导（只读）',
};

/**
 * What each role may do, as patterns over permission names (`case.*`, `*.read`), so a permission
 * added later by a feature lands in the right roles without editing every role. Data scope (a
 * mediator sees only their own cases) and field masking are applied by the services on top.
 */
const ROLE_PATTERNS: Readonly<Record<Role, readonly string[]>> = {
  // Small stations have one person doing everything, so the administrator may also handle cases.
  admin: ['*'],
  // 受理员: 接单 and 核单 at the front desk.
  intake: ['account.self', '*.read', 'case.write', 'case.triage', 'case.reveal', 'document.generate'],
  // 调解员: the whole handling of their cases, but not archiving (a reviewer checks the dossier).
  mediator: [
    'account.self',
    '*.read',
    'case.write',
    'case.triage',
    'case.assign',
    'case.close',
    'case.reveal',
    'document.*',
  ],
  // 审核员 (司法所): reviews, archives, keeps the mediator roster, and (case.*) 补录 of paper cases and
  // 台账导入; 补录 (case.backfill) is with the administrator and the reviewer only.
  reviewer: ['account.self', '*.read', 'case.*', 'mediator.*', 'document.*', 'stats.*', 'ledger.import'],
  statistician: ['account.self', 'case.read', 'org.read', 'mediator.read', 'stats.*'],
  leader: ['account.self', '*.read', 'stats.*'],
};

/** Permissions that only the administrator holds, whatever a pattern above says. */
const ADMIN_ONLY: ReadonlySet<string> = new Set([
  'user.manage',
  'settings.manage',
  'template.manage',
  'audit.view',
  'backup.manage',
  'org.manage',
]);

function matches(pattern: string, permission: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return permission.endsWith(pattern.slice(1));
  if (pattern.endsWith('.*')) return permission.startsWith(pattern.slice(0, -1));
  return pattern === permission;
}

export function roleHasPermission(role: Role, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (ADMIN_ONLY.has(permission) && role !== 'admin') return false;
  return ROLE_PATTERNS[role].some((pattern) => matches(pattern, permission));
}

/** Roles that see full ID numbers, phones and addresses on the case page (others see them masked). */
export const ROLES_SEEING_PERSONAL_DATA: ReadonlySet<Role> = new Set([
  'admin',
  'intake',
  'mediator',
  'reviewer',
]);
