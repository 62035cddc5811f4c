import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

const PRINCIPAL_ROLES = ['applicant', 'respondent', 'third_party'] as const;

/** The records the dossier checklist looks at, for one case. */
export async function loadDossierFacts(db: Kysely<Database>, caseId: number) {
  const [parties, notices, attachments, heldMediations, agreement, doneFollowUps, transfers, explanations] =
    await Promise.all([
      db
        .selectFrom('party')
        .select(['id', 'name', 'role', 'id_number'])
        .where('case_id', '=', caseId)
        .orderBy('sort_order')
        .execute(),
      db.selectFrom('rights_notice').select('party_id').distinct().where('case_id', '=', caseId).execute(),
      db.selectFrom('attachment').select(['kind', 'party_id']).where('case_id', '=', caseId).execute(),
      db
        .selectFrom('session')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .where('kind', '=', 'mediation')
        .where('status', '=', 'held')
        .executeTakeFirstOrThrow(),
      db.selectFrom('agreement').select('id').where('case_id', '=', caseId).executeTakeFirst(),
      db
        .selectFrom('follow_up')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .where('status', '=', 'done')
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('transfer')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow(),
      db.selectFrom('dossier_explanation').select(['item', 'text']).where('case_id', '=', caseId).execute(),
    ]);
  return {
    principals: parties.filter((p) => (PRINCIPAL_ROLES as readonly string[]).includes(p.role)),
    hasEntrustedAgent: parties.some((p) => p.role === 'entrusted_agent'),
    notifiedPartyIds: new Set(notices.map((n) => n.party_id)),
    attachments,
    heldMediationCount: heldMediations.n,
    hasAgreement: agreement !== undefined,
    doneFollowUpCount: doneFollowUps.n,
    transferCount: transfers.n,
    explanations: new Map(explanations.map((e) => [e.item, e.text])),
  };
}
