import type { SessionUser } from '../../shared/types/account.ts';
import type { AuditKeyStore } from '../services/audit/auditKey.ts';
import { createAuditService } from '../services/auditService.ts';
import { createAuthService } from '../services/authService.ts';
import { createBackupService } from '../services/backupService.ts';
import { createCaseService } from '../services/caseService.ts';
import { createTriageService } from '../services/triageService.ts';
import { createBackfillService } from '../services/backfillService.ts';
import { createPartyService } from '../services/partyService.ts';
import { createPartyReveal } from '../services/partyReveal.ts';
import { createMediatorService } from '../services/mediatorService.ts';
import { createSessionService } from '../services/sessionService.ts';
import { createAgreementService } from '../services/agreementService.ts';
import { createFollowUpService } from '../services/followUpService.ts';
import { createDeadlineService } from '../services/deadlineService.ts';
import { createAttachmentService } from '../services/attachmentService.ts';
import { createOrganisationService } from '../services/organisationService.ts';
import type { ServiceDeps } from '../services/serviceDeps.ts';
import { createExportService } from '../services/export/exportService.ts';
import { createExchangeService } from '../services/exchange/exchangeService.ts';
import { createSetupService } from '../services/setupService.ts';
import { createUserService } from '../services/userService.ts';
import { createSearchService } from '../services/searchService.ts';
import { createStatsService } from '../services/statsService.ts';
import { createSavedViewService } from '../services/savedViewService.ts';
import { createDocumentService } from '../services/documents/documentService.ts';
import type { OfficeTools } from '../documents/office/officeTools.ts';
import path from 'node:path';
import { createLawLibraryService } from '../services/laws/lawLibraryService.ts';
import { createLawTopicService } from '../services/laws/lawTopicService.ts';
import { createSimilarCaseService } from '../services/laws/similarCaseService.ts';
import { createLedgerImportService } from '../services/ledgerImport/ledgerImportService.ts';
import { createReplyService } from '../services/replyService.ts';
import { createWholePerformanceService } from '../services/wholePerformanceService.ts';
import { createHolidayService } from '../services/holidays/holidayService.ts';
import { createWorkQueueService } from '../services/workQueueService.ts';
import type { UploadStore } from '../files/uploadStore.ts';

/** What only the core can provide: the schema version it migrated to, and swapping the data for a restore. */
export interface CoreCapabilities {
  readonly schemaVersion: number;
  readonly replaceData: (backupFolder: string, actor: SessionUser | null) => Promise<void>;
  /** Where the audit chain's key is kept; default a 0600 file in the data folder (the host). */
  readonly auditKeyStore?: AuditKeyStore;
  /** Asks the city-platform sender to run soon (it works outside the call queue). */
  readonly wakeExportSender?: () => void;
  /** The built-in document templates. */
  readonly templatesDir: string;
  /** LibreOffice and poppler, probed once per core; `null` when not installed. */
  readonly office: () => Promise<OfficeTools | null>;
  /** Files the transports received, named by upload id in later calls (files/uploadStore.ts). */
  readonly uploads: UploadStore;
  /** Damage met during work (a backup copy failing on a bad page): the next start checks every page. */
  readonly noteDamaged: (reason: string) => void;
}

/** Every service, built once per open database. */
export function createServices(deps: ServiceDeps, core: CoreCapabilities) {
  const audit = createAuditService(deps, core.auditKeyStore);
  const auth = createAuthService(deps, audit);
  const organisations = createOrganisationService(deps);
  const users = createUserService(deps);
  const cases = createCaseService(deps);
  // The statute library ships beside the document templates (templates/laws).
  const laws = createLawLibraryService(deps, { lawsDir: path.join(core.templatesDir, 'laws') });
  const holidays = createHolidayService(deps, audit);
  return {
    holidays,
    replies: createReplyService(deps),
    wholePerformance: createWholePerformanceService(deps),
    workQueue: createWorkQueueService(deps, holidays),
    audit,
    auth,
    users,
    organisations,
    setup: createSetupService(deps, { organisations, users, auth }),
    backup: createBackupService(deps, { audit, ...core }),
    cases,
    triage: createTriageService(deps),
    backfill: createBackfillService(deps),
    parties: createPartyService(deps),
    revealParty: createPartyReveal(deps),
    mediators: createMediatorService(deps),
    sessions: createSessionService(deps),
    agreements: createAgreementService(deps),
    followUps: createFollowUpService(deps),
    deadlines: createDeadlineService(deps),
    attachments: createAttachmentService(deps, core.uploads),
    search: createSearchService(deps),
    stats: createStatsService(deps),
    views: createSavedViewService(deps, cases),
    exports: createExportService(deps, { wake: core.wakeExportSender ?? (() => undefined) }),
    exchange: createExchangeService(deps, core),
    laws,
    lawTopics: createLawTopicService(deps, laws),
    similarCases: createSimilarCaseService(deps),
    documents: createDocumentService(deps, {
      documentData: (caseId) => cases.documentData(caseId),
      audit,
      templatesDir: core.templatesDir,
      office: core.office,
    }),
    ledgerImport: createLedgerImportService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
