/**
 * 交单 (issue 15 item 4): replies to whoever referred the case, and the rules that say when they are
 * due. A final reply ends the reminder; interim replies are recorded but keep it running.
 */
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { CASE_SOURCE_LABELS, type CaseSource } from '../../shared/types/disputeTaxonomy.ts';
import {
  DEFAULT_REPLY_RULES,
  REPLY_CHANNEL_LABELS,
  REPLY_KIND_LABELS,
  REPLY_RESULT_LABELS,
  type ReplyRules,
} from '../../shared/types/replies.ts';
import type { ChangeNote } from '../api/auditDetail.ts';
import { insertReply } from '../db/queries/replies.ts';
import { putSetting } from '../db/queries/settings.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { localDateOf } from './localDate.ts';
import {
  dueDateChangeNote,
  readReplyRules,
  recomputeDueDates,
  REPLY_RULES_SETTING,
} from './dueDateRecompute.ts';

export type ReplyService = ReturnType<typeof createReplyService>;

export function createReplyService(deps: ServiceDeps) {
  async function rules(): Promise<{ rules: ReplyRules; defaults: ReplyRules }> {
    return { rules: await readReplyRules(deps.db), defaults: DEFAULT_REPLY_RULES };
  }

  return {
    async record(input: ParsedInputOf<'reply.record'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_reply', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'reply', value: input.repliedOn, field: 'repliedOn' }]);
        const received = ctx.row.referral_received_on ?? localDateOf(ctx.row.registered_at);
        if (input.repliedOn < received)
          throw invalidField('repliedOn', `答复日期不能早于收到转办的日期（${received}）。`);
        await insertReply(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          kind: input.kind,
          repliedOn: input.repliedOn,
          channel: input.channel,
          recipient: input.recipient,
          content: input.content,
          result: input.result,
          now: ctx.now,
          actor,
        });
        if (input.kind === 'final' && ctx.row.reply_final_on === null)
          ctx.setCase({ reply_final_on: input.repliedOn });
        const to =
          input.recipient ||
          CASE_SOURCE_LABELS[ctx.row.source as CaseSource].replace(/转办|移交|移送|交办|委派|委托|上报/, '');
        return {
          summary: `向${to}${REPLY_KIND_LABELS[input.kind]}（${REPLY_CHANNEL_LABELS[input.channel]}，${input.repliedOn}）：${REPLY_RESULT_LABELS[input.result]}。${input.content}`,
          changes: {
            kind: input.kind,
            repliedOn: input.repliedOn,
            channel: input.channel,
            result: input.result,
          },
        };
      });
      return readCase(deps, input.caseId);
    },

    /** The rules in force for every source: the administrator's where set, else the defaults. */
    rules,

    /** Saves the rules and moves the reply due dates of open cases to match. */
    async setRules(
      input: ParsedInputOf<'reply.setRules'>,
      actor: string,
      noteChange: (note: ChangeNote) => void,
    ): Promise<{ rules: ReplyRules; defaults: ReplyRules }> {
      const now = deps.clock.now().toISOString();
      await deps.inTransaction(async (trx) => {
        const before = await readReplyRules(trx);
        await putSetting(trx, REPLY_RULES_SETTING, JSON.stringify(input.rules), now);
        noteChange({
          entity: 'setting',
          id: REPLY_RULES_SETTING,
          before: { ...before },
          after: { ...input.rules },
        });
        const changes = await recomputeDueDates(trx, { reason: '答复时限设置调整', actor, now });
        if (changes.length > 0) noteChange(dueDateChangeNote('reply.rules', changes));
      });
      return rules();
    },
  };
}
