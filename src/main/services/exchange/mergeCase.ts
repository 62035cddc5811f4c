import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  CASE_CHILD_TABLES,
  caseEventKeys,
  deleteCaseChildren,
  eventKey,
  findIdByUuid,
  findRowByUuid,
  findSubtypeId,
  insertRow,
  updateRowById,
  type CaseAggregate,
  type Row,
} from '../../db/queries/exchangeRows.ts';

function without(row: Row, ...columns: string[]): Row {
  const copy = { ...row };
  for (const column of columns) delete copy[column];
  return copy;
}

/** Organisations named by a package that this database does not know yet (never as "home"). */
export async function ensureOrganisations(
  db: Kysely<Database>,
  organisations: readonly Row[],
): Promise<void> {
  for (const org of organisations) {
    if ((await findIdByUuid(db, 'organisation', String(org.uuid))) !== null) continue;
    await insertRow(db, 'organisation', { ...without(org, 'id'), is_home: 0, parent_id: null });
  }
}

/** Mediators: new ones are added, a newer version replaces ours; an older one changes nothing. */
export async function upsertMediators(
  db: Kysely<Database>,
  mediators: readonly (Row & { organisation_uuid: string })[],
): Promise<number> {
  let changed = 0;
  for (const mediator of mediators) {
    const organisationId = await findIdByUuid(db, 'organisation', mediator.organisation_uuid);
    if (organisationId === null) continue;
    const values = { ...without(mediator, 'id', 'organisation_uuid'), organisation_id: organisationId };
    const local = await findRowByUuid(db, 'mediator', String(mediator.uuid));
    if (!local) {
      await insertRow(db, 'mediator', values);
      changed += 1;
    } else if (Number(mediator.version) > Number(local.version)) {
      await updateRowById(db, 'mediator', Number(local.id), values);
      changed += 1;
    }
  }
  return changed;
}

/**
 * Puts a case from a package in place: inserts it, or replaces every child row of the local copy
 * (rows get new local ids; foreign keys are remapped through the old ids and uuids). The timeline
 * only grows: events this side already has are kept, missing ones appended.
 */
export async function writeCaseAggregate(
  db: Kysely<Database>,
  aggregate: CaseAggregate,
  existingId: number | null,
  version: number,
): Promise<{ readonly caseId: number; readonly newActions: readonly string[] }> {
  const { caseRow } = aggregate;
  const organisationUuid = aggregate.organisationUuids[String(caseRow.organisation_id)];
  const organisationId = organisationUuid ? await findIdByUuid(db, 'organisation', organisationUuid) : null;
  if (organisationId === null)
    throw new Error(`organisation of case ${String(caseRow.uuid)} missing from the package`);
  const subtypeId = aggregate.subtypeName ? await findSubtypeId(db, aggregate.subtypeName) : null;
  const values: Row = {
    ...without(caseRow, 'id'),
    organisation_id: organisationId,
    dispute_subtype_id: subtypeId,
    // The registering account belongs to the other installation.
    registered_by_user_id: null,
    version,
  };
  let caseId: number;
  if (existingId !== null) {
    caseId = existingId;
    await deleteCaseChildren(db, caseId);
    await updateRowById(db, 'dispute_case', caseId, values);
  } else {
    caseId = await insertRow(db, 'dispute_case', values);
  }

  const idMaps = new Map<string, Map<number, number>>();
  const mapped = (table: string, oldId: unknown): number | null => {
    if (oldId === null || oldId === undefined) return null;
    const id = idMaps.get(table)?.get(Number(oldId));
    if (id === undefined) throw new Error(`${table} ${String(oldId)} missing from the package`);
    return id;
  };
  for (const spec of CASE_CHILD_TABLES) {
    const rows = [...(aggregate.children[spec.table] ?? [])];
    if (spec.table === 'party')
      rows.sort((a, b) => Number(a.principal_party_id !== null) - Number(b.principal_party_id !== null));
    const idMap = new Map<number, number>();
    idMaps.set(spec.table, idMap);
    for (const row of rows) {
      const next: Row = spec.hasId ? without(row, 'id') : { ...row };
      next[spec.parent.column] =
        spec.parent.table === 'case' ? caseId : mapped(spec.parent.table, row[spec.parent.column]);
      for (const [column, target] of Object.entries(spec.refs)) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        if (target === 'mediator' || target === 'organisation') {
          const uuids = target === 'mediator' ? aggregate.mediatorUuids : aggregate.organisationUuids;
          const uuid = uuids[String(value)];
          const id = uuid ? await findIdByUuid(db, target, uuid) : null;
          if (id === null && target === 'mediator')
            throw new Error(`mediator ${String(value)} missing from the package`);
          next[column] = id;
        } else {
          next[column] = mapped(target, value);
        }
      }
      const newId = await insertRow(db, spec.table, next);
      if (spec.hasId) idMap.set(Number(row.id), newId);
    }
  }

  const known = existingId !== null ? await caseEventKeys(db, caseId) : new Set<string>();
  const newActions: string[] = [];
  for (const event of aggregate.events) {
    if (known.has(eventKey(event))) continue;
    await insertRow(db, 'case_event', { ...without(event, 'id'), case_id: caseId });
    newActions.push(String(event.action));
  }
  return { caseId, newActions };
}
