import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';
import { caseScopeOf } from '../caseScope.ts';

export function lawHandlers({ laws, lawTopics, similarCases }: Services): HandlersFor<'law.'> {
  return {
    'law.list': () => laws.list(),
    'law.chapters': (input) => laws.chapters(input.lawId),
    'law.articles': (input) => laws.articles(input.lawId, input.first, input.last),
    'law.search': (input) => laws.search(input),
    'law.forCase': (input) => lawTopics.forCase(input.caseId),
    'law.topics': () => lawTopics.list(),
    'law.saveTopic': (input, ctx) => lawTopics.save(input, actorOf(ctx)),
    'law.import': (input, ctx) => laws.importFile(input, actorOf(ctx)),
    'law.revert': (input) => laws.revert(input.lawId),
    'law.similarCases': (input, ctx) =>
      similarCases.similar(input.caseId, input.limit, caseScopeOf(ctx.user)),
  };
}
