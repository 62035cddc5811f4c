import { createCaseService } from '../services/caseService.ts';
import { createOrganisationService } from '../services/organisationService.ts';
import type { ServiceDeps } from '../services/serviceDeps.ts';

/** Every service, built once per open database. */
export function createServices(deps: ServiceDeps) {
  return {
    organisations: createOrganisationService(deps),
    cases: createCaseService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
