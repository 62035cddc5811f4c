import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

const PRINCIPAL_ROLES = ['applicant', 'respondent', 'third_party'] as const;

/** The counts the state machine's guards look at (src/shared/cases/caseStateMachine.ts). */
export async function loadCaseCounts(db: Kysely<Database>, caseId: number) {
  const [principals, refused, mediators, sessions] = await Promise.all([
    db
      .selectFrom('party')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .where('role', 'in', PRINCIPAL_ROLES)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('party')
      .select('name')
      .where('case_id', '=', caseId)
      .where('refused_on', 'is not', null)
      .orderBy('sort_order')
      .execute(),
    db
      .selectFrom('case_assignment')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .where('ended_at', 'is', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('session')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', '=', caseId)
      .where('status', '=', 'held')
      .groupBy('kind')
      .execute(),
  ]);
  const held = (kind: string) => sessions.find((s) => s.kind === kind)?.n ?? 0;
  return {
    principalPartyCount: principals.n,
    refusedPartyNames: refused.map((r) => r.name),
    activeMediatorCount: mediators.n,
    heldMediationSessionCount: held('mediation'),
    heldSessionCount: held('mediation') + held('investigation'),
  };
}
