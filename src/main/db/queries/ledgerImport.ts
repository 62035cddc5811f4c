import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CaseStatus } from '../../../shared/types/caseStatus.ts';
import type { PartyValues } from './parties.ts';
import { insertParty } from './parties.ts';
import { insertAgreement } from './agreements.ts';
import { insertAssignment } from './assignments.ts';
import { appendCaseEvent } from './caseEvents.ts';

/** SQL of 台账导入 (issue 14). */

const KEY_BATCH = 500;

async function inBatches<T, R>(items: readonly T[], run: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += KEY_BATCH) out.push(...(await run(items.slice(i, i + KEY_BATCH))));
  return out;
}

export interface ImportedRowRef {
  readonly fileName: string;
  readonly rowNo: number;
  readonly caseUuid: string;
}

/** Which of these row keys were imported before, and from where. */
export async function findImportedRows(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, ImportedRowRef>> {
  const rows = await inBatches(keys, (batch) =>
    db
      .selectFrom('ledger_import_row as l')
      .innerJoin('dispute_case as c', 'c.id', 'l.case_id')
      .select(['l.row_key', 'l.file_name', 'l.row_no', 'c.uuid'])
      .where('l.row_key', 'in', batch)
      .execute(),
  );
  return new Map(rows.map((r) => [r.row_key, { fileName: r.file_name, rowNo: r.row_no, caseUuid: r.uuid }]));
}

/** Which of these case numbers some case already carries. */
export async function findCaseNumbersInUse(
  db: Kysely<Database>,
  caseNos: readonly string[],
): Promise<Set<string>> {
  const rows = await inBatches(caseNos, (batch) =>
    db.selectFrom('dispute_case').select('case_no').where('case_no', 'in', batch).execute(),
  );
  return new Set(rows.map((r) => r.case_no!));
}

/** `year:seq` pairs of this organisation's 人调字 numbers already taken, for the years given. */
export async function findSeqsInUse(
  db: Kysely<Database>,
  organisationId: number,
  years: readonly number[],
): Promise<Set<string>> {
  if (years.length === 0) return new Set();
  const rows = await db
    .selectFrom('dispute_case')
    .select(['case_year', 'case_seq'])
    .where('organisation_id', '=', organisationId)
    .where('case_year', 'in', [...years])
    .where('case_seq', 'is not', null)
    .execute();
  return new Set(rows.map((r) => `${r.case_year}:${r.case_seq}`));
}

/** Active roster entries by name (a name held by two people maps to null: ambiguous). */
export async function mediatorsByName(db: Kysely<Database>): Promise<Map<string, number | null>> {
  const rows = await db.selectFrom('mediator').select(['id', 'name']).where('active', '=', 1).execute();
  const map = new Map<string, number | null>();
  for (const r of rows) map.set(r.name, map.has(r.name) ? null : r.id);
  return map;
}

/** Parties with one of these ID numbers in cases that exist already (repeat parties). */
export async function idNumbersSeenBefore(
  db: Kysely<Database>,
  idNumbers: readonly string[],
): Promise<Set<string>> {
  const rows = await inBatches(idNumbers, (batch) =>
    db
      .selectFrom('party')
      .innerJoin('dispute_case', 'dispute_case.id', 'party.case_id')
      .select('party.id_number')
      .distinct()
      .where('party.id_number', 'in', batch)
      .where('dispute_case.status', '<>', 'voided')
      .execute(),
  );
  return new Set(rows.map((r) => r.id_number!));
}

/** Keeps the live 人调字 counter above an imported number, so the next accepted case does not collide. */
export async function raiseCaseCounter(
  db: Kysely<Database>,
  organisationId: number,
  year: number,
  seq: number,
): Promise<void> {
  await db
    .insertInto('case_number_counter')
    .values({ organisation_id: organisationId, year, last_seq: seq })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'year'])
        .doUpdateSet({ last_seq: sql<number>`max(last_seq, excluded.last_seq)` }),
    )
    .execute();
}

