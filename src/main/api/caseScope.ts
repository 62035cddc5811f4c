import type { MethodName } from '../../shared/api/contract.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';

/**
 * A 调解员 sees and edits their own cases (registered by them, or assigned to their roster entry)
 * unless an administrator granted more; every other role works on the whole organisation.
 */
export function caseScopeOf(user: SessionUser | null): CaseScope | null {
  if (!user || user.role !== 'mediator' || user.seesAllCases) return null;
  return { userRowId: user.rowId, mediatorRowId: user.mediatorRowId };
}

/** The case a call acts on: `caseId`, or `id` for the case.* methods that name the case itself. */
export function caseIdOf(method: string, input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const record = input as Record<string, unknown>;
  if (typeof record['caseId'] === 'string') return record['caseId'];
  if (method.startsWith('case.') && typeof record['id'] === 'string') return record['id'];
  return null;
}

/**
 * How a method keeps to the data scope (issue 13, item 3). The one rule: a scoped user never receives
 * a case number, title, party or uuid of a case outside the scope, from any method.
 *
 * - `names-case`: the input names one case (`caseIdOf`); the router refuses a case outside the scope
 *   before the handler runs (PERMISSION_DENIED), so everything the method returns is about that case.
 * - `filtered`: returns several cases or things of cases (or mentions other cases, as the conflict
 *   check does); the handler passes `context.scope` down and the query filters with
 *   `visibleTo(scope)` in SQL. A repeat/conflict check that must still warn about a case outside the
 *   scope says only that one exists (`services/scopeRedaction.ts`), never which. The router still
 *   refuses a named case outside the scope.
 * - `no-case-data`: returns nothing derived from cases (settings, roster, accounts, counts only).
 * - `unscoped-roles`: a scoped role lacks the permission (administration, exchange, export), which
 *   `tests/security/dataScope.test.ts` checks against the role table.
 *
 * A method missing here does not compile; the scope test calls every method of the contract.
 */
export type ScopeRule = 'names-case' | 'filtered' | 'no-case-data' | 'unscoped-roles';

