import { AppError } from '../../shared/errors.ts';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type {
  CaseDetail,
  CaseEvent,
  CaseSummary,
  DuplicateMatch,
  IntakeCheck,
  IntakeWarning,
  Page,
} from '../../shared/types/dispute.ts';
import { isAgentRole, PARTY_ROLE_LABELS } from '../../shared/types/partyTaxonomy.ts';
import { DISPUTE_TYPE_LABELS, GROUP_DISPUTE_THRESHOLD } from '../../shared/types/disputeTaxonomy.ts';
import { getHomeOrganisationRow, getOrganisationRow } from '../db/queries/organisations.ts';
import {
  insertCaseRow,
  replaceExternalRefs,
  requireCaseRow,
  type CaseRowUpdate,
} from '../db/queries/caseRows.ts';
import { getSubtype, insertSubtype, listCases, listSubtypes } from '../db/queries/cases.ts';
import { appendCaseEvent, listCaseEvents } from '../db/queries/caseEvents.ts';
import { insertParty } from '../db/queries/parties.ts';
import { getMediatorRow } from '../db/queries/mediators.ts';
import {
  findPartiesByIdNumber,
  findPartiesByNameAndPhone,
  type PartyAppearance,
} from '../db/queries/partyMatches.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { caseVisibility, OUT_OF_SCOPE_APPEARANCE, splitByVisibility } from './scopeRedaction.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';
import { writeCase } from './caseWrite.ts';
import { readCase } from './caseRead.ts';
import { toCaseDocumentData } from './caseDocumentData.ts';
import { checkDossier } from './dossierCheck.ts';
import type { CaseDocumentData } from '../documents/caseDocumentData.ts';
import { defaultAreaCodeFor, prefixErrors, prepareParty } from './partyValues.ts';
import { toJson } from '../db/queries/json.ts';
import { checkCaseDates, futureDateViolation, instantOfDate } from '../../shared/cases/caseDateOrder.ts';
import { invalidField } from './caseRead.ts';

/** Dates of the intake form that only must not lie in the future. */
function checkIntakeDates(fields: CaseFieldsInput, today: string, prefix = ''): void {
  for (const [field, label] of [
    ['occurredOn', '纠纷发生日期'],
    ['referralReceivedOn', '收到委派/委托函日期'],
  ] as const) {
    const message = futureDateViolation(label, fields[field], today);
    if (message) throw invalidField(`${prefix}${field}`, message);
  }
}
import { setReplyDue } from '../db/queries/replies.ts';
import { replyDueFor } from './dueDateRecompute.ts';
import { unmaskReporterPhone } from './unmaskInput.ts';

export type CaseService = ReturnType<typeof createCaseService>;

type CaseFieldsInput = Partial<ParsedInputOf<'case.create'>>;

/** Columns of dispute_case for the intake fields present in `fields`. */
function caseColumns(fields: CaseFieldsInput): CaseRowUpdate {
  const c: CaseRowUpdate = {};
  if (fields.title !== undefined) c.title = fields.title;
  if (fields.summary !== undefined) c.summary = fields.summary;
  if (fields.source !== undefined) c.source = fields.source;
  if (fields.applicationForm !== undefined) c.application_form = fields.applicationForm ?? null;
  if (fields.sourceDetail !== undefined) c.source_detail = fields.sourceDetail;
  if (fields.referralCourtProcedure !== undefined)
    c.referral_court_procedure = fields.referralCourtProcedure ?? null;
  if (fields.referralReceivedOn !== undefined) c.referral_received_on = fields.referralReceivedOn ?? null;
  if (fields.reporterName !== undefined) c.reporter_name = fields.reporterName;
  if (fields.reporterPhone !== undefined) c.reporter_phone = fields.reporterPhone;
  if (fields.disputeType !== undefined) c.dispute_type = fields.disputeType;
  if (fields.disputeSubtypeId !== undefined) c.dispute_subtype_id = fields.disputeSubtypeId ?? null;
  if (fields.place !== undefined) {
    c.place_district_code = fields.place.districtCode;
    c.place_street = fields.place.street;
    c.place_community = fields.place.community;
    c.place_grid = fields.place.grid;
    c.place_address = fields.place.address;
  }
  if (fields.occurredOn !== undefined) c.occurred_on = fields.occurredOn ?? null;
  if (fields.personsInvolved !== undefined) c.persons_involved = fields.personsInvolved;
  if (fields.isGroup !== undefined) c.is_group = fields.isGroup ? 1 : 0;
  if (fields.riskLevel !== undefined) c.risk_level = fields.riskLevel ?? null;
  if (fields.riskFactors !== undefined) c.risk_factors = toJson(fields.riskFactors);
  if (fields.riskNote !== undefined) c.risk_note = fields.riskNote;
  if (fields.requests !== undefined) c.requests = toJson(fields.requests);
  if (fields.appliedOn !== undefined) c.applied_on = fields.appliedOn ?? null;
  if (fields.registrar !== undefined) c.registrar = fields.registrar;
  // A dispute involving 10+ people is a group dispute (domain §4.7) even if the box was not ticked.
  if (fields.personsInvolved !== undefined && fields.personsInvolved >= GROUP_DISPUTE_THRESHOLD)
    c.is_group = 1;
  return c;
}

