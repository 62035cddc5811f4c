import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function caseHandlers(services: Services): HandlersFor<'case.'> {
  return {
    'case.create': (input) => services.cases.create(input),
    'case.list': (input) => services.cases.list(input),
    'case.get': (input) => services.cases.get(input.id),
  };
}
