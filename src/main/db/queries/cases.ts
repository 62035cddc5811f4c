import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';
import type { CaseSummary, Page } from '../../../shared/types/dispute.ts';
import type { CaseStatus } from '../../../shared/types/caseStatus.ts';
import type { CaseSource, DisputeType, RiskLevel } from '../../../shared/types/disputeTaxonomy.ts';
import type { CaseRow } from './caseRows.ts';

export interface CaseListFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly statuses?: readonly CaseStatus[] | undefined;
  readonly disputeType?: DisputeType | undefined;
  readonly source?: CaseSource | undefined;
  readonly riskLevel?: RiskLevel | undefined;
  readonly mediatorRowId?: number | undefined;
  readonly street?: string | undefined;
  readonly community?: string | undefined;
  readonly registeredFrom?: string | undefined;
  readonly registeredTo?: string | undefined;
  readonly search?: string | undefined;
  readonly sort: 'registeredAt' | 'dueDate' | 'caseNo';
  readonly direction: 'asc' | 'desc';
  /** Only cases due on or before this date (deadline lists). */
  readonly dueOnOrBefore?: string | undefined;
  /** Overdue on this date: due before it and still being handled (accepted / in mediation). */
  readonly overdueOn?: string | undefined;
  readonly organisationRowId?: number | undefined;
  /** The caller's data scope; absent means the whole organisation. */
  readonly visibleTo?: CaseScope | null | undefined;
}

/** Names shown in list rows: applicants and respondents, in entry order. */
const partyNames = sql<
  string | null
>`(SELECT group_concat(p.name, '、') FROM (SELECT name FROM party WHERE party.case_id = dispute_case.id AND party.role IN ('applicant', 'respondent') ORDER BY sort_order, id) AS p)`;
const leadMediator = sql<
  string | null
>`(SELECT mediator.name FROM case_assignment JOIN mediator ON mediator.id = case_assignment.mediator_id WHERE case_assignment.case_id = dispute_case.id AND case_assignment.ended_at IS NULL ORDER BY case_assignment.role = 'lead' DESC, case_assignment.id LIMIT 1)`;

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('dispute_case')
    .selectAll('dispute_case')
    .select([partyNames.as('party_names'), leadMediator.as('lead_mediator_name')]);
}

type SummaryRow = CaseRow & { party_names: string | null; lead_mediator_name: string | null };

export function rowToSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.uuid,
    title: row.title,
    status: row.status as CaseStatus,
    registeredAt: row.registered_at,
    caseNo: row.case_no,
    disputeType: row.dispute_type as DisputeType,
    source: row.source as CaseSource,
    riskLevel: row.risk_level as RiskLevel | null,
    acceptedOn: row.accepted_on,
    dueDate: row.due_date,
    partyNames: row.party_names ?? '',
    leadMediatorName: row.lead_mediator_name,
    placeStreet: row.place_street,
    placeCommunity: row.place_community,
  };
}

export async function getCaseSummaryRow(
  db: Kysely<Database>,
  caseId: number,
): Promise<SummaryRow | undefined> {
  return summaryQuery(db).where('dispute_case.id', '=', caseId).executeTakeFirst();
}

/** Summary rows of several cases in one query (search hits, report drill-down); one prepare instead of one per case. */
export async function getCaseSummaryRows(
  db: Kysely<Database>,
  caseIds: readonly number[],
): Promise<SummaryRow[]> {
  if (caseIds.length === 0) return [];
  return summaryQuery(db).where('dispute_case.id', 'in', caseIds).execute();
}

/** The filtered, paged case list; every filter is backed by an index from migration 0002. */
export async function listCases(db: Kysely<Database>, filter: CaseListFilter): Promise<Page<CaseSummary>> {
  let query = db.selectFrom('dispute_case');
  if (filter.statuses && filter.statuses.length > 0)
    query = query.where('dispute_case.status', 'in', filter.statuses);
  if (filter.disputeType) query = query.where('dispute_case.dispute_type', '=', filter.disputeType);
  if (filter.source) query = query.where('dispute_case.source', '=', filter.source);
  if (filter.riskLevel) query = query.where('dispute_case.risk_level', '=', filter.riskLevel);
  if (filter.street) query = query.where('dispute_case.place_street', '=', filter.street);
  if (filter.community) query = query.where('dispute_case.place_community', '=', filter.community);
  // registered_at is an ISO instant; dates compare as prefixes (the day in UTC+8 is close enough for a filter).
  if (filter.registeredFrom) query = query.where('dispute_case.registered_at', '>=', filter.registeredFrom);
  if (filter.registeredTo)
    query = query.where('dispute_case.registered_at', '<', `${filter.registeredTo}T99`);
  if (filter.dueOnOrBefore) query = query.where('dispute_case.due_date', '<=', filter.dueOnOrBefore);
  if (filter.overdueOn) {
    query = query
      .where('dispute_case.due_date', '<', filter.overdueOn)
      .where('dispute_case.status', 'in', ['accepted', 'in_mediation']);
  }
  if (filter.organisationRowId !== undefined)
    query = query.where('dispute_case.organisation_id', '=', filter.organisationRowId);
  if (filter.visibleTo) query = query.where(visibleTo(filter.visibleTo));
  if (filter.mediatorRowId !== undefined) {
    const mediatorRowId = filter.mediatorRowId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_assignment')
          .select('case_assignment.id')
          .whereRef('case_assignment.case_id', '=', 'dispute_case.id')
          .where('case_assignment.mediator_id', '=', mediatorRowId)
          .where('case_assignment.ended_at', 'is', null),
      ),
    );
  }
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('dispute_case.title', 'like', sql<string>`${like} ESCAPE '\\'`),
        eb('dispute_case.case_no', 'like', sql<string>`${like} ESCAPE '\\'`),
        eb.exists(
          eb
            .selectFrom('party')
            .select('party.id')
            .whereRef('party.case_id', '=', 'dispute_case.id')
            .where('party.name', 'like', sql<string>`${like} ESCAPE '\\'`),
        ),
      ]),
    );
  }
  const sortColumn =
    filter.sort === 'dueDate'
      ? 'dispute_case.due_date'
      : filter.sort === 'caseNo'
        ? 'dispute_case.case_seq'
        : 'dispute_case.registered_at';
  const [rows, count] = await Promise.all([
    query
      .selectAll('dispute_case')
      .select([partyNames.as('party_names'), leadMediator.as('lead_mediator_name')])
      .orderBy(sortColumn, filter.direction)
      .orderBy('dispute_case.id', filter.direction)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(rowToSummary), total: count.n };
}

export async function getSubtype(db: Kysely<Database>, id: number) {
  return db.selectFrom('dispute_subtype').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSubtypes(db: Kysely<Database>, disputeType?: string) {
  let query = db.selectFrom('dispute_subtype').selectAll().where('active', '=', 1);
  if (disputeType) query = query.where('dispute_type', '=', disputeType);
  return query.orderBy('sort_order').orderBy('id').execute();
}

export async function insertSubtype(
  db: Kysely<Database>,
  name: string,
  disputeType: string,
): Promise<number> {
  const row = await db
    .insertInto('dispute_subtype')
    .values({
      name,
      dispute_type: disputeType,
      sort_order: sql<number>`(SELECT coalesce(max(sort_order), 0) + 1 FROM dispute_subtype)`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
