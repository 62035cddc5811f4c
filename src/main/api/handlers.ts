import type { Handlers } from './router.ts';
import type { Services } from '../core/services.ts';
import type { AppInfo } from '../../shared/types/appInfo.ts';
import { auditHandlers } from './handlers/auditHandlers.ts';
import { authHandlers } from './handlers/authHandlers.ts';
import { backupHandlers } from './handlers/backupHandlers.ts';
import { caseHandlers } from './handlers/caseHandlers.ts';
import { partyHandlers } from './handlers/partyHandlers.ts';
import { mediatorHandlers } from './handlers/mediatorHandlers.ts';
import { sessionHandlers } from './handlers/sessionHandlers.ts';
import { agreementHandlers, followUpHandlers } from './handlers/agreementHandlers.ts';
import { deadlineHandlers } from './handlers/deadlineHandlers.ts';
import { orgHandlers } from './handlers/orgHandlers.ts';
import { exportHandlers } from './handlers/exportHandlers.ts';
import { exchangeHandlers } from './handlers/exchangeHandlers.ts';
import { searchHandlers } from './handlers/searchHandlers.ts';
import { statsHandlers } from './handlers/statsHandlers.ts';
import { viewHandlers } from './handlers/viewHandlers.ts';
import { documentHandlers } from './handlers/documentHandlers.ts';
import { userHandlers } from './handlers/userHandlers.ts';
import { lawHandlers } from './handlers/lawHandlers.ts';
import { ledgerImportHandlers } from './handlers/ledgerImportHandlers.ts';
import { flowHandlers } from './handlers/flowHandlers.ts';

/** Maps each contract method to the service call that implements it; no logic lives here. */
export function createHandlers(services: Services, appInfo: () => Promise<AppInfo>): Handlers {
  return {
    'app.info': () => appInfo(),
    ...authHandlers(services),
    ...userHandlers(services),
    ...auditHandlers(services),
    ...backupHandlers(services),
    ...orgHandlers(services),
    ...caseHandlers(services),
    ...partyHandlers(services),
    ...mediatorHandlers(services),
    ...sessionHandlers(services),
    ...agreementHandlers(services),
    ...followUpHandlers(services),
    ...deadlineHandlers(services),
    ...exportHandlers(services),
    ...exchangeHandlers(services),
    ...searchHandlers(services),
    ...statsHandlers(services),
    ...viewHandlers(services),
    ...documentHandlers(services),
    ...lawHandlers(services),
    ...ledgerImportHandlers(services),
    ...flowHandlers(services),
  };
}
