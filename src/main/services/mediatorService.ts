import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import type {
  CalendarEntry,
  ConflictFinding,
  Mediator,
  MediatorSuggestion,
} from '../../shared/types/mediator.ts';
import { ASSIGNMENT_ROLE_LABELS } from '../../shared/types/partyTaxonomy.ts';
import { DISPUTE_TYPE_LABELS, type DisputeType } from '../../shared/types/disputeTaxonomy.ts';
import { validateChineseId } from '../../shared/validation/chineseId.ts';
import { normalizePhone } from '../../shared/validation/phone.ts';
import { keepIfMasked, maskIdNumber } from '../../shared/format/maskPersonalData.ts';
import { AppError } from '../../shared/errors.ts';
import { addCalendarDays } from '../../shared/deadlines/dayCount.ts';
import { getHomeOrganisationRow } from '../db/queries/organisations.ts';
import { requireCaseRow } from '../db/queries/caseRows.ts';
import {
  getMediatorRow,
  insertMediator,
  listMediators,
  updateMediator,
  type MediatorValues,
} from '../db/queries/mediators.ts';
import { activeAssignmentRows, endAssignments, insertAssignment } from '../db/queries/assignments.ts';
import { listCalendar } from '../db/queries/mediationSessions.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase, type CaseWriteContext } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { findConflicts, withoutOtherCase } from './conflictCheck.ts';
import { defaultAreaCodeFor } from './partyValues.ts';
import { todayIn } from './localDate.ts';
import { instantOfDate } from '../../shared/cases/caseDateOrder.ts';

type MediatorFields = Omit<ParsedInputOf<'mediator.create'>, 'organisationId'>;

function mediatorValues(
  fields: MediatorFields,
  organisationId: number,
  regionCode: string,
  today: string,
): MediatorValues {
  const errors: Record<string, string> = {};
  let idNumber = fields.idNumber;
  if (idNumber) {
    const id = validateChineseId(idNumber, today);
    if (id.ok) idNumber = id.normalized;
    else errors['idNumber'] = id.reason;
  }
  let phone = fields.phone;
  if (phone) {
    const areaCode = defaultAreaCodeFor(regionCode);
    const p = normalizePhone(phone, areaCode ? { defaultAreaCode: areaCode } : {});
    if (p.ok) phone = p.normalized;
    else errors['phone'] = p.reason;
  }
  const relations = fields.relations.map((r, index) => {
    const rp = r.phone ? normalizePhone(r.phone) : null;
    if (rp && !rp.ok) errors[`relations.${index}.phone`] = rp.reason;
    const rid = r.idNumber ? validateChineseId(r.idNumber, today) : null;
    if (rid && !rid.ok) errors[`relations.${index}.idNumber`] = rid.reason;
    return {
      personName: r.personName,
      relation: r.relation,
      phone: rp?.ok ? rp.normalized : null,
      idNumber: rid?.ok ? rid.normalized : null,
    };
  });
  if (Object.keys(errors).length > 0)
    throw new AppError('INVALID_INPUT', Object.values(errors)[0]!, { fields: errors });
  return { ...fields, organisationId, idNumber, phone, relations, sex: fields.sex ?? null };
}

