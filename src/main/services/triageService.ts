import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import type { CaseSource, CourtProcedure } from '../../shared/types/disputeTaxonomy.ts';
import {
  ADVISED_CHANNEL_LABELS,
  CONSENT_MODE_LABELS,
  REJECTION_REASON_LABELS,
  TERMINATION_REASON_LABELS,
  TRANSFER_FEEDBACK_RESULT_LABELS,
  TRANSFER_TARGET_KIND_LABELS,
} from '../../shared/types/outcomeTaxonomy.ts';
import { ORGANISATION_LEVEL_RANK, type OrganisationLevel } from '../../shared/types/organisation.ts';
import { handlingDueDate, handlingPeriodDays } from '../../shared/cases/caseDeadlines.ts';
import type { DossierCheck } from '../../shared/cases/dossierItems.ts';
import { AppError } from '../../shared/errors.ts';
import { futureDateViolation } from '../../shared/cases/caseDateOrder.ts';
import { allocateCaseSeq, findCaseBySeq, requireCaseRow } from '../db/queries/caseRows.ts';
import { loadHolidayCalendar } from '../db/queries/holidays.ts';
import { insertExtension } from '../db/queries/extensions.ts';
import { getTransferRow, insertTransfer, setTransferFeedback } from '../db/queries/transfers.ts';
import { upsertDossierExplanation } from '../db/queries/attachments.ts';
import { listPartyRows } from '../db/queries/parties.ts';
import { toJson } from '../db/queries/json.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { checkDossier } from './dossierCheck.ts';
import { takeBackReturned } from './transferReturn.ts';
import { cancelPlannedFollowUps, countPlannedFollowUps } from '../db/queries/followUps.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * A planned 回访 cannot stay open on an archived case: it is cancelled with the reason given at
 * archiving, and archiving without a reason is refused while any is open.
 */
async function cancelOpenFollowUps(
  trx: Kysely<Database>,
  caseId: number,
  reason: string | null | undefined,
  now: string,
): Promise<number> {
  const open = await countPlannedFollowUps(trx, caseId);
  if (open === 0) return 0;
  if (!reason || reason.trim().length < 4) {
    throw invalidField(
      'openFollowUpReason',
      `还有${open}次计划回访未进行，请写明不再回访的原因（至少 4 个字），归档时将取消这些回访。`,
    );
  }
  return cancelPlannedFollowUps(trx, caseId, reason.trim(), now);
}

/** （2026）栖尧人调字第12号 (domain §1.1). */
export function formatCaseNo(year: number, abbreviation: string, seq: number): string {
  return `（${year}）${abbreviation}人调字第${seq}号`;
}

const channelText = (channels: readonly (keyof typeof ADVISED_CHANNEL_LABELS)[]) =>
  channels.map((c) => ADVISED_CHANNEL_LABELS[c]).join('、');