export interface LedgerCaseRow {
  readonly uuid: string;
  readonly organisationId: number;
  readonly now: string;
  readonly actor: string;
  readonly status: CaseStatus;
  readonly title: string;
  readonly summary: string;
  readonly disputeType: string;
  readonly caseNo: string | null;
  readonly caseYear: number | null;
  readonly caseSeq: number | null;
  /** UTC instant of the registration day (09:00 in Beijing, so the date reads the same in both). */
  readonly registeredAt: string;
  readonly appliedOn: string;
  readonly acceptedOn: string;
  readonly timeLimitDays: number;
  readonly dueDate: string | null;
  readonly disposalOn: string | null;
  readonly closedOn: string | null;
  readonly parties: readonly { readonly uuid: string; readonly values: PartyValues }[];
  readonly agreement: {
    readonly uuid: string;
    readonly form: 'written' | 'oral';
    readonly concludedOn: string;
    readonly facts: string | null;
    readonly obligation: { readonly uuid: string; readonly amountFen: number } | null;
  } | null;
  readonly mediatorId: number | null;
  readonly event: { readonly summary: string; readonly changes: Readonly<Record<string, unknown>> };
  readonly source: {
    readonly key: string;
    readonly fileName: string;
    readonly fileSha256: string;
    readonly rowNo: number;
  };
}

/** Writes one imported case with its parties, outcome, lead mediator, timeline entry and source row. */
export async function insertLedgerCase(db: Kysely<Database>, c: LedgerCaseRow): Promise<number> {
  const { id: caseId } = await db
    .insertInto('dispute_case')
    .values({
      uuid: c.uuid,
      organisation_id: c.organisationId,
      title: c.title,
      summary: c.summary,
      status: c.status,
      registered_at: c.registeredAt,
      registered_by_user_id: null,
      updated_at: c.now,
      case_no: c.caseNo,
      case_year: c.caseYear,
      case_seq: c.caseSeq,
      source: 'party_application',
      dispute_type: c.disputeType,
      applied_on: c.appliedOn,
      accepted_on: c.acceptedOn,
      consent_mode: 'all_parties_consented',
      time_limit_days: c.timeLimitDays,
      due_date: c.dueDate,
      persons_involved: c.parties.length,
      disposal_reason_code: c.disposalOn === null ? null : 'mediation_failed',
      disposal_reason: c.disposalOn === null ? null : '调解不成（据台账导入）',
      disposal_on: c.disposalOn,
      closed_on: c.closedOn,
      closing_note: c.closedOn === null ? null : '据台账导入',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const partyIds: number[] = [];
  for (const [index, party] of c.parties.entries()) {
    partyIds.push(
      await insertParty(db, { uuid: party.uuid, caseId, sortOrder: index, now: c.now, values: party.values }),
    );
  }
  if (c.agreement) {
    const a = c.agreement;
    await insertAgreement(db, {
      uuid: a.uuid,
      caseId,
      now: c.now,
      values: {
        form: a.form,
        number: null,
        concludedOn: a.concludedOn,
        effectiveOn: a.concludedOn,
        facts: a.facts,
        otherClauses: [],
        performanceText: null,
        oralContent: a.form === 'oral' ? '据台账导入，协议内容见原始卷宗' : null,
        involvesStatusRelation: false,
        involvesOwnershipConfirmation: false,
      },
      obligations: a.obligation
        ? [
            {
              uuid: a.obligation.uuid,
              // The respondent pays the applicant, as in most ledgers' 协议金额; corrected on the case page.
              obligorPartyId: partyIds[1] ?? partyIds[0]!,
              obligeePartyId: partyIds.length > 1 ? partyIds[0]! : null,
              content: '按调解协议支付款项（据台账导入）',
              amountFen: a.obligation.amountFen,
              dueDate: null,
              manner: null,
              place: null,
            },
          ]
        : [],
    });
  }
  if (c.mediatorId !== null) {
    await insertAssignment(db, {
      caseId,
      mediatorId: c.mediatorId,
      role: 'lead',
      mode: 'designated',
      assignedAt: `${c.acceptedOn}T01:00:00.000Z`,
      assignedBy: c.actor,
      conflicts: [],
      overrideReason: null,
    });
  }
  await appendCaseEvent(db, {
    caseId,
    occurredAt: c.now,
    actor: c.actor,
    action: 'import',
    fromStatus: null,
    toStatus: c.status,
    summary: c.event.summary,
    changes: c.event.changes,
  });
  await db
    .insertInto('ledger_import_row')
    .values({
      row_key: c.source.key,
      case_id: caseId,
      file_name: c.source.fileName,
      file_sha256: c.source.fileSha256,
      row_no: c.source.rowNo,
      imported_at: c.now,
      imported_by: c.actor,
    })
    .execute();
  return caseId;
}
