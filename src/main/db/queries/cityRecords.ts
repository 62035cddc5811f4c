import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CityRecordV1, CityResult } from '../../../shared/types/cityExport.ts';

/** Result of a case for reporting, from its status and what it holds (domain §3.3). */
function resultOf(
  status: string,
  hasAgreement: boolean,
  hasTransfer: boolean,
  disposalOn: string | null,
): CityResult | null {
  if (status === 'rejected') return 'rejected';
  if (hasAgreement) return 'agreement';
  if (status === 'transferred' || (hasTransfer && status !== 'in_mediation' && status !== 'accepted'))
    return 'transferred';
  if (status === 'terminated' || disposalOn !== null) return 'terminated';
  return null;
}

/** Builds the v1 export record of one case as it is now (inside the caller's transaction). */
export async function loadCityRecord(db: Kysely<Database>, caseId: number): Promise<CityRecordV1> {
  const c = await db
    .selectFrom('dispute_case')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const org = await db
    .selectFrom('organisation')
    .select(['uuid', 'name', 'region_code'])
    .where('id', '=', c.organisation_id)
    .executeTakeFirstOrThrow();
  const parties = await db
    .selectFrom('party')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  const contacts = parties.length
    ? await db
        .selectFrom('party_contact')
        .select(['party_id', 'value'])
        .where(
          'party_id',
          'in',
          parties.map((p) => p.id),
        )
        .orderBy('id')
        .execute()
    : [];
  const sessions = await db
    .selectFrom('session')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('start_at')
    .execute();
  const agreement = await db
    .selectFrom('agreement')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const obligations = agreement
    ? await db
        .selectFrom('obligation')
        .selectAll()
        .where('agreement_id', '=', agreement.id)
        .orderBy('seq')
        .execute()
    : [];
  const followUps = await db
    .selectFrom('follow_up')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('due_on')
    .execute();
  const transfers = await db
    .selectFrom('transfer')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  const replies = await db
    .selectFrom('case_reply')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('replied_on')
    .orderBy('id')
    .execute();
  const amounts = obligations.map((o) => o.amount_fen).filter((a): a is number => a !== null);
  return {
    formatVersion: 1,
    caseUuid: c.uuid,
    version: c.version,
    caseCode: c.case_no,
    handlingOrg: { uuid: org.uuid, name: org.name, regionCode: org.region_code },
    region: {
      districtCode: c.place_district_code,
      street: c.place_street,
      community: c.place_community,
      grid: c.place_grid,
    },
    address: c.place_address,
    summary: c.summary,
    disputeType: c.dispute_type,
    source: c.source,
    status: c.status,
    result: resultOf(c.status, agreement !== undefined, transfers.length > 0, c.disposal_on),
    riskLevel: c.risk_level,
    personsInvolved: c.persons_involved,
    isGroup: c.is_group === 1,
    registeredAt: c.registered_at,
    acceptedOn: c.accepted_on,
    closedOn: c.closed_on,
    dueDate: c.due_date,
    amountFen: amounts.length ? amounts.reduce((a, b) => a + b, 0) : null,
    parties: parties.map((p) => ({
      uuid: p.uuid,
      role: p.role,
      kind: p.kind,
      name: p.name,
      sex: p.sex,
      idType: p.id_type,
      idNumber: p.id_number,
      phones: contacts.filter((k) => k.party_id === p.id).map((k) => k.value),
      address: p.address,
    })),
    sessions: sessions.map((s) => ({
      uuid: s.uuid,
      kind: s.kind,
      status: s.status,
      startAt: s.start_at,
      mode: s.mode,
    })),
    agreement: agreement
      ? {
          uuid: agreement.uuid,
          form: agreement.form,
          concludedOn: agreement.concluded_on,
          effectiveOn: agreement.effective_on,
          obligations: obligations.map((o) => ({
            uuid: o.uuid,
            amountFen: o.amount_fen,
            dueDate: o.due_date,
            performanceStatus: o.performance_status,
          })),
        }
      : null,
    followUps: followUps.map((f) => ({
      uuid: f.uuid,
      status: f.status,
      dueOn: f.due_on,
      visitedOn: f.visited_on,
      method: f.method,
      satisfaction: f.satisfaction,
    })),
    transfers: transfers.map((t) => ({
      uuid: t.uuid,
      targetKind: t.target_kind,
      targetName: t.target_name,
      isEscalation: t.is_escalation === 1,
      transferredOn: t.transferred_on,
      feedbackResult: t.feedback_result,
    })),
    replyDueOn: c.reply_due_on,
    replies: replies.map((r) => ({
      uuid: r.uuid,
      kind: r.kind,
      repliedOn: r.replied_on,
      channel: r.channel,
      result: r.result,
      content: r.content,
    })),
  };
}

/** Cases registered or changed in [from, to) (ISO instants), oldest first, for file export. */
export async function listCaseIdsChangedBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('dispute_case')
    .select('id')
    .where('updated_at', '>=', from)
    .where('updated_at', '<', to)
    .where('status', '<>', 'voided')
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
