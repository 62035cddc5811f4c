import { Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApi.ts';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { useSessionNotice } from './sessionNotice.ts';

function Loading() {
  return (
    <Center h="100vh">
      <Stack align="center">
        <Loader />
        <Text c="dimmed">正在打开数据……</Text>
      </Stack>
    </Center>
  );
}

/** Decides what the user sees first: the error screen, first-run setup, login, or the app. */
export function StartupGate({ transportKind }: { transportKind: 'ipc' | 'http' }) {
  const info = useApiQuery('app.info', {});
  const me = useApiQuery('auth.me', {}, { enabled: info.data?.setupComplete === true });
  const home = useApiQuery('org.home', {}, { enabled: info.data?.setupComplete === true });
  const notice = useSessionNotice();

  if (info.isPending) return <Loading />;
  if (info.isError) return <ErrorScreen error={info.error} onRetry={() => void info.refetch()} />;
  if (!info.data.setupComplete) return <SetupPage dataDir={info.data.dataDir} />;
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorScreen error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginPage organisationName={home.data?.name} notice={notice} />;
  if (me.data.mustChangePassword) {
    return (
      <Container size={420} py="xl">
        <Paper withBorder p="xl">
          <Title order={1} size="h3" mb="xs">
            请先修改初始密码
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {me.data.displayName}，您的密码由管理员设置。为保护当事人信息，请设置只有您知道的新密码。
          </Text>
          <ChangePasswordForm />
        </Paper>
      </Container>
    );
  }
  return <AppLayout info={info.data} user={me.data} transportKind={transportKind} />;
}