export function createTriageService(deps: ServiceDeps) {
  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  return {
    /** 受理: consent recorded, number allocated in this transaction, the handling clock starts. */
    async accept(input: ParsedInputOf<'case.accept'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'accept', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'accepted', value: input.acceptedOn, field: 'acceptedOn' }]);
        const organisation = await ctx.trx
          .selectFrom('organisation')
          .select(['abbreviation'])
          .where('id', '=', ctx.row.organisation_id)
          .executeTakeFirstOrThrow();
        const year = Number(input.acceptedOn.slice(0, 4));
        let seq: number;
        if (input.paperCaseSeq) {
          if (!ctx.backfilling)
            throw invalidField(
              'paperCaseSeq',
              '只有正在补录的历史案件才能沿用纸质案号；新案件的编号由系统依次编排。',
            );
          seq = input.paperCaseSeq;
          const holder = await findCaseBySeq(ctx.trx, ctx.row.organisation_id, year, seq);
          if (holder) {
            const message = `${formatCaseNo(year, organisation.abbreviation, seq)}已被案件“${holder.title}”使用，请核对纸质卷宗上的案号。`;
            throw new AppError('CONFLICT', message, {
              fields: { paperCaseSeq: message },
              caseId: holder.uuid,
            });
          }
        } else {
          seq = await allocateCaseSeq(ctx.trx, ctx.row.organisation_id, year);
        }
        const caseNo = formatCaseNo(year, organisation.abbreviation, seq);
        const days = handlingPeriodDays(
          ctx.row.source as CaseSource,
          ctx.row.referral_court_procedure as CourtProcedure | null,
        );
        const dueDate = handlingDueDate(input.acceptedOn, days, await loadHolidayCalendar(ctx.trx));
        ctx.setCase({
          case_no: caseNo,
          case_year: year,
          case_seq: seq,
          accepted_on: input.acceptedOn,
          consent_mode: input.consentMode,
          consent_note: input.consentNote,
          time_limit_days: days,
          due_date: dueDate,
        });
        return {
          summary: `受理，编号${caseNo}；${CONSENT_MODE_LABELS[input.consentMode]}；调解期限 ${days} 日，至 ${dueDate}`,
          changes: {
            caseNo,
            acceptedOn: input.acceptedOn,
            dueDate,
            timeLimitDays: days,
            consentMode: input.consentMode,
          },
        };
      });
      return get(input.caseId);
    },

    /** 不予受理 (若干规定 art. 22), telling the parties where to turn instead. */
    async reject(input: ParsedInputOf<'case.reject'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'reject', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'rejected', value: input.rejectedOn, field: 'rejectedOn' }]);
        const reason = input.reason ?? REJECTION_REASON_LABELS[input.reasonCode];
        ctx.setCase({
          disposal_reason_code: input.reasonCode,
          disposal_reason: reason,
          disposal_channels: toJson(input.channels),
          disposal_advice: input.advice,
          disposal_on: input.rejectedOn,
        });
        return {
          summary: `不予受理：${REJECTION_REASON_LABELS[input.reasonCode]}；已告知当事人可${channelText(input.channels)}`,
          changes: { reasonCode: input.reasonCode, reason, channels: input.channels },
        };
      });
      return get(input.caseId);
    },

    /** 终止调解 (人民调解法 art. 26): reason recorded and other channels advised. */
    async terminate(input: ParsedInputOf<'case.terminate'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'terminate', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'terminated', value: input.terminatedOn, field: 'terminatedOn' }]);
        const reason = input.reason ?? TERMINATION_REASON_LABELS[input.reasonCode];
        ctx.setCase({
          disposal_reason_code: input.reasonCode,
          disposal_reason: reason,
          disposal_channels: toJson(input.channels),
          disposal_advice: input.advice,
          disposal_on: input.terminatedOn,
        });
        return {
          summary: `终止调解：${TERMINATION_REASON_LABELS[input.reasonCode]}；已告知当事人可${channelText(input.channels)}`,
          changes: { reasonCode: input.reasonCode, reason, channels: input.channels },
        };
      });
      return get(input.caseId);
    },

    /** 作废: a case registered in error; nothing is deleted. */
    async void(input: ParsedInputOf<'case.void'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'void', actor, async (ctx) => {
        ctx.setCase({ voided_at: ctx.now, void_reason: input.reason });
        return { summary: `作废（误登记）：${input.reason}`, changes: { reason: input.reason } };
      });
      return get(input.caseId);
    },

    /** 移交 / escalation up the ladder (村社 → 街镇 → 区) or to a court, police, 信访, department. */
    async transfer(input: ParsedInputOf<'case.transfer'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'transfer', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'transferred', value: input.transferredOn, field: 'transferredOn' }]);
        let targetOrganisationId: number | null = null;
        let targetName = input.targetName;
        let isEscalation = false;
        if (input.targetKind === 'organisation') {
          if (!input.targetOrganisationId)
            throw invalidField('targetOrganisationId', '请选择接收的调解组织。');
          const [own, target] = await Promise.all([
            ctx.trx
              .selectFrom('organisation')
              .select(['id', 'level'])
              .where('id', '=', ctx.row.organisation_id)
              .executeTakeFirstOrThrow(),
            ctx.trx
              .selectFrom('organisation')
              .select(['id', 'name', 'level'])
              .where('uuid', '=', input.targetOrganisationId)
              .executeTakeFirst(),
          ]);
          if (!target) throw invalidField('targetOrganisationId', '所选接收组织不存在。');
          if (target.id === own.id) throw invalidField('targetOrganisationId', '不能移交给本组织。');
          targetOrganisationId = target.id;
          targetName = target.name;
          isEscalation =
            ORGANISATION_LEVEL_RANK[target.level as OrganisationLevel] >
            ORGANISATION_LEVEL_RANK[own.level as OrganisationLevel];
        } else if (!targetName) {
          throw invalidField(
            'targetName',
            `请填写接收的${TRANSFER_TARGET_KIND_LABELS[input.targetKind]}名称。`,
          );
        }
        await insertTransfer(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          targetKind: input.targetKind,
          targetOrganisationId,
          targetName: targetName!,
          isEscalation,
          reason: input.reason,
          transferredOn: input.transferredOn,
          now: ctx.now,
        });
        return {
          summary: `${isEscalation ? '上报' : '移交'}${targetName!}：${input.reason}`,
          changes: { targetKind: input.targetKind, targetName, isEscalation },
        };
      });
      return get(input.caseId);
    },

    async recordTransferFeedback(
      input: ParsedInputOf<'case.transferFeedback'>,
      actor: string,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'transfer_feedback', actor, async (ctx) => {
        const transfer = await getTransferRow(ctx.trx, input.transferId);
        if (!transfer || transfer.case_id !== ctx.row.id)
          throw invalidField('transferId', '这条移交记录不属于本案。');
        if (input.feedbackOn < transfer.transferred_on)
          throw invalidField(
            'feedbackOn',
            `移交反馈日期（${input.feedbackOn}）不能早于移交日期（${transfer.transferred_on}）。`,
          );
        await ctx.checkDates([{ step: 'transferFeedback', value: input.feedbackOn, field: 'feedbackOn' }]);
        await setTransferFeedback(ctx.trx, transfer.id, {
          on: input.feedbackOn,
          result: input.result,
          note: input.note,
        });
        if (input.result === 'returned') {
          return {
            summary: await takeBackReturned(ctx, transfer, input.note),
            changes: { result: input.result, note: input.note },
          };
        }
        return {
          summary: `${transfer.target_name}反馈：${TRANSFER_FEEDBACK_RESULT_LABELS[input.result]}`,
          changes: { result: input.result, note: input.note },
        };
      });
      return get(input.caseId);
    },

    /** 延长调解期限: only with every applicant's and respondent's recorded consent. */
    async extendDeadline(input: ParsedInputOf<'case.extendDeadline'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'extend_deadline', actor, async (ctx) => {
        const current = ctx.row.due_date;
        if (current === null) throw new AppError('INVALID_STATE', '案件还没有调解期限，无需延期。');
        if (input.newDueDate <= current)
          throw invalidField('newDueDate', `延长后的期限应晚于当前期限（${current}）。`);
        const parties = await listPartyRows(ctx.trx, ctx.row.id);
        const byUuid = new Map(parties.map((p) => [p.uuid, p]));
        for (const consent of input.consents) {
          if (!byUuid.has(consent.partyId)) throw invalidField('consents', '同意延期的当事人不属于本案。');
        }
        await ctx.checkDates(
          input.consents.map((c, i) => ({
            step: 'extensionConsent' as const,
            value: c.consentedOn,
            field: `consents.${i}.consentedOn`,
          })),
        );
        const consented = new Set(input.consents.map((c) => c.partyId));
        const missing = parties.filter(
          (p) => (p.role === 'applicant' || p.role === 'respondent') && !consented.has(p.uuid),
        );
        if (missing.length > 0) {
          throw invalidField(
            'consents',
            `延期需要双方当事人同意，尚缺：${missing.map((p) => p.name).join('、')}。`,
          );
        }
        await insertExtension(ctx.trx, {
          caseId: ctx.row.id,
          previousDueDate: current,
          newDueDate: input.newDueDate,
          reason: input.reason,
          recordedAt: ctx.now,
          recordedBy: ctx.actor,
          consents: input.consents.map((c) => ({
            partyId: byUuid.get(c.partyId)!.id,
            consentedOn: c.consentedOn,
            form: c.form,
          })),
        });
        ctx.setCase({ due_date: input.newDueDate });
        return {
          summary: `经双方当事人同意，调解期限由 ${current} 延长至 ${input.newDueDate}：${input.reason}`,
          changes: { dueDate: { from: current, to: input.newDueDate } },
        };
      });
      return get(input.caseId);
    },

    /** 结案: only once there is an outcome (agreement, termination or transfer). */
    async close(input: ParsedInputOf<'case.close'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'close', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'closed', value: input.closedOn, field: 'closedOn' }]);
        ctx.setCase({ closed_on: input.closedOn, closing_note: input.note });
        return {
          summary: `结案${input.note ? `：${input.note}` : ''}`,
          changes: { closedOn: input.closedOn },
        };
      });
      return get(input.caseId);
    },

    async dossierCheck(caseId: string): Promise<DossierCheck> {
      const row = await requireCaseRow(deps.db, caseId);
      return checkDossier(deps.db, row);
    },

    /** 归档: the mandatory dossier items must be present or explained; archived cases are read-only. */
    async archive(input: ParsedInputOf<'case.archive'>, actor: string): Promise<CaseDetail> {
      await writeCase(
        deps,
        input,
        'archive',
        actor,
        async (ctx) => {
          await ctx.checkDates([{ step: 'archived', value: input.archivedOn, field: 'archivedOn' }]);
          const checkedLate = futureDateViolation('检查日期', input.checkedOn, ctx.today);
          if (checkedLate) throw invalidField('checkedOn', checkedLate);
          const cancelled = await cancelOpenFollowUps(ctx.trx, ctx.row.id, input.openFollowUpReason, ctx.now);
          for (const [item, text] of Object.entries(input.explanations)) {
            await upsertDossierExplanation(ctx.trx, ctx.row.id, item, text, ctx.now);
          }
          ctx.setCase({
            // An archived case is history: its 补录, if any, is finished with it.
            ...(ctx.backfilling ? { backfill_done_at: ctx.now } : {}),
            archived_on: input.archivedOn,
            archive_filer: input.filer,
            archive_checker: input.checker,
            archive_checked_on: input.checkedOn,
            retention: input.retention,
          });
          return {
            summary: `立卷归档，立卷人${input.filer}，检查人${input.checker}${cancelled > 0 ? `；取消未进行的回访${cancelled}次（${input.openFollowUpReason}）` : ''}`,
            changes: { explanations: input.explanations, cancelledFollowUps: cancelled },
          };
        },
        {
          extraFacts: async (trx, row) => {
            const check = await checkDossier(trx, row, input.explanations);
            return {
              dossierGaps: check.items
                .filter((i) => i.state === 'missing')
                .map((i) => `${i.label}（${i.detail}）`),
            };
          },
        },
      );
      return get(input.caseId);
    },
  };
}
