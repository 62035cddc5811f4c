import { contract, type MethodName } from '../../../../shared/api/contract.ts';
import { roleHasPermission } from '../../../../shared/api/roles.ts';
import { useApiQuery } from '../../../api/useApi.ts';

/**
 * Whether the signed-in role may call a method, so read-only roles (统计员, 领导) are not offered
 * buttons that would only be refused. The router checks again on every call.
 */
export function useCan(): (method: MethodName) => boolean {
  const me = useApiQuery('auth.me', {});
  const role = me.data?.role;
  return (method) => role === undefined || roleHasPermission(role, contract[method].permission);
}
