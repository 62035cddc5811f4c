import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { rowToUser } from '../../db/queries/users.ts';

export function userHandlers({ users }: Services): HandlersFor<'user.'> {
  return {
    'user.list': () => users.list(),
    'user.create': async (input) => rowToUser(await users.create(input, true)),
    'user.update': (input, context) => users.update(input, context.noteChange),
    'user.resetPassword': (input) => users.resetPassword(input),
  };
}
