import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../src/main/db/schema.ts';

/**
 * A hand-made set of cases whose report numbers are worked out by hand in report.test.ts. The home
 * organisation is a district centre (not 基层); one village committee sits below it.
 */
export interface FixtureCase {
  readonly key: string;
  readonly type: string;
  readonly source: string;
  readonly village?: boolean;
  readonly acceptedOn: string;
  readonly status?: string;
  readonly agreement?: {
    form: 'written' | 'oral';
    concludedOn: string;
    amountFen?: number;
    performedOn?: string;
  };
  readonly terminatedOn?: string;
  readonly transferredOn?: string;
  readonly followUps?: readonly { dueOn: string; visitedOn?: string; satisfaction?: string }[];
  readonly confirmation?: { appliedOn: string; decidedOn: string; result: string };
  readonly leadMediator?: boolean;
}

export const CASES: readonly FixtureCase[] = [
  {
    key: 'C1',
    type: 'neighbourhood',
    source: 'party_application',
    acceptedOn: '2026-03-02',
    leadMediator: true,
    agreement: {
      form: 'written',
      concludedOn: '2026-03-10',
      amountFen: 3_560_000,
      performedOn: '2026-03-20',
    },
    followUps: [
      { dueOn: '2026-03-25', visitedOn: '2026-03-25', satisfaction: 'satisfied' },
      { dueOn: '2026-03-26', visitedOn: '2026-03-26', satisfaction: 'dissatisfied' },
    ],
    confirmation: { appliedOn: '2026-03-12', decidedOn: '2026-03-20', result: 'confirmed' },
  },
  {
    key: 'C2',
    type: 'neighbourhood',
    source: 'screening',
    village: true,
    acceptedOn: '2026-03-05',
    agreement: { form: 'oral', concludedOn: '2026-03-06' },
    followUps: [{ dueOn: '2026-03-21' }],
  },
  {
    key: 'C3',
    type: 'labour',
    source: 'court_assigned',
    acceptedOn: '2026-03-10',
    terminatedOn: '2026-03-28',
    status: 'terminated',
    leadMediator: true,
  },
  { key: 'C4', type: 'labour', source: 'party_application', acceptedOn: '2026-03-15' },
  {
    key: 'C5',
    type: 'marriage_family',
    source: 'grid_report',
    village: true,
    acceptedOn: '2026-02-10',
    agreement: { form: 'written', concludedOn: '2026-02-20', amountFen: 1_000_000 },
  },
  {
    key: 'C6',
    type: 'neighbourhood',
    source: 'party_application',
    acceptedOn: '2025-03-08',
    agreement: { form: 'oral', concludedOn: '2025-03-09' },
  },
  {
    key: 'C7',
    type: 'neighbourhood',
    source: 'party_application',
    acceptedOn: '2026-03-03',
    status: 'voided',
  },
  {
    key: 'C8',
    type: 'contract',
    source: 'party_application',
    acceptedOn: '2026-03-20',
    agreement: { form: 'written', concludedOn: '2026-04-25', amountFen: 500_000 },
  },
  {
    key: 'C9',
    type: 'other',
    source: 'hotline_transfer',
    acceptedOn: '2026-03-01',
    transferredOn: '2026-03-31',
    status: 'transferred',
  },
  {
    key: 'C11',
    type: 'other',
    source: 'party_application',
    acceptedOn: '2026-01-05',
    terminatedOn: '2026-02-20',
    status: 'terminated',
  },
];

