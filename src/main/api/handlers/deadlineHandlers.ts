import type { Handler } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';

export function deadlineHandlers({ deadlines, cases, attachments, holidays }: Services): {
  readonly 'deadline.list': Handler<'deadline.list'>;
  readonly 'dashboard.get': Handler<'dashboard.get'>;
  readonly 'holiday.list': Handler<'holiday.list'>;
  readonly 'holiday.setYear': Handler<'holiday.setYear'>;
  readonly 'taxonomy.subtypes': Handler<'taxonomy.subtypes'>;
  readonly 'taxonomy.addSubtype': Handler<'taxonomy.addSubtype'>;
  readonly 'attachment.add': Handler<'attachment.add'>;
} {
  return {
    'deadline.list': (input, ctx) => deadlines.list(input, ctx.scope),
    'dashboard.get': (input, ctx) => deadlines.dashboard(input, ctx.scope),
    'holiday.list': (input) => deadlines.holidays(input.year),
    'holiday.setYear': (input, ctx) => holidays.setYear(input, actorOf(ctx), ctx.noteChange),
    'taxonomy.subtypes': (input) => cases.subtypes(input.disputeType),
    'taxonomy.addSubtype': (input) => cases.addSubtype(input),
    'attachment.add': (input, ctx) => attachments.add(input, actorOf(ctx), ctx.sessionToken),
  };
}
