import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { isAgentRole, PARTY_ROLE_LABELS } from '../../shared/types/partyTaxonomy.ts';
import { NOTICE_FORM_LABELS } from '../../shared/types/outcomeTaxonomy.ts';
import { AppError } from '../../shared/errors.ts';
import {
  deleteParty,
  insertParty,
  insertRightsNotice,
  listPartyRows,
  nextPartySortOrder,
  setPartyRefusal,
  updateParty,
  contactsByParty,
  type PartyRow,
} from '../db/queries/parties.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase, type CaseWriteContext } from './caseWrite.ts';
import { unmaskParty } from './unmaskInput.ts';
import { invalidField, readCase } from './caseRead.ts';
import { defaultAreaCodeFor, prefixErrors, prepareParty, type ParsedPartyFields } from './partyValues.ts';

async function requireParty(
  trx: Kysely<Database>,
  caseId: number,
  uuid: string,
  field = 'partyId',
): Promise<PartyRow> {
  const row = await trx.selectFrom('party').selectAll().where('uuid', '=', uuid).executeTakeFirst();
  if (!row || row.case_id !== caseId) throw invalidField(field, '所选当事人不属于本案。');
  return row;
}

async function prepare(
  ctx: CaseWriteContext,
  party: ParsedPartyFields & { principalId?: string | null | undefined },
) {
  const org = await ctx.trx
    .selectFrom('organisation')
    .select('region_code')
    .where('id', '=', ctx.row.organisation_id)
    .executeTakeFirstOrThrow();
  const prepared = prepareParty(party, ctx.today, defaultAreaCodeFor(org.region_code));
  const errors = prefixErrors('party', prepared.check.errors);
  let principalPartyId: number | null = null;
  if (isAgentRole(party.role)) {
    if (!party.principalId) errors['party.principalId'] = '请选择代理人所代理的当事人';
    else {
      const principal = await requireParty(ctx.trx, ctx.row.id, party.principalId, 'party.principalId');
      if (isAgentRole(principal.role as ParsedPartyFields['role']))
        errors['party.principalId'] = '代理人只能代理当事人本人，不能代理另一位代理人';
      principalPartyId = principal.id;
    }
  }
  if (Object.keys(errors).length > 0)
    throw new AppError('INVALID_INPUT', Object.values(errors)[0]!, { fields: errors });
  return { values: { ...prepared.values, principalPartyId }, warnings: prepared.check.warnings };
}

export function createPartyService(deps: ServiceDeps) {
  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  return {
    async add(input: ParsedInputOf<'party.add'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_parties', actor, async (ctx) => {
        const { values } = await prepare(ctx, input.party);
        await insertParty(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          sortOrder: await nextPartySortOrder(ctx.trx, ctx.row.id),
          now: ctx.now,
          values,
        });
        return {
          summary: `添加${PARTY_ROLE_LABELS[values.role]}${values.name}`,
          changes: { name: values.name, role: values.role },
        };
      });
      return get(input.caseId);
    },

    async update(input: ParsedInputOf<'party.update'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_parties', actor, async (ctx) => {
        const existing = await requireParty(ctx.trx, ctx.row.id, input.partyId);
        const storedContacts = (await contactsByParty(ctx.trx, [existing.id])).get(existing.id) ?? [];
        const { values } = await prepare(ctx, unmaskParty(input.party, existing, storedContacts));
        if (values.principalPartyId === existing.id)
          throw invalidField('party.principalId', '代理人不能代理自己。');
        await updateParty(ctx.trx, existing.id, values, ctx.now);
        return {
          summary: `修改当事人${values.name}的信息`,
          changes: { name: { from: existing.name, to: values.name } },
        };
      });
      return get(input.caseId);
    },

    /** A party entered by mistake, before acceptance only; the timeline keeps what was removed. */
    async remove(input: ParsedInputOf<'party.remove'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_parties', actor, async (ctx) => {
        if (ctx.row.status !== 'registered') {
          throw new AppError('INVALID_STATE', '案件受理后不能删除当事人；如登记有误，请修改当事人信息。');
        }
        const party = await requireParty(ctx.trx, ctx.row.id, input.partyId);
        const agents = (await listPartyRows(ctx.trx, ctx.row.id)).filter(
          (p) => p.principal_party_id === party.id,
        );
        if (agents.length > 0)
          throw new AppError(
            'INVALID_STATE',
            `请先删除${party.name}的代理人：${agents.map((a) => a.name).join('、')}。`,
          );
        await deleteParty(ctx.trx, party.id);
        return {
          summary: `删除误登记的当事人${party.name}`,
          changes: { removed: { name: party.name, role: party.role, idNumber: party.id_number } },
        };
      });
      return get(input.caseId);
    },

    /** 人民调解法 art. 17: an explicit refusal blocks any mediation of the case. */
    async recordRefusal(input: ParsedInputOf<'party.recordRefusal'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'record_refusal', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'refused', value: input.refusedOn, field: 'refusedOn' }]);
        const party = await requireParty(ctx.trx, ctx.row.id, input.partyId);
        await setPartyRefusal(ctx.trx, party.id, input.refusedOn, input.note, ctx.now);
        return {
          summary: `${party.name}明确表示拒绝调解${input.note ? `：${input.note}` : ''}（依法不得调解）`,
          changes: { party: party.name, refusedOn: input.refusedOn },
        };
      });
      return get(input.caseId);
    },

    /** 权利义务告知 (若干规定 art. 30): must precede any mediation session. */
    async recordRightsNotice(
      input: ParsedInputOf<'party.recordRightsNotice'>,
      actor: string,
    ): Promise<CaseDetail> {
      await writeCase(deps, input, 'give_rights_notice', actor, async (ctx) => {
        await ctx.checkDates([{ step: 'rightsNotice', value: input.givenOn, field: 'givenOn' }]);
        const names: string[] = [];
        for (const partyId of new Set(input.partyIds)) {
          const party = await requireParty(ctx.trx, ctx.row.id, partyId, 'partyIds');
          names.push(party.name);
          await insertRightsNotice(ctx.trx, {
            caseId: ctx.row.id,
            partyId: party.id,
            givenOn: input.givenOn,
            form: input.form,
            givenBy: input.givenBy,
            note: input.note,
            now: ctx.now,
          });
        }
        return {
          summary: `向${names.join('、')}${NOTICE_FORM_LABELS[input.form].slice(0, 4)}权利义务`,
          changes: { parties: names, givenOn: input.givenOn, form: input.form },
        };
      });
      return get(input.caseId);
    },
  };
}
