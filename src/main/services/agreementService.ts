import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import {
  AGREEMENT_FORM_LABELS,
  CONFIRMATION_RESULT_LABELS,
  PERFORMANCE_STATUS_LABELS,
  type PerformanceStatus,
} from '../../shared/types/outcomeTaxonomy.ts';
import { confirmationDeadline, notConfirmableReason } from '../../shared/cases/agreementRules.ts';
import {
  followUpForAgreement,
  followUpForObligation,
  overallPerformance,
} from '../../shared/cases/followUpRules.ts';
import { formatFenCombined } from '../../shared/format/money.ts';
import { AppError } from '../../shared/errors.ts';
import {
  getAgreementRow,
  insertAgreement,
  obligationRows,
  setAgreementEffective,
  updateObligationPerformance,
  upsertJudicialConfirmation,
} from '../db/queries/agreements.ts';
import { insertPlannedFollowUp } from '../db/queries/followUps.ts';
import { listPartyRows } from '../db/queries/parties.ts';
import { loadHolidayCalendar } from '../db/queries/holidays.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase, type CaseWriteContext } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';

type PerformanceUpdate = ParsedInputOf<'agreement.updatePerformance'>['updates'][number];

/** Applies performance updates and moves the case to 履行中 / 履行完毕 when the obligations say so. */
export async function applyPerformance(
  ctx: CaseWriteContext,
  updates: readonly PerformanceUpdate[],
  field: string,
): Promise<string[]> {
  const agreement = await getAgreementRow(ctx.trx, ctx.row.id);
  if (!agreement) throw new AppError('INVALID_STATE', '本案还没有调解协议，无法登记履行情况。');
  const obligations = await obligationRows(ctx.trx, agreement.id);
  const notes: string[] = [];
  await ctx.checkDates(
    updates.flatMap((u, i) =>
      u.performedOn
        ? [{ step: 'performed' as const, value: u.performedOn, field: `${field}.${i}.performedOn` }]
        : [],
    ),
  );
  for (const update of updates) {
    const obligation = obligations.find((o) => o.uuid === update.obligationId);
    if (!obligation) throw invalidField(field, '所选协议条款不属于本案协议。');
    if (
      update.performedAmountFen != null &&
      obligation.amount_fen !== null &&
      update.performedAmountFen > obligation.amount_fen
    ) {
      throw invalidField(field, `第${obligation.seq}条已履行金额超过了约定金额。`);
    }
    await updateObligationPerformance(
      ctx.trx,
      obligation.id,
      {
        status: update.status,
        performedAmountFen: update.performedAmountFen ?? null,
        performedOn: update.performedOn ?? null,
        note: update.note,
      },
      ctx.now,
    );
    obligation.performance_status = update.status;
    notes.push(`第${obligation.seq}条${PERFORMANCE_STATUS_LABELS[update.status]}`);
  }
  const overall = overallPerformance(obligations.map((o) => o.performance_status as PerformanceStatus));
  if (overall === 'complete' && (ctx.status === 'agreed' || ctx.status === 'performing')) {
    ctx.advance('complete_performance', '协议全部履行完毕');
  } else if (overall === 'started' && ctx.status === 'agreed') {
    ctx.advance('begin_performance', '协议开始履行');
  }
  return notes;
}

