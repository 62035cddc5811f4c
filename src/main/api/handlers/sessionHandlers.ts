import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';

export function sessionHandlers({ sessions, mediators }: Services): HandlersFor<'session.'> {
  return {
    'session.schedule': (input, ctx) => sessions.schedule(input, actorOf(ctx)),
    'session.record': (input, ctx) => sessions.record(input, actorOf(ctx)),
    'session.cancel': (input, ctx) => sessions.cancel(input, actorOf(ctx)),
    'session.calendar': (input, ctx) => mediators.calendar(input, ctx.scope),
  };
}
