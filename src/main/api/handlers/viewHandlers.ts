import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { caseScopeOf } from '../caseScope.ts';

export function viewHandlers(services: Services): HandlersFor<'view.'> {
  const { views } = services;
  return {
    'view.list': (_input, ctx) => views.list(ctx.user),
    'view.save': (input, ctx) => views.save(input, ctx.user),
    'view.delete': (input, ctx) => views.remove(input, ctx.user),
    'view.exportCaseList': (input, ctx) => views.exportCaseList(input, caseScopeOf(ctx.user)),
  };
}
