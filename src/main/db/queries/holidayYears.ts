import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface HolidayYearRow {
  readonly year: number;
  readonly status: 'provisional' | 'confirmed';
  readonly updatedAt: string;
  readonly confirmedBy: string | null;
}

export async function listHolidayYears(db: Kysely<Database>): Promise<HolidayYearRow[]> {
  const rows = await db.selectFrom('holiday_year').selectAll().orderBy('year').execute();
  return rows.map((r) => ({
    year: r.year,
    status: r.status as HolidayYearRow['status'],
    updatedAt: r.updated_at,
    confirmedBy: r.confirmed_by,
  }));
}

export async function putHolidayYear(
  db: Kysely<Database>,
  y: { year: number; status: HolidayYearRow['status']; now: string; confirmedBy: string | null },
): Promise<void> {
  await db
    .insertInto('holiday_year')
    .values({ year: y.year, status: y.status, updated_at: y.now, confirmed_by: y.confirmedBy })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ status: y.status, updated_at: y.now, confirmed_by: y.confirmedBy }),
    )
    .execute();
}

export async function countHolidayRows(db: Kysely<Database>, year: number): Promise<number> {
  const row = await db
    .selectFrom('holiday')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return row.n;
}
