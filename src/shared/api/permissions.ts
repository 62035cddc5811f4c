/**
 * Permissions declared per API method; the router checks them for both transports. Which role holds
 * which is in roles.ts. `public` methods need no session; `setup` needs none either but only works
 * while no organisation exists. Names ending in `.read` mark read-only methods: every other method
 * runs in one transaction together with its audit entry (see defineMethod's `readOnly`).
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
  'case.backfill', // 补录: enter a paper case afterwards with its real dates and paper number
  'case.reveal', // see a party's full ID number, phones, address (audited)
  'mediator.read',
  'mediator.manage',
  'org.read',
  'org.manage',
  'settings.manage', // holiday table, dispute sub-types
  'stats.read',
  'account.self', // own password
  'user.manage',
  'audit.view',
  'backup.manage',
  'export.manage', // 上报 to the city platform, station ↔ centre exchange (administrator only)
  'document.generate', // official documents and the dossier (卷宗)
  'template.manage', // replace or revert document templates (administrator only)
  'law.read', // the statute library (法条库) and the articles for a dispute type
  'ledger.import', // 台账导入: bring an existing Excel/CSV ledger in as cases (administrator, 审核员)
] as const;

export type Permission = (typeof PERMISSIONS)[number];
