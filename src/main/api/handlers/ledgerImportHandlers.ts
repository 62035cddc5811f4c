import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';

export function ledgerImportHandlers({ ledgerImport }: Services): HandlersFor<'ledger.'> {
  return {
    'ledger.template': () => ledgerImport.template(),
    'ledger.parse': (input) => ledgerImport.parse(input),
    'ledger.dryRun': (input) => ledgerImport.dryRun(input),
    'ledger.import': (input, ctx) => ledgerImport.importChunk(input, actorOf(ctx)),
  };
}
