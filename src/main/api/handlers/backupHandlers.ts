import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function backupHandlers({ backup }: Services): HandlersFor<'backup.'> {
  return {
    'backup.list': () => backup.list(),
    'backup.settings': () => backup.settings(),
    'backup.updateSettings': (input) => backup.updateSettings(input),
    'backup.run': (_input, context) => backup.run('manual', context.user),
    'backup.restore': (input, context) => backup.restore(input, context.user),
  };
}
