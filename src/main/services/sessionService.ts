import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { SESSION_KIND_LABELS, SESSION_MODE_LABELS } from '../../shared/types/outcomeTaxonomy.ts';
import { isAgentRole, type PartyRole } from '../../shared/types/partyTaxonomy.ts';
import { AppError } from '../../shared/errors.ts';
import { firstNoticeByParty, insertRightsNotice, listPartyRows } from '../db/queries/parties.ts';
import {
  getSessionRow,
  insertSession,
  setSessionStatus,
  updateSession,
  type SessionValues,
} from '../db/queries/mediationSessions.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase, type CaseWriteContext } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { localNow } from './localDate.ts';

async function mediatorRowIds(
  ctx: CaseWriteContext,
  uuids: readonly string[],
): Promise<{ ids: number[]; names: string[] }> {
  const rows = await ctx.trx
    .selectFrom('mediator')
    .select(['id', 'uuid', 'name'])
    .where('uuid', 'in', [...uuids])
    .execute();
  if (rows.length !== new Set(uuids).size) throw invalidField('mediatorIds', '所选调解员中有不存在的人员。');
  return { ids: rows.map((r) => r.id), names: rows.map((r) => r.name) };
}

export function createSessionService(deps: ServiceDeps) {
  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  return {
    /** Puts a 调查/调解 on the calendar; nothing is recorded yet. */
    async schedule(input: ParsedInputOf<'session.schedule'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'schedule_session', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'session', value: input.startAt, field: 'startAt', planned: true }]);
        const mediators = await mediatorRowIds(ctx, input.mediatorIds);
        await insertSession(
          ctx.trx,
          deps.newId(),
          ctx.row.id,
          {
            kind: input.kind,
            status: 'scheduled',
            startAt: input.startAt,
            endAt: input.endAt ?? null,
            place: input.place,
            mode: input.mode,
            isPublic: input.isPublic,
            subject: input.subject,
            recorder: null,
            transcript: null,
            result: null,
            rightsNoticeGiven: false,
            interviewee: null,
            mediatorIds: mediators.ids,
            partyIds: [],
            participants: [],
          },
          ctx.now,
        );
        return {
          summary: `安排${SESSION_KIND_LABELS[input.kind]}：${input.startAt.replace('T', ' ')}，${input.place}（${SESSION_MODE_LABELS[input.mode]}），调解员${mediators.names.join('、')}`,
          changes: { kind: input.kind, startAt: input.startAt },
        };
      });
      return get(input.caseId);
    },

    /**
     * Records a held 调查/调解 with its minutes. A 调解 needs the 权利义务告知 given to every party present
     * (before, or at the start of this session); the first session moves an accepted case to 调解中.
     */
    async record(input: ParsedInputOf<'session.record'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_session', actor, async (ctx) => {
        if (input.startAt > localNow(deps.clock))
          throw invalidField('startAt', '还没有到开始时间的调查/调解不能记录为已进行；请先“安排”。');
        if (input.endAt && input.endAt < input.startAt)
          throw invalidField('endAt', '结束时间不能早于开始时间。');
        await ctx.checkDates([{ step: 'session', value: input.startAt, field: 'startAt' }]);
        const mediators = await mediatorRowIds(ctx, input.mediatorIds);
        const parties = await listPartyRows(ctx.trx, ctx.row.id);
        const byUuid = new Map(parties.map((p) => [p.uuid, p]));
        const present = input.partyIdsPresent.map((id) => {
          const party = byUuid.get(id);
          if (!party) throw invalidField('partyIdsPresent', '到场当事人中有不属于本案的人员。');
          return party;
        });
        const sessionDate = input.startAt.slice(0, 10);
        if (input.kind === 'mediation') {
          if (present.length === 0) throw invalidField('partyIdsPresent', '请选择参加调解的当事人。');
          if (input.rightsNoticeGivenAtStart) {
            const notified = await firstNoticeByParty(ctx.trx, ctx.row.id);
            for (const party of present.filter((p) => !notified.has(p.id))) {
              await insertRightsNotice(ctx.trx, {
                caseId: ctx.row.id,
                partyId: party.id,
                givenOn: sessionDate,
                form: 'oral',
                givenBy: mediators.names[0] ?? null,
                note: '调解开始时当场告知',
                now: ctx.now,
              });
            }
          }
          const notified = await firstNoticeByParty(ctx.trx, ctx.row.id);
          const informed = (id: number) => {
            const on = notified.get(id);
            return on !== undefined && on <= sessionDate;
          };
          const missing = present.filter(
            (p) =>
              !informed(p.id) &&
              !(
                isAgentRole(p.role as PartyRole) &&
                p.principal_party_id !== null &&
                informed(p.principal_party_id)
              ),
          );
          if (missing.length > 0) {
            throw new AppError(
              'INVALID_STATE',
              `调解前必须先告知当事人权利义务（若干规定第三十条）。尚未告知：${missing.map((p) => p.name).join('、')}。请先登记告知，或勾选“调解开始时已当场告知”。`,
              { missing: missing.map((p) => p.uuid) },
            );
          }
        }
        const values: SessionValues = {
          kind: input.kind,
          status: 'held',
          startAt: input.startAt,
          endAt: input.endAt ?? null,
          place: input.place,
          mode: input.mode,
          isPublic: input.isPublic,
          subject: input.subject,
          recorder: input.recorder,
          transcript: input.transcript,
          result: input.result,
          rightsNoticeGiven: input.kind === 'mediation',
          interviewee: input.interviewee ?? null,
          mediatorIds: mediators.ids,
          partyIds: present.map((p) => p.id),
          participants: input.participants,
        };
        if (input.sessionId) {
          const scheduled = await getSessionRow(ctx.trx, input.sessionId);
          if (!scheduled || scheduled.case_id !== ctx.row.id)
            throw invalidField('sessionId', '这条调解安排不属于本案。');
          if (scheduled.status !== 'scheduled')
            throw new AppError('INVALID_STATE', '这次调查/调解已经记录过或已取消。');
          await updateSession(ctx.trx, scheduled.id, values, ctx.now);
        } else {
          await insertSession(ctx.trx, deps.newId(), ctx.row.id, values, ctx.now);
        }
        if (ctx.status === 'accepted') ctx.advance('start_mediation', '开始调解');
        return {
          summary: `记录${SESSION_KIND_LABELS[input.kind]}：${input.startAt.replace('T', ' ')}，${input.place}${input.result ? `；结果：${input.result}` : ''}`,
          changes: { kind: input.kind, startAt: input.startAt, parties: present.map((p) => p.name) },
        };
      });
      return get(input.caseId);
    },

    async cancel(input: ParsedInputOf<'session.cancel'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'edit_details', actor, async (ctx) => {
        const session = await getSessionRow(ctx.trx, input.sessionId);
        if (!session || session.case_id !== ctx.row.id)
          throw invalidField('sessionId', '这条调解安排不属于本案。');
        if (session.status !== 'scheduled') throw new AppError('INVALID_STATE', '只能取消尚未进行的安排。');
        await setSessionStatus(ctx.trx, session.id, 'cancelled', ctx.now);
        return {
          summary: `取消${session.start_at.replace('T', ' ')}的${SESSION_KIND_LABELS[session.kind as 'mediation']}安排${input.reason ? `：${input.reason}` : ''}`,
        };
      });
      return get(input.caseId);
    },
  };
}
