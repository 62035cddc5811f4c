import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';
import { caseScopeOf } from '../caseScope.ts';

export function statsHandlers(services: Services): HandlersFor<'stats.'> {
  const { stats } = services;
  return {
    'stats.report': (input) => stats.report(input),
    'stats.cases': (input, ctx) => stats.cases(input, caseScopeOf(ctx.user)),
    'stats.exportReport': (input) => stats.exportReport(input),
    'stats.addPrevention': (input, ctx) => stats.addPrevention(input, actorOf(ctx)),
    'stats.listPrevention': (input) => stats.listPrevention(input),
  };
}
