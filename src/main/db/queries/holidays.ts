import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { HolidayCalendar } from '../../../shared/deadlines/dayCount.ts';

/** The whole holiday table as the day counter wants it (a few dozen rows a year). */
export async function loadHolidayCalendar(db: Kysely<Database>): Promise<HolidayCalendar> {
  const rows = await db.selectFrom('holiday').select(['date', 'kind']).orderBy('date').execute();
  return {
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
  };
}

export interface HolidayEntry {
  readonly date: string;
  readonly kind: 'holiday' | 'workday';
  readonly name: string;
}

export async function listHolidays(db: Kysely<Database>, year: number): Promise<HolidayEntry[]> {
  const rows = await db
    .selectFrom('holiday')
    .selectAll()
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, kind: r.kind as HolidayEntry['kind'], name: r.name }));
}

export async function replaceHolidayYear(
  db: Kysely<Database>,
  year: number,
  entries: readonly HolidayEntry[],
): Promise<void> {
  await db
    .deleteFrom('holiday')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute();
  if (entries.length === 0) return;
  await db
    .insertInto('holiday')
    .values(entries.map((e) => ({ date: e.date, kind: e.kind, name: e.name })))
    .execute();
}
