import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type {
  Agreement,
  JudicialConfirmation,
  Obligation,
  WholePerformanceMode,
} from '../../../shared/types/outcome.ts';
import type {
  AgreementForm,
  ConfirmationResult,
  PerformanceStatus,
} from '../../../shared/types/outcomeTaxonomy.ts';
import type { HolidayCalendar } from '../../../shared/deadlines/dayCount.ts';
import { confirmationDeadline, notConfirmableReason } from '../../../shared/cases/agreementRules.ts';
import { formatFenCombined } from '../../../shared/format/money.ts';
import { parseJsonArray, toJson } from './json.ts';

export interface AgreementValues {
  readonly form: AgreementForm;
  readonly number: string | null;
  readonly concludedOn: string;
  readonly effectiveOn: string | null;
  readonly facts: string | null;
  readonly otherClauses: readonly string[];
  readonly performanceText: string | null;
  readonly oralContent: string | null;
  readonly involvesStatusRelation: boolean;
  readonly involvesOwnershipConfirmation: boolean;
}

export interface ObligationValues {
  readonly uuid: string;
  readonly obligorPartyId: number;
  readonly obligeePartyId: number | null;
  readonly content: string;
  readonly amountFen: number | null;
  readonly dueDate: string | null;
  readonly manner: string | null;
  readonly place: string | null;
}

