import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { AppError } from '../../../shared/errors.ts';

export function authHandlers(services: Services): HandlersFor<'auth.'> {
  return {
    'auth.login': (input, context) => services.auth.login(input, context.client ?? context.transport),
    'auth.logout': (_input, context) => services.auth.logout(context.sessionToken, context.user),
    'auth.me': (_input, context) => context.user,
    'auth.changePassword': (input, context) => {
      if (!context.user) throw new AppError('UNAUTHENTICATED', '请先登录。');
      return services.auth.changePassword(
        context.user,
        input,
        context.sessionToken,
        context.client ?? context.transport,
      );
    },
  };
}
