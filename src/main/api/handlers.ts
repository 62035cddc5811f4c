import type { Handlers } from './router.ts';
import type { Services } from '../core/services.ts';
import type { AppInfo } from '../../shared/types/appInfo.ts';
import { caseHandlers } from './handlers/caseHandlers.ts';
import { orgHandlers } from './handlers/orgHandlers.ts';

/** Maps each contract method to the service call that implements it; no logic lives here. */
export function createHandlers(services: Services, appInfo: () => Promise<AppInfo>): Handlers {
  return {
    'app.info': () => appInfo(),
    ...orgHandlers(services),
    ...caseHandlers(services),
  };
}
