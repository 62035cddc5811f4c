import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MediatorRow } from '../db/queries/mediators.ts';
import { contactsByParty, listPartyRows } from '../db/queries/parties.ts';
import {
  findPartiesByIdNumber,
  findPartiesByNameAndPhone,
  partiesOfCases,
} from '../db/queries/partyMatches.ts';
import { recusedMediatorIds } from '../db/queries/assignments.ts';
import type { ConflictFinding } from '../../shared/types/mediator.ts';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../shared/types/partyTaxonomy.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { caseVisibility } from './scopeRedaction.ts';

interface Person {
  readonly name: string;
  readonly idNumber: string | null;
  readonly phones: readonly string[];
}

const sharesPhone = (a: Person, b: Person) => a.phones.some((p) => b.phones.includes(p));
/** Same person: same ID number, or same name and a shared phone. */
const samePerson = (a: Person, b: Person) =>
  (a.idNumber !== null && a.idNumber === b.idNumber) || (a.name === b.name && sharesPhone(a, b));

/**
 * Conflict-of-interest check before a mediator is assigned (issue 3, behaviour 3; 若干规定 回避):
 * the mediator is a party or agent here, shares an ID number or phone with a party, was a party in an
 * earlier case together with one of these parties, has declared a relation to a party, or already
 * stepped down from this case. Any finding blocks assignment unless overridden with a written reason.
 */
export async function findConflicts(
  db: Kysely<Database>,
  caseId: number,
  mediator: MediatorRow,
  /** A scoped 调解员 learns that an earlier case exists, not which one (issue 13, item 3). */
  scope: CaseScope | null = null,
): Promise<ConflictFinding[]> {
  const findings: ConflictFinding[] = [];
  const visible = caseVisibility(db, scope);
  const rows = await listPartyRows(db, caseId);
  const contacts = await contactsByParty(
    db,
    rows.map((r) => r.id),
  );
  const parties = rows.map((r) => ({
    row: r,
    person: {
      name: r.name,
      idNumber: r.id_number,
      phones: (contacts.get(r.id) ?? []).filter((c) => c.kind !== 'other').map((c) => c.value),
    } satisfies Person,
  }));
  const me: Person = {
    name: mediator.name,
    idNumber: mediator.id_number,
    phones: mediator.phone ? [mediator.phone] : [],
  };
  const role = (r: { role: string }) => PARTY_ROLE_LABELS[r.role as PartyRole] ?? r.role;

  for (const { row, person } of parties) {
    if (samePerson(me, person)) {
      findings.push({
        kind: 'is_party',
        partyId: row.uuid,
        message: `调解员${mediator.name}本人是本案的${role(row)}（${row.name}）。`,
      });
    } else if (me.idNumber !== null && me.idNumber === person.idNumber) {
      findings.push({
        kind: 'shares_contact',
        partyId: row.uuid,
        message: `调解员${mediator.name}的证件号码与${role(row)}${row.name}相同。`,
      });
    } else if (sharesPhone(me, person)) {
      findings.push({
        kind: 'shares_contact',
        partyId: row.uuid,
        message: `调解员${mediator.name}的电话与${role(row)}${row.name}相同。`,
      });
    }
  }

  // Earlier cases in which the mediator was a party, and whether any of today's parties was in them too.
  const mine = [
    ...(me.idNumber ? await findPartiesByIdNumber(db, me.idNumber) : []),
    ...(await findPartiesByNameAndPhone(db, me.name, me.phones)),
  ].filter((a) => a.caseId !== caseId);
  const earlierCaseIds = [...new Set(mine.map((a) => a.caseId))];
  if (earlierCaseIds.length > 0) {
    const others = await partiesOfCases(db, earlierCaseIds);
    const otherContacts = await contactsByParty(
      db,
      others.map((o) => o.partyId),
    );
    for (const { row, person } of parties) {
      const hit = others.find((o) => {
        if (mine.some((m) => m.partyId === o.partyId)) return false;
        const phones = (otherContacts.get(o.partyId) ?? []).map((c) => c.value);
        return samePerson(person, { name: o.partyName, idNumber: o.idNumber, phones });
      });
      if (hit && !(await visible(hit.caseUuid))) {
        findings.push({
          kind: 'earlier_case',
          partyId: row.uuid,
          otherCaseId: null,
          message: `调解员${mediator.name}曾与${role(row)}${row.name}同为另一件案件的当事人（该案不在您的经办范围内）。`,
        });
      } else if (hit) {
        findings.push({
          kind: 'earlier_case',
          partyId: row.uuid,
          otherCaseId: hit.caseUuid,
          message: `调解员${mediator.name}曾与${role(row)}${row.name}同为案件“${hit.title}”${hit.caseNo ? `（${hit.caseNo}）` : ''}的当事人。`,
        });
      }
    }
  }

  const relations = await db
    .selectFrom('mediator_relation')
    .selectAll()
    .where('mediator_id', '=', mediator.id)
    .execute();
  for (const relation of relations) {
    for (const { row, person } of parties) {
      const byId = relation.id_number !== null && relation.id_number === person.idNumber;
      const byName =
        relation.person_name === person.name &&
        (relation.phone === null || person.phones.length === 0 || person.phones.includes(relation.phone));
      if (byId || byName) {
        findings.push({
          kind: 'declared_relation',
          partyId: row.uuid,
          message: `调解员${mediator.name}申报与${role(row)}${row.name}为${relation.relation}关系。`,
        });
      }
    }
  }

  if ((await recusedMediatorIds(db, caseId)).has(mediator.id)) {
    findings.push({ kind: 'recused', partyId: null, message: `调解员${mediator.name}已在本案回避。` });
  }
  return findings;
}

/**
 * A finding as stored with the assignment: the case record is read by everyone handling the case,
 * who may not be entitled to the earlier case (issue 13, item 3), so it says only that one exists.
 */
export function withoutOtherCase(finding: ConflictFinding): ConflictFinding {
  if (finding.kind !== 'earlier_case') return finding;
  return {
    ...finding,
    otherCaseId: null,
    message: finding.message.replace(/同为案件“.*”(（.*?）)?的当事人。$/, '同为另一件案件的当事人。'),
  };
}
