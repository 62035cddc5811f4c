import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { caseScopeOf } from '../caseScope.ts';

export function searchHandlers(services: Services): HandlersFor<'search.'> {
  return {
    'search.cases': (input, ctx) => services.search.search(input, ctx.user, caseScopeOf(ctx.user)),
  };
}
