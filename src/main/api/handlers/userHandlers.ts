import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function userHandlers({ users }: Services): HandlersFor<'user.'> {
  return {
    'user.list': () => users.list(),
    'user.create': async (input) => users.present((await users.create(input, true)).id),
    'user.update': (input, context) => users.update(input, context.noteChange),
    'user.resetPassword': (input) => users.resetPassword(input),
  };
}
