import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function mediatorHandlers({ mediators }: Services): HandlersFor<'mediator.'> {
  return {
    'mediator.list': (input) => mediators.list(input),
    'mediator.get': (input) => mediators.get(input.mediatorId),
    'mediator.create': (input) => mediators.create(input),
    'mediator.update': (input) => mediators.update(input),
    'mediator.conflicts': (input, ctx) => mediators.conflicts(input, ctx.scope),
    'mediator.suggest': (input, ctx) => mediators.suggest(input, ctx.scope),
  };
}
