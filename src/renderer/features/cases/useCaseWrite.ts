import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/api/contract.ts';
import type { CaseDetail } from '../../../shared/types/dispute.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';

/** Methods that change one case: they take `caseId` + `expectedVersion` and return the new CaseDetail. */
export type CaseWriteMethod = {
  [M in MethodName]: InputOf<M> extends { caseId: string; expectedVersion: number }
    ? ResultOf<M> extends CaseDetail
      ? M
      : never
    : never;
}[MethodName];

/** What a dialog fills in; the hook adds the case and the version it was read at. */
export type CaseWriteFields<M extends CaseWriteMethod> = Omit<InputOf<M>, 'caseId' | 'expectedVersion'>;

export const CONFLICT_MESSAGE =
  '这个案件刚被其他人或其他窗口修改过。已重新载入最新内容，请核对后再提交（您填写的内容仍保留在此）。';

/** Reads that may show this case and so must be refreshed after a write. */
const AFFECTED: readonly MethodName[] = [
  'case.list',
  'case.timeline',
  'case.dossierCheck',
  'dashboard.get',
  'deadline.list',
  'workQueue.get',
];

export interface CaseWriteState {
  /** A CONFLICT or INVALID_STATE message to show in the dialog; field errors go to the form. */
  readonly error: string | null;
  readonly conflict: boolean;
  readonly pending: boolean;
}

/**
 * One write to a case from a dialog. On success the new CaseDetail replaces the cached one (so the
 * page shows it at once) and lists, timeline and dashboard are refreshed. A stale version (CONFLICT)
 * reloads the case and keeps the dialog open with a clear message; INVALID_INPUT field errors are handed
 * to `onFieldErrors` (Mantine `form.setErrors`).
 */
export function useCaseWrite<M extends CaseWriteMethod>(method: M, detail: CaseDetail) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<CaseWriteState>({ error: null, conflict: false, pending: false });

  async function submit(
    fields: CaseWriteFields<M>,
    onFieldErrors?: (errors: Record<string, string>) => void,
  ): Promise<CaseDetail | null> {
    setState({ error: null, conflict: false, pending: true });
    try {
      const input = {
        ...fields,
        caseId: detail.id,
        expectedVersion: detail.version,
      } as unknown as InputOf<M>;
      const updated = (await client.call(method, input)) as CaseDetail;
      queryClient.setQueryData(['case.get', { id: detail.id }], updated);
      await Promise.all(AFFECTED.map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
      setState({ error: null, conflict: false, pending: false });
      return updated;
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'CONFLICT' &&
        error.details?.['expectedVersion'] !== undefined
      ) {
        await queryClient.invalidateQueries({ queryKey: ['case.get', { id: detail.id }] });
        setState({ error: CONFLICT_MESSAGE, conflict: true, pending: false });
        return null;
      }
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') {
        const fields = error.fieldErrors;
        onFieldErrors?.(fields);
        // Messages for fields the dialog does not show still need to be seen.
        setState({ error: error.message, conflict: false, pending: false });
        return null;
      }
      // A coded refusal that names a field (a paper case number already in use) marks it too.
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        onFieldErrors?.(error.fieldErrors);
      const message = error instanceof ApiError ? error.message : '发生未知错误，请重试。';
      setState({ error: message, conflict: false, pending: false });
      return null;
    }
  }

  function reset(): void {
    setState({ error: null, conflict: false, pending: false });
  }

  return { submit, reset, ...state };
}