export async function insertAgreement(
  db: Kysely<Database>,
  input: {
    readonly uuid: string;
    readonly caseId: number;
    readonly now: string;
    readonly values: AgreementValues;
    readonly obligations: readonly ObligationValues[];
  },
): Promise<{ readonly agreementId: number; readonly obligationIds: readonly number[] }> {
  const v = input.values;
  const { id } = await db
    .insertInto('agreement')
    .values({
      uuid: input.uuid,
      case_id: input.caseId,
      form: v.form,
      number: v.number,
      concluded_on: v.concludedOn,
      effective_on: v.effectiveOn,
      facts: v.facts,
      other_clauses: toJson(v.otherClauses),
      performance_text: v.performanceText,
      oral_content: v.oralContent,
      involves_status_relation: v.involvesStatusRelation ? 1 : 0,
      involves_ownership_confirmation: v.involvesOwnershipConfirmation ? 1 : 0,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const obligationIds: number[] = [];
  for (const [index, o] of input.obligations.entries()) {
    const row = await db
      .insertInto('obligation')
      .values({
        uuid: o.uuid,
        agreement_id: id,
        seq: index + 1,
        obligor_party_id: o.obligorPartyId,
        obligee_party_id: o.obligeePartyId,
        content: o.content,
        amount_fen: o.amountFen,
        due_date: o.dueDate,
        manner: o.manner,
        place: o.place,
        updated_at: input.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    obligationIds.push(row.id);
  }
  return { agreementId: id, obligationIds };
}

export async function getAgreementRow(db: Kysely<Database>, caseId: number) {
  return db.selectFrom('agreement').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function setAgreementEffective(
  db: Kysely<Database>,
  agreementId: number,
  effectiveOn: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('agreement')
    .set({ effective_on: effectiveOn, updated_at: now })
    .where('id', '=', agreementId)
    .execute();
}

export async function obligationRows(db: Kysely<Database>, agreementId: number) {
  return db
    .selectFrom('obligation')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('seq')
    .execute();
}

export async function updateObligationPerformance(
  db: Kysely<Database>,
  obligationId: number,
  p: {
    readonly status: PerformanceStatus;
    readonly performedAmountFen: number | null;
    readonly performedOn: string | null;
    readonly note: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .updateTable('obligation')
    .set({
      performance_status: p.status,
      performed_amount_fen: p.performedAmountFen,
      performed_on: p.performedOn,
      performance_note: p.note,
      updated_at: now,
    })
    .where('id', '=', obligationId)
    .execute();
}

/** The agreement of a case with obligations, totals and its 司法确认 deadline. */
export async function setWholePerformance(
  db: Kysely<Database>,
  agreementId: number,
  p: { readonly mode: WholePerformanceMode; readonly performedOn: string; readonly how: string | null },
  now: string,
): Promise<void> {
  await db
    .updateTable('agreement')
    .set({
      whole_performance: p.mode,
      whole_performed_on: p.performedOn,
      whole_performance_how: p.how,
      updated_at: now,
    })
    .where('id', '=', agreementId)
    .execute();
}

export async function loadAgreement(
  db: Kysely<Database>,
  caseId: number,
  calendar: HolidayCalendar,
): Promise<Agreement | null> {
  const row = await getAgreementRow(db, caseId);
  if (!row) return null;
  const obligations = await db
    .selectFrom('obligation')
    .innerJoin('party as obligor', 'obligor.id', 'obligation.obligor_party_id')
    .leftJoin('party as obligee', 'obligee.id', 'obligation.obligee_party_id')
    .selectAll('obligation')
    .select(['obligor.uuid as obligor_uuid', 'obligee.uuid as obligee_uuid'])
    .where('obligation.agreement_id', '=', row.id)
    .orderBy('obligation.seq')
    .execute();
  const mapped: Obligation[] = obligations.map((o) => ({
    id: o.uuid,
    seq: o.seq,
    obligorId: o.obligor_uuid,
    obligeeId: o.obligee_uuid,
    content: o.content,
    amountFen: o.amount_fen,
    amountText: o.amount_fen === null ? null : formatFenCombined(o.amount_fen),
    dueDate: o.due_date,
    manner: o.manner,
    place: o.place,
    performanceStatus: o.performance_status as PerformanceStatus,
    performedAmountFen: o.performed_amount_fen,
    performedOn: o.performed_on,
    performanceNote: o.performance_note,
  }));
  const facts = {
    involvesStatusRelation: row.involves_status_relation === 1,
    involvesOwnershipConfirmation: row.involves_ownership_confirmation === 1,
  };
  const total = mapped.reduce((sum, o) => sum + (o.amountFen ?? 0), 0);
  const reason = notConfirmableReason(facts);
  return {
    id: row.uuid,
    form: row.form as AgreementForm,
    number: row.number,
    concludedOn: row.concluded_on,
    effectiveOn: row.effective_on,
    facts: row.facts,
    otherClauses: parseJsonArray<string>(row.other_clauses),
    performanceText: row.performance_text,
    oralContent: row.oral_content,
    ...facts,
    obligations: mapped,
    wholePerformance:
      row.whole_performance === null || row.whole_performed_on === null
        ? null
        : {
            mode: row.whole_performance as WholePerformanceMode,
            performedOn: row.whole_performed_on,
            how: row.whole_performance_how,
          },
    totalAmountFen: total,
    totalAmountText: formatFenCombined(total),
    confirmable: reason === null,
    notConfirmableReason: reason,
    confirmationDeadline: confirmationDeadline(row.effective_on, facts, calendar),
  };
}

export async function upsertJudicialConfirmation(
  db: Kysely<Database>,
  jc: {
    readonly caseId: number;
    readonly agreementId: number;
    readonly court: string;
    readonly appliedOn: string | null;
    readonly courtCaseNo: string | null;
    readonly decidedOn: string | null;
    readonly result: ConfirmationResult | null;
    readonly note: string | null;
    readonly now: string;
  },
): Promise<void> {
  const values = {
    agreement_id: jc.agreementId,
    court: jc.court,
    applied_on: jc.appliedOn,
    court_case_no: jc.courtCaseNo,
    decided_on: jc.decidedOn,
    result: jc.result,
    note: jc.note,
    updated_at: jc.now,
  };
  await db
    .insertInto('judicial_confirmation')
    .values({ ...values, case_id: jc.caseId })
    .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
    .execute();
}

export async function loadJudicialConfirmation(
  db: Kysely<Database>,
  caseId: number,
  deadline: string | null,
): Promise<JudicialConfirmation | null> {
  const row = await db
    .selectFrom('judicial_confirmation')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    court: row.court,
    appliedOn: row.applied_on,
    courtCaseNo: row.court_case_no,
    decidedOn: row.decided_on,
    result: row.result as ConfirmationResult | null,
    note: row.note,
    late: deadline !== null && row.applied_on !== null && row.applied_on > deadline,
  };
}
