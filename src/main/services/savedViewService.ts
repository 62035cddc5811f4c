import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import type { CaseSummary } from '../../shared/types/dispute.ts';
import type { SavedFilters, SavedView } from '../../shared/types/savedView.ts';
import type { ExportedFile } from '../../shared/types/stats.ts';
import { savedFilters } from '../../shared/schemas/savedView.ts';
import { caseListInput } from '../../shared/schemas/dispute.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { deleteSavedView, listSavedViews, upsertSavedView } from '../db/queries/savedViews.ts';
import type { CaseService } from './caseService.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';
import { caseListWorkbook } from './reports/caseListWorkbook.ts';

export type SavedViewService = ReturnType<typeof createSavedViewService>;

/** Most rows one export writes: a list, not a database dump. */
export const CASE_LIST_EXPORT_LIMIT = 5000;

function parseFilters(json: string): SavedFilters {
  // A view saved by an older version may hold filters that no longer exist: keep what still parses.
  const parsed = savedFilters.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}

function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录。');
  return user;
}

export function createSavedViewService(deps: Pick<ServiceDeps, 'db' | 'clock'>, cases: CaseService) {
  const { db, clock } = deps;
  const toView = (row: { id: number; name: string; filters: string; updated_at: string }): SavedView => ({
    id: row.id,
    name: row.name,
    filters: parseFilters(row.filters),
    updatedAt: row.updated_at,
  });

  return {
    async list(user: SessionUser | null): Promise<SavedView[]> {
      return (await listSavedViews(db, requireUser(user).rowId)).map(toView);
    },

    async save(input: ParsedInputOf<'view.save'>, user: SessionUser | null): Promise<SavedView> {
      const row = await upsertSavedView(
        db,
        requireUser(user).rowId,
        input.name,
        JSON.stringify(input.filters),
        clock.now().toISOString(),
      );
      return toView(row);
    },

    async remove(input: ParsedInputOf<'view.delete'>, user: SessionUser | null): Promise<null> {
      if (!(await deleteSavedView(db, requireUser(user).rowId, input.id))) {
        throw new AppError('NOT_FOUND', '没有找到这个视图，可能已被删除。');
      }
      return null;
    },

    /** The filtered list (in the caller's data scope) as .xlsx, in the list's own order. */
    async exportCaseList(
      input: ParsedInputOf<'view.exportCaseList'>,
      scope: CaseScope | null,
    ): Promise<ExportedFile> {
      const rows: CaseSummary[] = [];
      for (let page = 1; rows.length < CASE_LIST_EXPORT_LIMIT; page += 1) {
        const result = await cases.list(
          caseListInput.parse({ ...input.filters, page, pageSize: 200 }),
          scope,
        );
        rows.push(...result.rows);
        if (result.rows.length < 200 || rows.length >= result.total) break;
      }
      const today = todayIn(clock);
      const bytes = await caseListWorkbook(
        rows.slice(0, CASE_LIST_EXPORT_LIMIT),
        `案件列表（导出日期：${today}，共 ${Math.min(rows.length, CASE_LIST_EXPORT_LIMIT)} 件）`,
      );
      return {
        fileName: `案件列表-${today}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
      };
    },
  };
}
