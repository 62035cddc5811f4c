import { Center, Loader, Stack, Text } from '@mantine/core';
import { useApiQuery } from '../api/useApi.ts';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';

/** Decides what the user sees first: the error screen, the first-run setup, or the app. */
export function StartupGate({ transportKind }: { transportKind: 'ipc' | 'http' }) {
  const info = useApiQuery('app.info', {});
  if (info.isPending) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Loader />
          <Text c="dimmed">正在打开数据……</Text>
        </Stack>
      </Center>
    );
  }
  if (info.isError) return <ErrorScreen error={info.error} onRetry={() => void info.refetch()} />;
  if (!info.data.setupComplete) return <SetupPage dataDir={info.data.dataDir} />;
  return <AppLayout info={info.data} transportKind={transportKind} />;
}
