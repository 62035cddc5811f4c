import { AppError } from '../../shared/errors.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { getCaseRow } from '../db/queries/caseRows.ts';
import { loadCaseDetail } from '../db/queries/caseDetail.ts';
import { loadHolidayCalendar } from '../db/queries/holidays.ts';
import type { ServiceDeps } from './serviceDeps.ts';

/** The case aggregate as the screens see it; every write returns it so the caller has the new version. */
export async function readCase(deps: Pick<ServiceDeps, 'db'>, caseId: string): Promise<CaseDetail> {
  const row = await getCaseRow(deps.db, caseId);
  const detail = row ? await loadCaseDetail(deps.db, row.id, await loadHolidayCalendar(deps.db)) : null;
  if (!detail) throw new AppError('NOT_FOUND', '没有找到这个案件，可能编号有误。', { caseId });
  return detail;
}

export function invalidField(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { fields: { [field]: message } });
}
