import type { HandlerContext } from './router.ts';

/** The name written into a case's timeline for the person making the call. */
export function actorOf(context: HandlerContext): string {
  return context.user?.displayName ?? '系统';
}
