import { AppError } from '../../shared/errors.ts';
import { roleHasPermission, ROLE_LABELS } from '../../shared/api/roles.ts';
import type { HandlerContext } from './router.ts';

/**
 * The inputs only 补录 may use (a past registration date, a paper case number, a past assignment date)
 * need the permission `case.backfill` on top of the method's own; the services additionally require the
 * case to be one being entered afterwards.
 */
export function requireBackfillPermission(context: HandlerContext, used: boolean): void {
  if (!used) return;
  const role = context.user?.role;
  if (role && roleHasPermission(role, 'case.backfill')) return;
  const who = role ? `“${ROLE_LABELS[role]}”角色` : '当前用户';
  throw new AppError(
    'PERMISSION_DENIED',
    `补录历史案件（填写以前的登记日期、纸质案号或指派日期）需要补录权限，${who}没有此权限。`,
    { permission: 'case.backfill' },
  );
}
