import type { Handler } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';
import { caseScopeOf } from '../caseScope.ts';

export function flowHandlers({ replies, wholePerformance, workQueue, holidays }: Services): {
  readonly 'reply.record': Handler<'reply.record'>;
  readonly 'reply.rules': Handler<'reply.rules'>;
  readonly 'reply.setRules': Handler<'reply.setRules'>;
  readonly 'performance.whole': Handler<'performance.whole'>;
  readonly 'workQueue.get': Handler<'workQueue.get'>;
  readonly 'holidayYear.list': Handler<'holidayYear.list'>;
} {
  return {
    'reply.record': (input, ctx) => replies.record(input, actorOf(ctx)),
    'reply.rules': () => replies.rules(),
    'reply.setRules': (input, ctx) => replies.setRules(input, actorOf(ctx), ctx.noteChange),
    'performance.whole': (input, ctx) => wholePerformance.record(input, actorOf(ctx)),
    'workQueue.get': (input, ctx) => workQueue.get(input, ctx.user, caseScopeOf(ctx.user)),
    'holidayYear.list': () => holidays.years(),
  };
}
