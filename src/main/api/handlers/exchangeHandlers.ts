import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function exchangeHandlers({ exchange }: Services): HandlersFor<'exchange.'> {
  return {
    'exchange.identity': () => exchange.identity(),
    'exchange.createIdentity': () => exchange.createIdentity(),
    'exchange.peers': () => exchange.peers(),
    'exchange.registerPeer': (input, context) => exchange.registerPeer(input, context.user),
    'exchange.packages': () => exchange.packages(),
    'exchange.exportPackage': (input, context) => exchange.exportPackage(input, context.user),
    'exchange.importPackage': (input, context) => exchange.importPackage(input, context.user),
    'exchange.conflicts': (input) => exchange.conflicts(input),
    'exchange.resolveConflict': (input, context) => exchange.resolveConflict(input, context.user),
  };
}
