import type { Handlers } from './router.ts';
import type { Services } from '../core/services.ts';
import type { AppInfo } from '../../shared/types/appInfo.ts';

/** Maps each contract method to the service call that implements it; no logic lives here. */
export function createHandlers(services: Services, appInfo: () => Promise<AppInfo>): Handlers {
  return {
    'app.info': () => appInfo(),
    'org.home': () => services.organisations.home(),
    'org.setup': (input) => services.organisations.setup(input),
    'case.create': (input) => services.cases.create(input),
    'case.list': (input) => services.cases.list(input),
    'case.get': (input) => services.cases.get(input.id),
  };
}