export function createMediatorService(deps: ServiceDeps) {
  const { db, clock, newId, inTransaction } = deps;

  async function requireMediator(trx: Kysely<Database>, uuid: string, field = 'mediatorId') {
    const row = await getMediatorRow(trx, uuid);
    if (!row) throw invalidField(field, '没有找到这位调解员。');
    return row;
  }

  async function getMediator(uuid: string): Promise<Mediator> {
    const row = await requireMediator(db, uuid);
    const [found] = await listMediators(db, { includeInactive: true, ids: [row.id] });
    return found!;
  }

  /** Assigns inside a case write: conflict check first, override only with a written reason. */
  async function assignWithin(
    ctx: CaseWriteContext,
    mediatorUuid: string,
    role: 'lead' | 'assistant',
    mode: 'designated' | 'party_chosen' | 'suggested',
    overrideReason: string | null,
    field: string,
    scope: CaseScope | null,
    assignedAt: string = ctx.now,
  ): Promise<string> {
    const mediator = await requireMediator(ctx.trx, mediatorUuid, field);
    if (mediator.active !== 1) throw invalidField(field, `调解员${mediator.name}已停用，不能指派。`);
    const active = await activeAssignmentRows(ctx.trx, ctx.row.id);
    if (active.some((a) => a.mediator_id === mediator.id)) {
      throw new AppError('CONFLICT', `调解员${mediator.name}已经指派在本案，无需重复指派。`);
    }
    const conflicts: ConflictFinding[] = await findConflicts(ctx.trx, ctx.row.id, mediator, scope);
    if (conflicts.length > 0 && !overrideReason) {
      const message = `发现利益冲突：${conflicts.map((c) => c.message).join('')}如确需指派，请填写书面理由。`;
      throw new AppError('INVALID_INPUT', message, { fields: { overrideReason: message }, conflicts });
    }
    if (role === 'lead') {
      const leads = active.filter((a) => a.role === 'lead').map((a) => a.id);
      await endAssignments(ctx.trx, leads, {
        at: ctx.now,
        reason: 'reassigned',
        note: `改由${mediator.name}主持`,
        requestedByPartyId: null,
      });
    }
    await insertAssignment(ctx.trx, {
      caseId: ctx.row.id,
      mediatorId: mediator.id,
      role,
      mode,
      assignedAt,
      assignedBy: ctx.actor,
      // Kept on the case, which everyone handling it reads: an earlier case is named only live.
      conflicts: conflicts.map(withoutOtherCase),
      overrideReason: conflicts.length > 0 ? overrideReason : null,
    });
    const override = conflicts.length > 0 ? `（存在利益冲突，理由：${overrideReason}）` : '';
    return `指派${mediator.name}为${ASSIGNMENT_ROLE_LABELS[role]}${override}`;
  }

  return {
    get: getMediator,

    async list(input: ParsedInputOf<'mediator.list'>): Promise<Mediator[]> {
      let organisationIds: number[] | undefined;
      if (input.organisationId) {
        const org = await db
          .selectFrom('organisation')
          .select('id')
          .where('uuid', '=', input.organisationId)
          .executeTakeFirst();
        organisationIds = org ? [org.id] : [];
      }
      const rows = await listMediators(db, {
        includeInactive: input.includeInactive,
        ...(organisationIds ? { organisationIds } : {}),
      });
      return rows.map(({ rowId: _rowId, ...m }) => m);
    },

    async create(input: ParsedInputOf<'mediator.create'>): Promise<Mediator> {
      const uuid = newId();
      await inTransaction(async (trx) => {
        const org = input.organisationId
          ? await trx
              .selectFrom('organisation')
              .selectAll()
              .where('uuid', '=', input.organisationId)
              .executeTakeFirst()
          : await getHomeOrganisationRow(trx);
        if (!org) throw invalidField('organisationId', '请先登记所属组织。');
        const { organisationId: _o, ...fields } = input;
        await insertMediator(
          trx,
          uuid,
          mediatorValues(fields, org.id, org.region_code, todayIn(clock)),
          clock.now().toISOString(),
        );
      });
      return getMediator(uuid);
    },

    async update(input: ParsedInputOf<'mediator.update'>): Promise<Mediator> {
      await inTransaction(async (trx) => {
        const row = await requireMediator(trx, input.mediatorId);
        const org = await trx
          .selectFrom('organisation')
          .selectAll()
          .where('id', '=', row.organisation_id)
          .executeTakeFirstOrThrow();
        const { mediatorId: _m, expectedVersion, ...sent } = input;
        // The roster form is filled from results with ID numbers masked; a mask sent back means unchanged.
        const stored = await getMediator(input.mediatorId);
        const fields = {
          ...sent,
          idNumber: keepIfMasked(sent.idNumber, stored.idNumber, maskIdNumber),
          relations: sent.relations.map((relation) => ({
            ...relation,
            idNumber: keepIfMasked(
              relation.idNumber,
              stored.relations.find((known) => known.personName === relation.personName)?.idNumber,
              maskIdNumber,
            ),
          })),
        };
        const ok = await updateMediator(
          trx,
          row.id,
          expectedVersion,
          mediatorValues(fields, org.id, org.region_code, todayIn(clock)),
          clock.now().toISOString(),
        );
        if (!ok) throw new AppError('CONFLICT', '调解员信息已被其他人修改，请刷新后重新编辑。');
      });
      return getMediator(input.mediatorId);
    },

    async conflicts(
      input: ParsedInputOf<'mediator.conflicts'>,
      scope: CaseScope | null = null,
    ): Promise<ConflictFinding[]> {
      const row = await requireCaseRow(db, input.caseId);
      return findConflicts(db, row.id, await requireMediator(db, input.mediatorId), scope);
    },

    /** Ranked suggestions that explain themselves: specialty, same community/street, open caseload. */
    async suggest(
      input: ParsedInputOf<'mediator.suggest'>,
      scope: CaseScope | null = null,
    ): Promise<MediatorSuggestion[]> {
      const row = await requireCaseRow(db, input.caseId);
      const mediators = await listMediators(db, {
        organisationIds: [row.organisation_id],
        includeInactive: false,
      });
      const active = await activeAssignmentRows(db, row.id);
      const type = row.dispute_type as DisputeType;
      const scored = await Promise.all(
        mediators
          .filter((m) => !active.some((a) => a.mediator_id === m.rowId))
          .map(async ({ rowId, ...mediator }) => {
            const reasons: string[] = [];
            let score = 0;
            if (mediator.specialties.includes(type)) {
              score += 3;
              reasons.push(`擅长${DISPUTE_TYPE_LABELS[type]}`);
            }
            if (row.place_community && mediator.community === row.place_community) {
              score += 2;
              reasons.push(`同在${row.place_community}`);
            } else if (row.place_street && mediator.street === row.place_street) {
              score += 1;
              reasons.push(`同在${row.place_street}`);
            }
            score -= mediator.openCaseCount * 0.5;
            reasons.push(`在办案件 ${mediator.openCaseCount} 件`);
            const mediatorRow = (await getMediatorRow(db, mediator.id))!;
            const conflicts = await findConflicts(db, row.id, mediatorRow, scope);
            if (conflicts.length > 0) {
              score -= 100;
              reasons.push('存在利益冲突');
            }
            return { mediator, score, reasons, conflicts, rowId };
          }),
      );
      return scored
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.mediator.openCaseCount - b.mediator.openCaseCount ||
            a.mediator.name.localeCompare(b.mediator.name, 'zh'),
        )
        .slice(0, input.limit)
        .map(({ rowId: _r, ...s }) => s);
    },

    async assign(
      input: ParsedInputOf<'case.assign'>,
      actor: string,
      scope: CaseScope | null = null,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'assign_mediator', actor, async (ctx) => {
        if (input.assignedOn && !ctx.backfilling)
          throw invalidField(
            'assignedOn',
            '只有正在补录的历史案件才能填写以前的指派日期；新案件按当天指派记录。',
          );
        const assignedOn = input.assignedOn ?? ctx.today;
        await ctx.checkDates([{ step: 'assigned', value: assignedOn, field: 'assignedOn' }]);
        return {
          summary: await assignWithin(
            ctx,
            input.mediatorId,
            input.role,
            input.mode,
            input.overrideReason,
            'mediatorId',
            scope,
            input.assignedOn ? instantOfDate(input.assignedOn) : ctx.now,
          ),
          changes: {
            mediatorId: input.mediatorId,
            role: input.role,
            mode: input.mode,
            overrideReason: input.overrideReason,
            assignedOn,
          },
        };
      });
      return readCase(deps, input.caseId);
    },

    /** 回避: the mediator steps down (recorded with who asked and why); optionally a replacement. */
    async recuse(
      input: ParsedInputOf<'case.recuse'>,
      actor: string,
      scope: CaseScope | null = null,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'recuse_mediator', actor, async (ctx) => {
        const mediator = await requireMediator(ctx.trx, input.mediatorId);
        const active = (await activeAssignmentRows(ctx.trx, ctx.row.id)).filter(
          (a) => a.mediator_id === mediator.id,
        );
        if (active.length === 0)
          throw invalidField('mediatorId', `调解员${mediator.name}目前没有指派在本案。`);
        let partyRowId: number | null = null;
        let partyName = '';
        if (input.requestedByPartyId) {
          const party = await ctx.trx
            .selectFrom('party')
            .select(['id', 'name', 'case_id'])
            .where('uuid', '=', input.requestedByPartyId)
            .executeTakeFirst();
          if (!party || party.case_id !== ctx.row.id)
            throw invalidField('requestedByPartyId', '申请回避的当事人不属于本案。');
          partyRowId = party.id;
          partyName = party.name;
        }
        await endAssignments(
          ctx.trx,
          active.map((a) => a.id),
          { at: ctx.now, reason: 'recusal', note: input.reason, requestedByPartyId: partyRowId },
        );
        let summary = `${partyName ? `应${partyName}申请，` : ''}调解员${mediator.name}回避：${input.reason}`;
        if (input.replacementMediatorId) {
          const role = active.some((a) => a.role === 'lead') ? 'lead' : 'assistant';
          summary += `；${await assignWithin(ctx, input.replacementMediatorId, role, 'designated', input.overrideReason, 'replacementMediatorId', scope)}`;
        }
        return {
          summary,
          changes: {
            recused: mediator.name,
            reason: input.reason,
            replacement: input.replacementMediatorId ?? null,
          },
        };
      });
      return readCase(deps, input.caseId);
    },

    /** Scheduled sessions in a date range, for one mediator or everyone. */
    async calendar(
      input: ParsedInputOf<'session.calendar'>,
      scope: CaseScope | null = null,
    ): Promise<CalendarEntry[]> {
      let mediatorRowId: number | undefined;
      if (input.mediatorId) mediatorRowId = (await requireMediator(db, input.mediatorId)).id;
      return listCalendar(db, {
        from: `${input.from}T00:00`,
        to: `${addCalendarDays(input.to, 1)}T00:00`,
        mediatorRowId,
        scope,
      });
    },
  };
}
