import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';

export function partyHandlers({ parties, revealParty }: Services): HandlersFor<'party.'> {
  return {
    'party.add': (input, ctx) => parties.add(input, actorOf(ctx)),
    'party.update': (input, ctx) => parties.update(input, actorOf(ctx)),
    'party.remove': (input, ctx) => parties.remove(input, actorOf(ctx)),
    'party.reveal': (input) => revealParty(input.caseId, input.partyId),
    'party.recordRefusal': (input, ctx) => parties.recordRefusal(input, actorOf(ctx)),
    'party.recordRightsNotice': (input, ctx) => parties.recordRightsNotice(input, actorOf(ctx)),
  };
}
