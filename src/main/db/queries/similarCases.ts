import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { visibleTo, type CaseScope } from './caseAccess.ts';

/**
 * Candidate precedents for 类案参考: finished cases (an agreement, or mediation ended without one) of
 * one dispute type accepted since `since`, newest first, capped so the lookup costs what the newest
 * `limit` cases of the type cost, not what the whole file costs.
 */
export interface PrecedentRow {
  id: number;
  uuid: string;
  case_no: string | null;
  title: string;
  text: string;
  subtype_name: string | null;
  accepted_on: string;
  concluded_on: string | null;
  disposal_on: string | null;
  amount_fen: number | null;
  performed_on: string | null;
  agreement_id: number | null;
  other_clauses: string | null;
}

export async function precedentCandidates(
  db: Kysely<Database>,
  options: {
    readonly disputeType: string;
    readonly since: string;
    readonly excludeId: number;
    readonly limit: number;
  },
): Promise<PrecedentRow[]> {
  const rows = await sql<PrecedentRow>`
    SELECT c.id, c.uuid, c.case_no, c.title,
      substr(c.title || ' ' || c.summary || ' ' || c.requests, 1, 300) AS text,
      st.name AS subtype_name, c.accepted_on,
      a.concluded_on, c.disposal_on,
      a.obligations_amount_fen AS amount_fen, a.obligations_performed_on AS performed_on,
      a.id AS agreement_id, a.other_clauses
    FROM dispute_case c
    LEFT JOIN dispute_subtype st ON st.id = c.dispute_subtype_id
    LEFT JOIN agreement a ON a.case_id = c.id
    WHERE c.dispute_type = ${options.disputeType}
      AND c.status IN ('agreed', 'performing', 'performed', 'terminated', 'closed', 'archived')
      AND c.accepted_on >= ${options.since}
      AND c.id <> ${options.excludeId}
      AND (a.concluded_on IS NOT NULL OR c.disposal_on IS NOT NULL)
    ORDER BY c.registered_at DESC
    LIMIT ${options.limit}`.execute(db);
  return rows.rows;
}

export async function caseSimilarityKey(db: Kysely<Database>, caseRowId: number) {
  return db
    .selectFrom('dispute_case')
    .leftJoin('dispute_subtype', 'dispute_subtype.id', 'dispute_case.dispute_subtype_id')
    .select([
      'dispute_case.id',
      'dispute_case.dispute_type',
      'dispute_subtype.name as subtype_name',
      sql<string>`substr(dispute_case.title || ' ' || dispute_case.summary || ' ' || dispute_case.requests, 1, 300)`.as(
        'text',
      ),
    ])
    .where('dispute_case.id', '=', caseRowId)
    .executeTakeFirstOrThrow();
}

/** Which of `ids` the scope may see (the same rule as every case list). */
export async function visibleCaseIds(
  db: Kysely<Database>,
  ids: readonly number[],
  scope: CaseScope,
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('dispute_case')
    .select('id')
    .where('id', 'in', ids)
    .where(visibleTo(scope))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function obligationTexts(
  db: Kysely<Database>,
  agreementIds: readonly number[],
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>();
  if (agreementIds.length === 0) return result;
  const rows = await db
    .selectFrom('obligation')
    .select(['agreement_id', 'content'])
    .where('agreement_id', 'in', agreementIds)
    .orderBy('agreement_id')
    .orderBy('seq')
    .execute();
  for (const row of rows)
    result.set(row.agreement_id, [...(result.get(row.agreement_id) ?? []), row.content]);
  return result;
}