async function checkSubtype(
  db: Kysely<Database>,
  fields: CaseFieldsInput,
  currentType: string,
): Promise<void> {
  if (fields.disputeSubtypeId === undefined || fields.disputeSubtypeId === null) return;
  const subtype = await getSubtype(db, fields.disputeSubtypeId);
  const type = fields.disputeType ?? currentType;
  if (!subtype)
    throw new AppError('INVALID_INPUT', '所选纠纷子类不存在。', {
      fields: { disputeSubtypeId: '所选纠纷子类不存在' },
    });
  if (subtype.dispute_type !== type) {
    const message = `纠纷子类“${subtype.name}”属于${DISPUTE_TYPE_LABELS[subtype.dispute_type as keyof typeof DISPUTE_TYPE_LABELS]}，与所选纠纷类型不一致。`;
    throw new AppError('INVALID_INPUT', message, { fields: { disputeSubtypeId: message } });
  }
}

export function createCaseService(deps: ServiceDeps) {
  const { db, clock, newId, inTransaction } = deps;

  const get = (id: string): Promise<CaseDetail> => readCase(deps, id);

  /**
   * Repeat detection. A scoped 调解员 gets links only to cases in their scope; for the others they
   * learn that the person appears elsewhere, never where (issue 13, item 3).
   */
  async function findDuplicates(
    parties: ParsedInputOf<'case.checkIntake'>['parties'],
    today: string,
    areaCode: string | undefined,
    excludeCaseId: string | undefined,
    scope: CaseScope | null,
  ): Promise<DuplicateMatch[]> {
    const matches: DuplicateMatch[] = [];
    const visible = caseVisibility(db, scope);
    const report = async (
      partyIndex: number,
      matchedBy: DuplicateMatch['matchedBy'],
      who: string,
      found: PartyAppearance[],
    ): Promise<boolean> => {
      const links = found
        .filter((f) => f.caseUuid !== excludeCaseId)
        .map((f) => ({
          caseId: f.caseUuid,
          caseNo: f.caseNo,
          title: f.title,
          status: f.status as CaseDetail['status'],
          registeredAt: f.registeredAt,
          partyName: f.partyName,
          role: PARTY_ROLE_LABELS[f.role as keyof typeof PARTY_ROLE_LABELS] ?? f.role,
        }));
      const { shown, hidden } = await splitByVisibility(links, visible);
      if (shown.length === 0 && hidden === 0) return false;
      const basis = matchedBy === 'id_number' ? '证件号码相同' : '姓名和电话相同';
      const message =
        hidden === 0
          ? `${who}（${basis}）在其他 ${shown.length} 件案件中出现过，可能是重复纠纷或重复来访。`
          : shown.length === 0
            ? `${who}（${basis}）：${OUT_OF_SCOPE_APPEARANCE}，可能是重复纠纷或重复来访；详情请向受理员或管理员了解。`
            : `${who}（${basis}）在您经办的 ${shown.length} 件案件中出现过；另外${OUT_OF_SCOPE_APPEARANCE}（不在您的经办范围内）。`;
      matches.push({ partyIndex, matchedBy, message, cases: shown });
      return true;
    };
    for (const [index, party] of parties.entries()) {
      if (!party.name && !party.idNumber) continue;
      const check = prepareParty(
        { ...party, role: party.role ?? 'applicant', name: party.name },
        today,
        areaCode,
      ).check;
      if (check.idNumber !== null && check.errors['idNumber'] === undefined) {
        const found = await findPartiesByIdNumber(db, check.idNumber);
        if (await report(index, 'id_number', party.name || '该当事人', found)) continue;
      }
      const phones = check.contacts.filter((c) => c.kind !== 'other').map((c) => c.value);
      if (party.name && phones.length > 0) {
        await report(
          index,
          'name_phone',
          party.name,
          await findPartiesByNameAndPhone(db, party.name, phones),
        );
      }
    }
    return matches;
  }

  async function areaCode(): Promise<string | undefined> {
    const home = await getHomeOrganisationRow(db);
    return home ? defaultAreaCodeFor(home.region_code) : undefined;
  }

  return {
    get,

    /** 接单 pre-check: field errors, sex/age warnings, repeat detection; nothing is saved. */
    async checkIntake(
      input: ParsedInputOf<'case.checkIntake'>,
      scope: CaseScope | null = null,
    ): Promise<IntakeCheck> {
      const today = todayIn(clock);
      const code = await areaCode();
      const errors: Record<string, string> = {};
      const warnings: IntakeWarning[] = [];
      const derived: IntakeCheck['derived'][number][] = [];
      input.parties.forEach((party, index) => {
        const { check } = prepareParty(
          { ...party, role: party.role ?? 'applicant', name: party.name },
          today,
          code,
        );
        Object.assign(errors, prefixErrors(`parties.${index}`, check.errors));
        warnings.push(
          ...check.warnings.map((w) => ({ path: `parties.${index}.${w.path}`, message: w.message })),
        );
        derived.push(check.derived);
      });
      const duplicates = await findDuplicates(input.parties, today, code, input.excludeCaseId, scope);
      return { errors, warnings, duplicates, derived };
    },

    /** 接单: registers the case with its parties; invalid ID numbers or phones are refused. */
    /** `registeredBy`: the account registering it, so a 调解员 keeps seeing the cases they took in. */
    async create(
      input: ParsedInputOf<'case.create'>,
      actor: string,
      registeredBy: number | null = null,
    ): Promise<CaseDetail> {
      const uuid = newId();
      const today = todayIn(clock);
      const now = clock.now().toISOString();
      await inTransaction(async (trx) => {
        const home = await getHomeOrganisationRow(trx);
        if (!home) throw new AppError('INVALID_STATE', '请先完成首次设置（登记本机所属组织），再登记纠纷。');
        await checkSubtype(trx, input, input.disputeType);
        checkIntakeDates(input, today);
        const registeredOn = input.registeredOn ?? null;
        checkCaseDates(
          {},
          [
            ...(input.appliedOn
              ? [{ step: 'applied' as const, value: input.appliedOn, field: 'appliedOn' }]
              : []),
            { step: 'registered', value: registeredOn ?? today, field: 'registeredOn' },
          ],
          today,
        );
        const code = defaultAreaCodeFor(home.region_code);
        const prepared = input.parties.map((p) => prepareParty(p, today, code));
        const errors: Record<string, string> = {};
        prepared.forEach((p, index) =>
          Object.assign(errors, prefixErrors(`parties.${index}`, p.check.errors)),
        );
        input.parties.forEach((p, index) => {
          const principal =
            p.principalIndex === null || p.principalIndex === undefined
              ? undefined
              : input.parties[p.principalIndex];
          if (
            isAgentRole(p.role) &&
            (principal === undefined || isAgentRole(principal.role) || p.principalIndex === index)
          ) {
            errors[`parties.${index}.principalIndex`] = '请选择代理人所代理的当事人';
          }
        });
        if (Object.keys(errors).length > 0) {
          const first = Object.values(errors)[0]!;
          throw new AppError('INVALID_INPUT', first, { fields: errors });
        }
        const caseRowId = await insertCaseRow(trx, {
          uuid,
          organisationId: home.id,
          now,
          registeredBy,
          ...(registeredOn ? { registeredAt: instantOfDate(registeredOn), backfillBy: actor } : {}),
          fields: { ...caseColumns(input), title: input.title, summary: input.summary },
        });
        await replaceExternalRefs(trx, caseRowId, input.externalRefs);
        // 交单: a referred case owes its referrer a reply by a day set per source (issue 15).
        const replyDue = await replyDueFor(trx, {
          source: input.source,
          referral_received_on: input.referralReceivedOn ?? null,
          registered_at: now,
        });
        if (replyDue !== null) await setReplyDue(trx, caseRowId, replyDue);
        // Principals first, so agents can point at their row ids.
        const rowIds = new Map<number, number>();
        const order = input.parties
          .map((_, i) => i)
          .sort(
            (a, b) =>
              Number(isAgentRole(input.parties[a]!.role)) - Number(isAgentRole(input.parties[b]!.role)),
          );
        for (const index of order) {
          const party = input.parties[index]!;
          const principal = isAgentRole(party.role) ? (rowIds.get(party.principalIndex!) ?? null) : null;
          rowIds.set(
            index,
            await insertParty(trx, {
              uuid: newId(),
              caseId: caseRowId,
              sortOrder: index,
              now,
              values: { ...prepared[index]!.values, principalPartyId: principal },
            }),
          );
        }
        await appendCaseEvent(trx, {
          caseId: caseRowId,
          occurredAt: now,
          actor,
          action: 'register',
          fromStatus: null,
          toStatus: 'registered',
          summary: `${registeredOn ? '补录纸质案件，' : ''}登记纠纷“${input.title}”，当事人 ${input.parties.length} 人`,
          changes: { title: input.title, source: input.source, disputeType: input.disputeType },
          backfill: registeredOn !== null,
          businessOn: registeredOn ?? today,
        });
      });
      return get(uuid);
    },

    async update(input: ParsedInputOf<'case.update'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'edit_details', actor, async (ctx) => {
        await checkSubtype(ctx.trx, input.fields, ctx.row.dispute_type);
        checkIntakeDates(input.fields, ctx.today, 'fields.');
        if (input.fields.appliedOn)
          await ctx.checkDates(
            [{ step: 'applied', value: input.fields.appliedOn, field: 'fields.appliedOn' }],
            ['applied'],
          );
        const columns = caseColumns(input.fields);
        if (input.fields.reporterPhone !== undefined)
          columns.reporter_phone = unmaskReporterPhone(input.fields.reporterPhone, ctx.row.reporter_phone);
        if (
          ctx.row.reply_final_on === null &&
          (input.fields.source !== undefined || input.fields.referralReceivedOn !== undefined)
        ) {
          columns.reply_due_on = await replyDueFor(ctx.trx, { ...ctx.row, ...columns });
        }
        ctx.setCase(columns);
        if (input.fields.externalRefs !== undefined)
          await replaceExternalRefs(ctx.trx, ctx.row.id, input.fields.externalRefs);
        const changed = Object.keys(input.fields);
        return { summary: `修改案件信息（${changed.length} 项）`, changes: input.fields };
      });
      return get(input.caseId);
    },

    async list(
      input: ParsedInputOf<'case.list'>,
      scope: CaseScope | null = null,
    ): Promise<Page<CaseSummary>> {
      let mediatorRowId: number | undefined;
      if (input.mediatorId) {
        const mediator = await getMediatorRow(db, input.mediatorId);
        if (!mediator) return { rows: [], total: 0 };
        mediatorRowId = mediator.id;
      }
      let organisationRowId: number | undefined;
      if (input.organisationId) {
        const organisation = await getOrganisationRow(db, input.organisationId);
        if (!organisation) return { rows: [], total: 0 };
        organisationRowId = organisation.id;
      }
      const overdueOn = input.overdue ? todayIn(clock) : undefined;
      return listCases(db, { ...input, mediatorRowId, organisationRowId, overdueOn, visibleTo: scope });
    },

    /** The read model the document engine fills official forms from, for a stored case. */
    async documentData(caseId: string): Promise<CaseDocumentData> {
      const detail = await get(caseId);
      // The one definition of a complete dossier, carried to the dossier and the 卷内目录.
      const completeness = await checkDossier(db, await requireCaseRow(db, caseId));
      const org = await db
        .selectFrom('organisation')
        .select(['name', 'seal_name', 'abbreviation', 'address', 'phone', 'default_court'])
        .where('uuid', '=', detail.organisationId)
        .executeTakeFirstOrThrow();
      const data = toCaseDocumentData(
        detail,
        {
          name: org.name,
          sealName: org.seal_name,
          abbreviation: org.abbreviation,
          address: org.address,
          phone: org.phone,
          defaultCourt: org.default_court,
        },
        deps.dataDir,
      );
      return { ...data, dossier: { ...data.dossier, completeness } };
    },

    async timeline(caseId: string): Promise<CaseEvent[]> {
      const row = await requireCaseRow(db, caseId);
      return listCaseEvents(db, row.id);
    },

    async subtypes(disputeType?: string) {
      const rows = await listSubtypes(db, disputeType);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        disputeType: r.dispute_type as keyof typeof DISPUTE_TYPE_LABELS,
      }));
    },

    async addSubtype(input: ParsedInputOf<'taxonomy.addSubtype'>) {
      return inTransaction(async (trx) => {
        const existing = await trx
          .selectFrom('dispute_subtype')
          .select('id')
          .where('name', '=', input.name)
          .executeTakeFirst();
        if (existing) throw new AppError('CONFLICT', `纠纷子类“${input.name}”已存在。`);
        const id = await insertSubtype(trx, input.name, input.disputeType);
        return { id, name: input.name, disputeType: input.disputeType };
      });
    },
  };
}
