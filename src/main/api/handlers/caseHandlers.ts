import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { actorOf } from '../actor.ts';
import { caseScopeOf } from '../caseScope.ts';
import { requireBackfillPermission } from '../backfillPermission.ts';

export function caseHandlers(services: Services): HandlersFor<'case.'> {
  const { cases, triage, mediators, backfill } = services;
  return {
    'case.create': (input, ctx) => {
      requireBackfillPermission(ctx, Boolean(input.registeredOn));
      return cases.create(input, actorOf(ctx), ctx.user?.rowId ?? null);
    },
    'case.checkIntake': (input, ctx) => cases.checkIntake(input, ctx.scope),
    'case.list': (input, ctx) => cases.list(input, caseScopeOf(ctx.user)),
    'case.get': (input) => cases.get(input.id),
    'case.update': (input, ctx) => cases.update(input, actorOf(ctx)),
    'case.timeline': (input) => cases.timeline(input.caseId),
    'case.accept': (input, ctx) => {
      requireBackfillPermission(ctx, Boolean(input.paperCaseSeq));
      return triage.accept(input, actorOf(ctx));
    },
    'case.reject': (input, ctx) => triage.reject(input, actorOf(ctx)),
    'case.void': (input, ctx) => triage.void(input, actorOf(ctx)),
    'case.assign': (input, ctx) => {
      requireBackfillPermission(ctx, Boolean(input.assignedOn));
      return mediators.assign(input, actorOf(ctx), ctx.scope);
    },
    'case.finishBackfill': (input, ctx) => backfill.finish(input, actorOf(ctx)),
    'case.recuse': (input, ctx) => mediators.recuse(input, actorOf(ctx), ctx.scope),
    'case.extendDeadline': (input, ctx) => triage.extendDeadline(input, actorOf(ctx)),
    'case.terminate': (input, ctx) => triage.terminate(input, actorOf(ctx)),
    'case.transfer': (input, ctx) => triage.transfer(input, actorOf(ctx)),
    'case.transferFeedback': (input, ctx) => triage.recordTransferFeedback(input, actorOf(ctx)),
    'case.close': (input, ctx) => triage.close(input, actorOf(ctx)),
    'case.dossierCheck': (input) => triage.dossierCheck(input.caseId),
    'case.archive': (input, ctx) => triage.archive(input, actorOf(ctx)),
  };
}
