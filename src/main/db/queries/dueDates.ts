import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { CLOCK_RUNNING_STATUSES } from '../../../shared/types/caseStatus.ts';

/** Cases still being handled, whose referrer may yet be owed a reply. */
const REPLY_OPEN_STATUSES = [
  'registered',
  'accepted',
  'in_mediation',
  'agreed',
  'performing',
  'performed',
  'terminated',
  'transferred',
];

/**
 * Cases whose stored due dates depend on the holiday table or the reply rules: a running handling
 * period that was never extended (an extension sets its own date), or a reply still to be sent.
 */
export async function casesWithComputedDueDates(db: Kysely<Database>) {
  return db
    .selectFrom('dispute_case')
    .select([
      'id',
      'uuid',
      'case_no',
      'title',
      'status',
      'version',
      'source',
      'registered_at',
      'referral_received_on',
      'accepted_on',
      'time_limit_days',
      'due_date',
      'reply_due_on',
      'reply_final_on',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('deadline_extension')
              .select('deadline_extension.id')
              .whereRef('deadline_extension.case_id', '=', 'dispute_case.id'),
          )
          .as('extended'),
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', CLOCK_RUNNING_STATUSES), eb('accepted_on', 'is not', null)]),
        eb.and([
          eb('reply_due_on', 'is not', null),
          eb('reply_final_on', 'is', null),
          eb('status', 'not in', [sql.lit('voided'), sql.lit('archived')]),
        ]),
        // No reply due yet, but a rule may now ask for one (a source given a period later).
        eb.and([
          eb('reply_due_on', 'is', null),
          eb('reply_final_on', 'is', null),
          eb('status', 'in', REPLY_OPEN_STATUSES),
        ]),
      ]),
    )
    .orderBy('id')
    .execute();
}
