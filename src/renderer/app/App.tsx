import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { ApiClient } from '../api/apiClient.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { StartupGate } from './StartupGate.tsx';
import { theme } from './theme.ts';

export function App({ client, transportKind }: { client: ApiClient; transportKind: 'ipc' | 'http' }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
          <Notifications position="top-right" />
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
