import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import {
  FOLLOW_UP_METHOD_LABELS,
  SATISFACTION_LABELS,
  type PerformanceStatus,
} from '../../shared/types/outcomeTaxonomy.ts';
import { overallPerformance } from '../../shared/cases/followUpRules.ts';
import { AppError } from '../../shared/errors.ts';
import {
  completeFollowUp,
  getFollowUpRow,
  insertDoneFollowUp,
  insertPlannedFollowUp,
} from '../db/queries/followUps.ts';
import { getAgreementRow, obligationRows } from '../db/queries/agreements.ts';
import { listPartyRows } from '../db/queries/parties.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { applyPerformance } from './agreementService.ts';

export function createFollowUpService(deps: ServiceDeps) {
  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  return {
    /** 回访: recorded against a planned task (or unplanned); performance found updates the obligations. */
    async record(input: ParsedInputOf<'followUp.record'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_follow_up', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'followUp', value: input.visitedOn, field: 'visitedOn' }]);
        const parties = new Map((await listPartyRows(ctx.trx, ctx.row.id)).map((p) => [p.uuid, p]));
        const visited = input.partyIds.map((id) => {
          const party = parties.get(id);
          if (!party) throw invalidField('partyIds', '回访的当事人不属于本案。');
          return party;
        });
        const notes =
          input.performance.length > 0 ? await applyPerformance(ctx, input.performance, 'performance') : [];
        const agreement = await getAgreementRow(ctx.trx, ctx.row.id);
        const statuses = agreement
          ? (await obligationRows(ctx.trx, agreement.id)).map(
              (o) => o.performance_status as PerformanceStatus,
            )
          : [];
        const overall = overallPerformance(statuses);
        const found: PerformanceStatus | null =
          statuses.length === 0
            ? null
            : overall === 'complete'
              ? 'performed'
              : overall === 'started'
                ? 'partially_performed'
                : 'not_performed';
        const values = {
          visitedOn: input.visitedOn,
          method: input.method,
          visitor: input.visitor,
          partyUuids: visited.map((p) => p.uuid),
          performanceFound: found,
          satisfaction: input.satisfaction ?? null,
          situation: input.situation,
          measures: input.measures,
        };
        if (input.followUpId) {
          const task = await getFollowUpRow(ctx.trx, input.followUpId);
          if (!task || task.case_id !== ctx.row.id)
            throw invalidField('followUpId', '这条回访任务不属于本案。');
          if (task.status !== 'planned') throw new AppError('CONFLICT', '这条回访任务已经完成或取消。');
          await completeFollowUp(ctx.trx, task.id, values, ctx.now);
        } else {
          await insertDoneFollowUp(ctx.trx, deps.newId(), ctx.row.id, values, ctx.now);
        }
        const satisfaction = input.satisfaction ? `，${SATISFACTION_LABELS[input.satisfaction]}` : '';
        return {
          summary: `${FOLLOW_UP_METHOD_LABELS[input.method]}回访${visited.map((p) => p.name).join('、')}${satisfaction}${notes.length > 0 ? `；${notes.join('，')}` : ''}`,
          changes: {
            visitedOn: input.visitedOn,
            satisfaction: input.satisfaction,
            performance: input.performance,
          },
        };
      });
      return get(input.caseId);
    },

    async schedule(input: ParsedInputOf<'followUp.schedule'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_follow_up', actor, async (ctx) => {
        await insertPlannedFollowUp(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          reason: 'manual',
          obligationId: null,
          dueOn: input.dueOn,
          now: ctx.now,
        });
        return { summary: `安排 ${input.dueOn} 回访` };
      });
      return get(input.caseId);
    },
  };
}