export async function seedFixture(
  db: Kysely<Database>,
): Promise<{ ids: Map<string, number>; villageId: number; mediatorId: number }> {
  const home = await db
    .selectFrom('organisation')
    .select('id')
    .where('is_home', '=', 1)
    .executeTakeFirstOrThrow();
  const now = '2026-04-01T00:00:00.000Z';
  const village = await sql<{
    id: number;
  }>`INSERT INTO organisation (uuid, name, kind, level, region_code, abbreviation, parent_id, created_at, updated_at)
    VALUES ('00000000-0000-4000-8000-00000000a001', '尧化门社区人民调解委员会', 'committee', 'village', '320113', '尧门', ${home.id}, ${now}, ${now}) RETURNING id`.execute(
    db,
  );
  const villageId = village.rows[0]!.id;
  const mediator = await sql<{
    id: number;
  }>`INSERT INTO mediator (uuid, organisation_id, name, employment, created_at, updated_at)
    VALUES ('00000000-0000-4000-8000-00000000b001', ${home.id}, '陈调解', 'full_time', ${now}, ${now}) RETURNING id`.execute(
    db,
  );
  const mediatorId = mediator.rows[0]!.id;
  const ids = new Map<string, number>();
  for (const [i, c] of CASES.entries()) {
    const inserted = await sql<{
      id: number;
    }>`INSERT INTO dispute_case (uuid, organisation_id, title, summary, status, registered_at, updated_at,
      source, dispute_type, accepted_on, disposal_on, disposal_reason_code)
      VALUES (${`00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`}, ${c.village ? villageId : home.id}, ${`${c.key}号案件`}, '案情', ${c.status ?? (c.agreement ? 'agreed' : 'in_mediation')},
        ${`${c.acceptedOn}T01:00:00.000Z`}, ${now}, ${c.source}, ${c.type}, ${c.acceptedOn}, ${c.terminatedOn ?? null}, ${c.terminatedOn ? 'party_refused' : null}) RETURNING id`.execute(
      db,
    );
    const caseId = inserted.rows[0]!.id;
    ids.set(c.key, caseId);
    const party = await sql<{
      id: number;
    }>`INSERT INTO party (uuid, case_id, role, kind, name, created_at, updated_at)
      VALUES (${`00000000-0000-4000-8001-${String(i + 1).padStart(12, '0')}`}, ${caseId}, 'applicant', 'natural', '张三', ${now}, ${now}) RETURNING id`.execute(
      db,
    );
    if (c.leadMediator) {
      await sql`INSERT INTO case_assignment (case_id, mediator_id, role, mode, assigned_at, assigned_by) VALUES (${caseId}, ${mediatorId}, 'lead', 'designated', ${now}, '测试')`.execute(
        db,
      );
    }
    if (c.agreement) {
      const agreement = await sql<{
        id: number;
      }>`INSERT INTO agreement (uuid, case_id, form, concluded_on, created_at, updated_at)
        VALUES (${`00000000-0000-4000-8002-${String(i + 1).padStart(12, '0')}`}, ${caseId}, ${c.agreement.form}, ${c.agreement.concludedOn}, ${now}, ${now}) RETURNING id`.execute(
        db,
      );
      if (c.agreement.amountFen) {
        await sql`INSERT INTO obligation (uuid, agreement_id, seq, obligor_party_id, content, amount_fen, performance_status, performed_on, updated_at)
          VALUES (${`00000000-0000-4000-8003-${String(i + 1).padStart(12, '0')}`}, ${agreement.rows[0]!.id}, 1, ${party.rows[0]!.id}, '支付赔偿款', ${c.agreement.amountFen},
            ${c.agreement.performedOn ? 'performed' : 'pending'}, ${c.agreement.performedOn ?? null}, ${now})`.execute(
          db,
        );
      }
      if (c.confirmation) {
        await sql`INSERT INTO judicial_confirmation (case_id, agreement_id, court, applied_on, decided_on, result, updated_at)
          VALUES (${caseId}, ${agreement.rows[0]!.id}, '栖霞区人民法院', ${c.confirmation.appliedOn}, ${c.confirmation.decidedOn}, ${c.confirmation.result}, ${now})`.execute(
          db,
        );
      }
    }
    for (const [j, f] of (c.followUps ?? []).entries()) {
      await sql`INSERT INTO follow_up (uuid, case_id, status, reason, due_on, visited_on, satisfaction, created_at, updated_at)
        VALUES (${`00000000-0000-4000-8004-${String(i * 10 + j + 1).padStart(12, '0')}`}, ${caseId}, ${f.visitedOn ? 'done' : 'planned'}, 'manual', ${f.dueOn}, ${f.visitedOn ?? null}, ${f.satisfaction ?? null}, ${now}, ${now})`.execute(
        db,
      );
    }
    if (c.transferredOn) {
      await sql`INSERT INTO transfer (uuid, case_id, target_kind, target_name, reason, transferred_on, created_at)
        VALUES (${`00000000-0000-4000-8005-${String(i + 1).padStart(12, '0')}`}, ${caseId}, 'court', '栖霞区人民法院', '转诉讼', ${c.transferredOn}, ${now})`.execute(
        db,
      );
    }
  }
  for (const [kind, day, cases, persons] of [
    ['screening', '2026-03-03', 3, 0],
    ['screening', '2026-03-17', 5, 0],
    ['prevented_suicide', '2026-03-18', 1, 2],
    ['screening', '2026-02-03', 9, 0],
  ] as const) {
    await sql`INSERT INTO prevention_record (uuid, organisation_id, occurred_on, kind, cases, persons, created_at, created_by)
      VALUES (${`00000000-0000-4000-8006-${day.replaceAll('-', '')}${String(cases).padStart(4, '0')}`}, ${home.id}, ${day}, ${kind}, ${cases}, ${persons}, ${now}, '测试')`.execute(
      db,
    );
  }
  return { ids, villageId, mediatorId };
}
