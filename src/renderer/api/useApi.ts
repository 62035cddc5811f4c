import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, ResultOf } from '../../shared/api/contract.ts';
import type { ApiError } from './apiClient.ts';
import { useApiClient } from './ApiProvider.tsx';

/** A read call, cached by method and input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: Omit<UseQueryOptions<ResultOf<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  const client = useApiClient();
  return useQuery<ResultOf<M>, ApiError>({
    queryKey: [method, input],
    queryFn: () => client.call(method, input),
    ...options,
  });
}

/** A write call; on success the listed methods' cached reads are refreshed. */
export function useApiMutation<M extends MethodName>(method: M, invalidates: readonly MethodName[] = []) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<M>, ApiError, InputOf<M>>({
    mutationFn: (input) => client.call(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
    },
  });
}
