import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function orgHandlers(services: Services): HandlersFor<'org.'> {
  return {
    'org.home': () => services.organisations.home(),
    'org.setup': (input) => services.setup.run(input),
  };
}
