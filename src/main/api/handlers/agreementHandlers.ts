import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';

export function agreementHandlers({ agreements }: Services): HandlersFor<'agreement.'> {
  return {
    'agreement.record': (input, ctx) => agreements.record(input, actorOf(ctx)),
    'agreement.setEffective': (input, ctx) => agreements.setEffective(input, actorOf(ctx)),
    'agreement.updatePerformance': (input, ctx) => agreements.updatePerformance(input, actorOf(ctx)),
    'agreement.judicialConfirmation': (input, ctx) =>
      agreements.recordJudicialConfirmation(input, actorOf(ctx)),
  };
}

export function followUpHandlers({ followUps }: Services): HandlersFor<'followUp.'> {
  return {
    'followUp.record': (input, ctx) => followUps.record(input, actorOf(ctx)),
    'followUp.schedule': (input, ctx) => followUps.schedule(input, actorOf(ctx)),
  };
}
