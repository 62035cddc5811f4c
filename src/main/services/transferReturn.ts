/**
 * 退单 (issue 15 item 3): the receiving centre returns a transferred ticket, or the level above sends
 * an escalation back down for local handling. The case comes back to this organisation's queue: to
 * 待受理 when it was transferred before 受理, otherwise to 待指派 (受理 stays, the assignments of the
 * transfer time end, so the dispatcher assigns again). The reason goes into the timeline.
 */
import { activeAssignmentRows, endAssignments } from '../db/queries/assignments.ts';
import type { getTransferRow } from '../db/queries/transfers.ts';
import type { CaseWriteContext } from './caseWrite.ts';
import { invalidField } from './caseRead.ts';

type TransferRow = NonNullable<Awaited<ReturnType<typeof getTransferRow>>>;

/** Moves the case back and returns the timeline sentence. */
export async function takeBackReturned(
  ctx: CaseWriteContext,
  transfer: TransferRow,
  note: string | null | undefined,
): Promise<string> {
  const reason = note?.trim();
  if (!reason) throw invalidField('note', '请填写退回的理由（接收方说明的退单原因）。');
  const kind = transfer.is_escalation === 1 ? '上级发回本级处理' : '接收方退单';
  const wasAccepted = ctx.row.accepted_on !== null;
  const active = await activeAssignmentRows(ctx.trx, ctx.row.id);
  await endAssignments(
    ctx.trx,
    active.map((a) => a.id),
    { at: ctx.now, reason: 'removed', note: `${kind}，重新派单`, requestedByPartyId: null },
  );
  if (ctx.row.closed_on !== null) ctx.setCase({ closed_on: null, closing_note: null });
  if (wasAccepted) {
    ctx.advance('take_back', `${kind}，回到本组织待指派：${reason}`);
    return `${transfer.target_name}退回（${kind}）：${reason}；案件回到本组织，等待重新派单`;
  }
  ctx.advance('take_back_unaccepted', `${kind}，回到本组织待受理：${reason}`);
  return `${transfer.target_name}退回（${kind}）：${reason}；案件回到本组织，等待受理`;
}
