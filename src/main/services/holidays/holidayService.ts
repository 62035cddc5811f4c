/**
 * The holiday table stays current (issue 15 item 8). Coming years without a table get the statutory
 * holidays, marked 暂定, when the program opens the file; an administrator confirms a year by entering
 * the State Council notice (节假日 and 调休 days). Any change to the table moves the stored due dates
 * of open cases (`recomputeDueDates`): each case's timeline says so, and so does the audit log.
 */
import type { ParsedInputOf } from '../../../shared/api/contract.ts';
import type { HolidayDay } from '../../../shared/types/deadlines.ts';
import type { ChangeNote } from '../../api/auditDetail.ts';
import type { AuditService } from '../auditService.ts';
import { listHolidays, replaceHolidayYear } from '../../db/queries/holidays.ts';
import {
  countHolidayRows,
  listHolidayYears,
  putHolidayYear,
  type HolidayYearRow,
} from '../../db/queries/holidayYears.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { todayIn } from '../localDate.ts';
import { dueDateChangeNote, recomputeDueDates } from '../dueDateRecompute.ts';
import { statutoryHolidays } from './statutoryHolidays.ts';

/** How many years ahead a provisional table is kept ready. */
const YEARS_AHEAD = 2;
/** From this month on, next year's table should be confirmed (the notice comes out in November). */
const WARN_FROM_MONTH = 11;

export interface HolidayYearStatus extends HolidayYearRow {
  readonly label: string;
}

export interface HolidayWarning {
  readonly year: number;
  readonly message: string;
}

export type HolidayService = ReturnType<typeof createHolidayService>;

export function createHolidayService(deps: ServiceDeps, audit: AuditService) {
  const { db, clock, inTransaction } = deps;

  async function years(): Promise<HolidayYearStatus[]> {
    return (await listHolidayYears(db)).map((y) => ({
      ...y,
      label: y.status === 'confirmed' ? '已确认' : '暂定（待按国务院通知确认）',
    }));
  }

  return {
    years,

    /** Fills coming years that have no table with the statutory holidays (暂定). */
    async ensureComingYears(): Promise<number[]> {
      const thisYear = Number(todayIn(clock).slice(0, 4));
      const now = clock.now().toISOString();
      return inTransaction(async (trx) => {
        const known = new Set((await listHolidayYears(trx)).map((y) => y.year));
        const added: number[] = [];
        for (let year = thisYear; year <= thisYear + YEARS_AHEAD; year++) {
          if (known.has(year) || (await countHolidayRows(trx, year)) > 0) continue;
          await replaceHolidayYear(trx, year, statutoryHolidays(year));
          await putHolidayYear(trx, { year, status: 'provisional', now, confirmedBy: null });
          added.push(year);
        }
        if (added.length === 0) return added;
        const label = added.map((y) => `${y}年`).join('、');
        const changes = await recomputeDueDates(trx, {
          reason: `节假日表新增${label}法定节假日（暂定）`,
          actor: '系统',
          now,
        });
        // An empty file (first start, tests) has no case to move: the years are simply there.
        if (changes.length === 0) return added;
        await audit.record(trx, {
          actor: null,
          method: 'holiday.provisional',
          targetType: 'holiday_year',
          targetId: added.join(','),
          detail: {
            years: added,
            note: '按《全国年节及纪念日放假办法》自动生成，待管理员按国务院办公厅通知确认',
            changes: dueDateChangeNote(label, changes),
          },
        });
        return added;
      });
    },

    /** Saves a year's table (from the State Council notice) and marks it confirmed. */
    async setYear(
      input: ParsedInputOf<'holiday.setYear'>,
      actor: string,
      noteChange: (note: ChangeNote) => void,
    ): Promise<HolidayDay[]> {
      const now = clock.now().toISOString();
      await inTransaction(async (trx) => {
        const before = await listHolidays(trx, input.year);
        await replaceHolidayYear(trx, input.year, [
          ...input.holidays.map((h) => ({ ...h, kind: 'holiday' as const })),
          ...input.workdays.map((w) => ({ ...w, kind: 'workday' as const })),
        ]);
        await putHolidayYear(trx, { year: input.year, status: 'confirmed', now, confirmedBy: actor });
        const after = await listHolidays(trx, input.year);
        noteChange({
          entity: 'holiday_year',
          id: String(input.year),
          before: { days: before.map((d) => `${d.date} ${d.kind === 'holiday' ? '休' : '班'}`) },
          after: {
            days: after.map((d) => `${d.date} ${d.kind === 'holiday' ? '休' : '班'}`),
            status: '已确认',
          },
        });
        const changes = await recomputeDueDates(trx, {
          reason: `${input.year}年节假日表调整（${actor}按国务院通知确认）`,
          actor,
          now,
        });
        if (changes.length > 0) noteChange(dueDateChangeNote(String(input.year), changes));
      });
      return listHolidays(db, input.year);
    },

    /** The 工作台 warning: this year unconfirmed, or from November next year unconfirmed. */
    async warning(): Promise<HolidayWarning | null> {
      const today = todayIn(clock);
      const thisYear = Number(today.slice(0, 4));
      const month = Number(today.slice(5, 7));
      const status = new Map((await listHolidayYears(db)).map((y) => [y.year, y.status]));
      const check = month >= WARN_FROM_MONTH ? [thisYear, thisYear + 1] : [thisYear];
      for (const year of check) {
        if (status.get(year) === 'confirmed') continue;
        return {
          year,
          message: `${year}年节假日表尚未确认${status.has(year) ? '（目前按法定节假日暂定，未含调休安排）' : ''}。请管理员在“设置 → 节假日与调休”中按国务院办公厅${year}年节假日安排通知录入并确认，否则跨入${year}年的期限可能算错。`,
        };
      }
      return null;
    },
  };
}
