import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function auditHandlers({ audit }: Services): HandlersFor<'audit.'> {
  return {
    'audit.list': (input) => audit.list(input),
    'audit.verify': () => audit.verify(),
  };
}
