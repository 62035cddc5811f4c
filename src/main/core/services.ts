import { createCaseService } from '../services/caseService.ts';
import { createTriageService } from '../services/triageService.ts';
import { createPartyService } from '../services/partyService.ts';
import { createMediatorService } from '../services/mediatorService.ts';
import { createSessionService } from '../services/sessionService.ts';
import { createAgreementService } from '../services/agreementService.ts';
import { createFollowUpService } from '../services/followUpService.ts';
import { createDeadlineService } from '../services/deadlineService.ts';
import { createAttachmentService } from '../services/attachmentService.ts';
import { createOrganisationService } from '../services/organisationService.ts';
import type { ServiceDeps } from '../services/serviceDeps.ts';

/** Every service, built once per open database. */
export function createServices(deps: ServiceDeps) {
  return {
    organisations: createOrganisationService(deps),
    cases: createCaseService(deps),
    triage: createTriageService(deps),
    parties: createPartyService(deps),
    mediators: createMediatorService(deps),
    sessions: createSessionService(deps),
    agreements: createAgreementService(deps),
    followUps: createFollowUpService(deps),
    deadlines: createDeadlineService(deps),
    attachments: createAttachmentService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
