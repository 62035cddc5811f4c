import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { sumClassifiedFacts, type FactRange, type GroupedSums, type Grouping } from './stats.ts';
import { sumFactMonths } from './caseFactMonths.ts';

/**
 * Report sums per group. Every 月报, 季报 and 年报 (and their 本年累计, 同比, 环比 and month chart) reads
 * the monthly sums (caseFactMonths.ts); a custom range that does not start on a month's first day and
 * end on a month's last classifies each of its cases (`sumClassifiedFacts`). Both give the same numbers
 * (tests/unit/stats/factMonths.test.ts).
 */
export async function sumFacts(
  db: Kysely<Database>,
  range: FactRange,
  grouping: Grouping,
): Promise<GroupedSums[]> {
  if (range.organisationIds.length === 0) return [];
  return (await sumFactMonths(db, range, grouping)) ?? sumClassifiedFacts(db, range, grouping);
}
