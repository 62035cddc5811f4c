import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ApiError, type ApiClient } from '../api/apiClient.ts';
import { setSessionNotice } from './sessionNotice.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { StartupGate } from './StartupGate.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

export function App({ client, transportKind }: { client: ApiClient; transportKind: 'ipc' | 'http' }) {
  const [queryClient] = useState(() => {
    // Any call that finds the session gone (idle timeout, account disabled) sends the user to login.
    const onError = (error: unknown): void => {
      const reason = error instanceof ApiError ? error.details?.['reason'] : undefined;
      if (
        error instanceof ApiError &&
        error.code === 'UNAUTHENTICATED' &&
        (reason === 'expired' || reason === 'no-session')
      ) {
        setSessionNotice(error.message);
        void queryClient.invalidateQueries({ queryKey: ['auth.me'] });
      }
    };
    const queryClient: QueryClient = new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
    });
    return queryClient;
  });
  // Messages appear bottom-left, over the empty end of the navigation: not over the user menu, the
  // search box, a dialog's ✕ or a form's save button (bottom-right).
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
          <Notifications position="bottom-left" />
          <ApiProvider client={client}>
            <QueryClientProvider client={queryClient}>
              {/* Hash routing: the same URLs work from Electron's app:// page and over HTTP. */}
              <Router hook={useHashLocation}>
                <StartupGate transportKind={transportKind} />
              </Router>
            </QueryClientProvider>
          </ApiProvider>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