export function createAgreementService(deps: ServiceDeps) {
  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  async function planEffectiveFollowUp(ctx: CaseWriteContext, effectiveOn: string): Promise<void> {
    await insertPlannedFollowUp(ctx.trx, {
      uuid: deps.newId(),
      caseId: ctx.row.id,
      reason: 'agreement_effective',
      obligationId: null,
      dueOn: followUpForAgreement(effectiveOn),
      now: ctx.now,
    });
  }

  return {
    /** 达成协议: written or oral, with structured obligations; 回访 tasks are planned from the dates. */
    async record(input: ParsedInputOf<'agreement.record'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_agreement', actor, async (ctx) => {
        if (await getAgreementRow(ctx.trx, ctx.row.id))
          throw new AppError('CONFLICT', '本案已经登记过调解协议。');
        // 人民调解法 art. 30: an oral agreement takes effect when it is reached.
        const effectiveOn = input.effectiveOn ?? (input.form === 'oral' ? input.concludedOn : null);
        await ctx.checkDates([
          { step: 'agreement', value: input.concludedOn, field: 'concludedOn' },
          ...(effectiveOn === null
            ? []
            : [{ step: 'effective' as const, value: effectiveOn, field: 'effectiveOn' }]),
        ]);
        if (input.form === 'oral' && !input.oralContent && input.obligations.length === 0) {
          throw invalidField('oralContent', '请记录口头协议的内容（人民调解法第二十八条）。');
        }
        if (input.form === 'written' && input.obligations.length === 0 && input.otherClauses.length === 0) {
          throw invalidField('obligations', '书面协议至少要有一条协议内容。');
        }
        const parties = new Map((await listPartyRows(ctx.trx, ctx.row.id)).map((p) => [p.uuid, p]));
        const obligations = input.obligations.map((o, index) => {
          const obligor = parties.get(o.obligorId);
          const obligee = o.obligeeId ? parties.get(o.obligeeId) : null;
          if (!obligor) throw invalidField(`obligations.${index}.obligorId`, '履行义务人不是本案当事人。');
          if (obligee === undefined)
            throw invalidField(`obligations.${index}.obligeeId`, '权利人不是本案当事人。');
          if (obligee && obligee.id === obligor.id)
            throw invalidField(`obligations.${index}.obligeeId`, '权利人与义务人不能是同一人。');
          if (o.dueDate && o.dueDate < input.concludedOn)
            throw invalidField(`obligations.${index}.dueDate`, '履行期限不能早于协议达成日期。');
          return {
            ...o,
            uuid: deps.newId(),
            obligorPartyId: obligor.id,
            obligeePartyId: obligee?.id ?? null,
            amountFen: o.amountFen ?? null,
            dueDate: o.dueDate ?? null,
          };
        });
        const { obligationIds } = await insertAgreement(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          now: ctx.now,
          values: { ...input, effectiveOn },
          obligations,
        });
        for (const [index, o] of obligations.entries()) {
          if (o.dueDate === null) continue;
          await insertPlannedFollowUp(ctx.trx, {
            uuid: deps.newId(),
            caseId: ctx.row.id,
            reason: 'obligation_due',
            obligationId: obligationIds[index]!,
            dueOn: followUpForObligation(o.dueDate),
            now: ctx.now,
          });
        }
        if (effectiveOn !== null) await planEffectiveFollowUp(ctx, effectiveOn);
        const total = obligations.reduce((sum, o) => sum + (o.amountFen ?? 0), 0);
        const flags = {
          involvesStatusRelation: input.involvesStatusRelation,
          involvesOwnershipConfirmation: input.involvesOwnershipConfirmation,
        };
        const deadline = confirmationDeadline(effectiveOn, flags, await loadHolidayCalendar(ctx.trx));
        const notConfirmable = notConfirmableReason(flags);
        return {
          summary:
            `达成${AGREEMENT_FORM_LABELS[input.form]}，${obligations.length} 项义务` +
            (total > 0 ? `，涉及金额${formatFenCombined(total)}` : '') +
            (deadline ? `；司法确认申请截止 ${deadline}` : '') +
            (notConfirmable ? `；${notConfirmable}` : ''),
          changes: { form: input.form, effectiveOn, totalAmountFen: total, confirmationDeadline: deadline },
        };
      });
      return get(input.caseId);
    },

    /** A written agreement takes effect when all signatures and the seal are on it (art. 29). */
    async setEffective(input: ParsedInputOf<'agreement.setEffective'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_agreement', actor, async (ctx) => {
        const agreement = await getAgreementRow(ctx.trx, ctx.row.id);
        if (!agreement) throw new AppError('INVALID_STATE', '本案还没有调解协议。');
        if (agreement.effective_on !== null)
          throw new AppError('CONFLICT', `协议已于 ${agreement.effective_on} 生效，不能重复登记。`);
        await ctx.checkDates([{ step: 'effective', value: input.effectiveOn, field: 'effectiveOn' }]);
        await setAgreementEffective(ctx.trx, agreement.id, input.effectiveOn, ctx.now);
        await planEffectiveFollowUp(ctx, input.effectiveOn);
        const deadline = confirmationDeadline(
          input.effectiveOn,
          {
            involvesStatusRelation: agreement.involves_status_relation === 1,
            involvesOwnershipConfirmation: agreement.involves_ownership_confirmation === 1,
          },
          await loadHolidayCalendar(ctx.trx),
        );
        return {
          summary: `协议于 ${input.effectiveOn} 生效${deadline ? `；司法确认申请截止 ${deadline}` : ''}`,
          changes: { effectiveOn: input.effectiveOn, confirmationDeadline: deadline },
        };
      });
      return get(input.caseId);
    },

    async updatePerformance(
      input: ParsedInputOf<'agreement.updatePerformance'>,
      actor: string,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_agreement', actor, async (ctx) => {
        const notes = await applyPerformance(ctx, input.updates, 'updates');
        return { summary: `登记履行情况：${notes.join('，')}`, changes: { updates: input.updates } };
      });
      return get(input.caseId);
    },

    /** 司法确认 (domain §2.4): refused for status relations and ownership confirmation. */
    async recordJudicialConfirmation(
      input: ParsedInputOf<'agreement.judicialConfirmation'>,
      actor: string,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'judicial_confirmation', actor, async (ctx) => {
        const agreement = await getAgreementRow(ctx.trx, ctx.row.id);
        if (!agreement) throw new AppError('INVALID_STATE', '本案还没有调解协议。');
        const reason = notConfirmableReason({
          involvesStatusRelation: agreement.involves_status_relation === 1,
          involvesOwnershipConfirmation: agreement.involves_ownership_confirmation === 1,
        });
        if (reason) throw new AppError('INVALID_STATE', `不能登记司法确认：${reason}`);
        if (agreement.effective_on === null)
          throw new AppError('INVALID_STATE', '协议尚未生效，生效后才能申请司法确认。');
        await ctx.checkDates(
          [
            ...(input.appliedOn
              ? [{ step: 'confirmationApplied' as const, value: input.appliedOn, field: 'appliedOn' }]
              : []),
            ...(input.decidedOn
              ? [{ step: 'confirmationDecided' as const, value: input.decidedOn, field: 'decidedOn' }]
              : []),
          ],
          ['confirmationApplied', 'confirmationDecided'],
        );
        await upsertJudicialConfirmation(ctx.trx, {
          caseId: ctx.row.id,
          agreementId: agreement.id,
          court: input.court,
          appliedOn: input.appliedOn ?? null,
          courtCaseNo: input.courtCaseNo,
          decidedOn: input.decidedOn ?? null,
          result: input.result ?? null,
          note: input.note,
          now: ctx.now,
        });
        return {
          summary: `司法确认：${input.court}${input.appliedOn ? `，${input.appliedOn}申请` : ''}${input.result ? `，${CONFIRMATION_RESULT_LABELS[input.result]}` : ''}`,
          changes: {
            court: input.court,
            appliedOn: input.appliedOn,
            courtCaseNo: input.courtCaseNo,
            result: input.result,
          },
        };
      });
      return get(input.caseId);
    },
  };
}
