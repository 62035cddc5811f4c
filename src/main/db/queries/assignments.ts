import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Assignment } from '../../../shared/types/handling.ts';
import type { ConflictFinding } from '../../../shared/types/mediator.ts';
import type {
  AssignmentEndReason,
  AssignmentMode,
  AssignmentRole,
} from '../../../shared/types/partyTaxonomy.ts';
import { parseJsonArray, toJson } from './json.ts';

export async function insertAssignment(
  db: Kysely<Database>,
  a: {
    readonly caseId: number;
    readonly mediatorId: number;
    readonly role: AssignmentRole;
    readonly mode: AssignmentMode;
    readonly assignedAt: string;
    readonly assignedBy: string;
    readonly conflicts: readonly ConflictFinding[];
    readonly overrideReason: string | null;
  },
): Promise<void> {
  await db
    .insertInto('case_assignment')
    .values({
      case_id: a.caseId,
      mediator_id: a.mediatorId,
      role: a.role,
      mode: a.mode,
      assigned_at: a.assignedAt,
      assigned_by: a.assignedBy,
      conflicts: toJson(a.conflicts),
      override_reason: a.overrideReason,
    })
    .execute();
}

export async function activeAssignmentRows(db: Kysely<Database>, caseId: number) {
  return db
    .selectFrom('case_assignment')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function endAssignments(
  db: Kysely<Database>,
  ids: readonly number[],
  end: {
    readonly at: string;
    readonly reason: AssignmentEndReason;
    readonly note: string | null;
    readonly requestedByPartyId: number | null;
  },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('case_assignment')
    .set({
      ended_at: end.at,
      end_reason: end.reason,
      end_note: end.note,
      requested_by_party_id: end.requestedByPartyId,
    })
    .where('id', 'in', ids)
    .execute();
}

/** Mediators who stepped down from this case by recusal (they may not be re-assigned without override). */
export async function recusedMediatorIds(db: Kysely<Database>, caseId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('case_assignment')
    .select('mediator_id')
    .where('case_id', '=', caseId)
    .where('end_reason', '=', 'recusal')
    .execute();
  return new Set(rows.map((r) => r.mediator_id));
}

export async function listAssignments(db: Kysely<Database>, caseId: number): Promise<Assignment[]> {
  const rows = await db
    .selectFrom('case_assignment')
    .innerJoin('mediator', 'mediator.id', 'case_assignment.mediator_id')
    .leftJoin('party', 'party.id', 'case_assignment.requested_by_party_id')
    .selectAll('case_assignment')
    .select(['mediator.uuid as mediator_uuid', 'mediator.name as mediator_name', 'party.uuid as party_uuid'])
    .where('case_assignment.case_id', '=', caseId)
    .orderBy('case_assignment.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    mediatorId: r.mediator_uuid,
    mediatorName: r.mediator_name,
    role: r.role as AssignmentRole,
    mode: r.mode as AssignmentMode,
    assignedAt: r.assigned_at,
    assignedBy: r.assigned_by,
    conflicts: parseJsonArray<ConflictFinding>(r.conflicts),
    overrideReason: r.override_reason,
    endedAt: r.ended_at,
    endReason: r.end_reason as AssignmentEndReason | null,
    endNote: r.end_note,
    requestedByPartyId: r.party_uuid,
  }));
}