export const CASE_DATA_SCOPE: { readonly [M in MethodName]: ScopeRule } = {
  'app.info': 'no-case-data',
  'auth.login': 'no-case-data',
  'auth.logout': 'no-case-data',
  'auth.me': 'no-case-data',
  'auth.changePassword': 'no-case-data',
  'org.home': 'no-case-data',
  'org.setup': 'no-case-data',
  'org.list': 'no-case-data',
  'org.create': 'unscoped-roles',
  'org.update': 'unscoped-roles',
  'user.list': 'unscoped-roles',
  'user.create': 'unscoped-roles',
  'user.update': 'unscoped-roles',
  'user.resetPassword': 'unscoped-roles',
  'audit.list': 'unscoped-roles',
  'audit.verify': 'unscoped-roles',
  'backup.list': 'unscoped-roles',
  'backup.settings': 'unscoped-roles',
  'backup.updateSettings': 'unscoped-roles',
  'backup.run': 'unscoped-roles',
  'backup.restore': 'unscoped-roles',
  'case.create': 'no-case-data',
  'case.checkIntake': 'filtered',
  'case.list': 'filtered',
  'case.get': 'names-case',
  'case.update': 'names-case',
  'case.timeline': 'names-case',
  'case.accept': 'names-case',
  'case.reject': 'names-case',
  'case.void': 'names-case',
  'case.assign': 'filtered',
  'case.recuse': 'filtered',
  'case.extendDeadline': 'names-case',
  'case.terminate': 'names-case',
  'case.transfer': 'names-case',
  'case.transferFeedback': 'names-case',
  'case.close': 'names-case',
  'case.dossierCheck': 'names-case',
  'case.archive': 'names-case',
  'party.add': 'names-case',
  'party.update': 'names-case',
  'party.remove': 'names-case',
  'party.reveal': 'names-case',
  'party.recordRefusal': 'names-case',
  'party.recordRightsNotice': 'names-case',
  'session.schedule': 'names-case',
  'session.record': 'names-case',
  'session.cancel': 'names-case',
  'session.calendar': 'filtered',
  'agreement.record': 'names-case',
  'agreement.setEffective': 'names-case',
  'agreement.updatePerformance': 'names-case',
  'agreement.judicialConfirmation': 'names-case',
  'followUp.record': 'names-case',
  'followUp.schedule': 'names-case',
  'attachment.add': 'names-case',
  'deadline.list': 'filtered',
  'dashboard.get': 'filtered',
  'holiday.list': 'no-case-data',
  'holiday.setYear': 'unscoped-roles',
  'taxonomy.subtypes': 'no-case-data',
  'taxonomy.addSubtype': 'unscoped-roles',
  'mediator.list': 'no-case-data',
  'mediator.get': 'no-case-data',
  'mediator.create': 'unscoped-roles',
  'mediator.update': 'unscoped-roles',
  'mediator.conflicts': 'filtered',
  'mediator.suggest': 'filtered',
  'document.templates': 'no-case-data',
  'document.generate': 'names-case',
  'document.list': 'names-case',
  'document.download': 'filtered',
  'document.blankForm': 'no-case-data',
  'document.dossier': 'names-case',
  'document.templateFile': 'unscoped-roles',
  'document.uploadTemplate': 'unscoped-roles',
  'document.revertTemplate': 'unscoped-roles',
  'document.trace': 'filtered',
  'search.cases': 'filtered',
  'stats.report': 'no-case-data',
  'stats.cases': 'filtered',
  'stats.exportReport': 'no-case-data',
  'stats.addPrevention': 'no-case-data',
  'stats.listPrevention': 'no-case-data',
  'view.list': 'no-case-data',
  'view.save': 'no-case-data',
  'view.delete': 'no-case-data',
  'view.exportCaseList': 'filtered',
  'export.settings': 'unscoped-roles',
  'export.updateSettings': 'unscoped-roles',
  'export.mapping': 'unscoped-roles',
  'export.loadMapping': 'unscoped-roles',
  'export.resetMapping': 'unscoped-roles',
  'export.outbox': 'unscoped-roles',
  'export.status': 'unscoped-roles',
  'export.resend': 'unscoped-roles',
  'export.testConnection': 'unscoped-roles',
  'export.exportFile': 'unscoped-roles',
  'exchange.identity': 'unscoped-roles',
  'exchange.createIdentity': 'unscoped-roles',
  'exchange.peers': 'unscoped-roles',
  'exchange.registerPeer': 'unscoped-roles',
  'exchange.packages': 'unscoped-roles',
  'exchange.exportPackage': 'unscoped-roles',
  'exchange.importPackage': 'unscoped-roles',
  'exchange.conflicts': 'unscoped-roles',
  'exchange.resolveConflict': 'unscoped-roles',
  'case.finishBackfill': 'names-case',
  'law.list': 'no-case-data',
  'law.chapters': 'no-case-data',
  'law.articles': 'no-case-data',
  'law.search': 'no-case-data',
  'law.forCase': 'names-case',
  'law.topics': 'no-case-data',
  'law.saveTopic': 'unscoped-roles',
  'law.import': 'unscoped-roles',
  'law.revert': 'unscoped-roles',
  // Other mediators' precedents come back as outcomes only: no id, number, title or party name.
  'law.similarCases': 'filtered',
  'ledger.template': 'unscoped-roles',
  'ledger.parse': 'unscoped-roles',
  'ledger.dryRun': 'unscoped-roles',
  'ledger.import': 'unscoped-roles',
  'reply.record': 'names-case',
  'reply.rules': 'no-case-data',
  'reply.setRules': 'unscoped-roles',
  'performance.whole': 'names-case',
  'workQueue.get': 'filtered',
  'holidayYear.list': 'no-case-data',
};
