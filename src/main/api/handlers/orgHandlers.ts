import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function orgHandlers(services: Services): HandlersFor<'org.'> {
  return {
    'org.home': () => services.organisations.home(),
    'org.setup': (input) => services.setup.run(input),
    'org.list': (input) => services.organisations.list(input),
    'org.create': (input) => services.organisations.create(input),
    'org.update': (input, context) => services.organisations.update(input, context.noteChange),
  };
}
