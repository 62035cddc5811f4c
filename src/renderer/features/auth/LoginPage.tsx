import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { loginInput, type LoginInput } from '../../../shared/schemas/account.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { setSessionNotice } from '../../app/sessionNotice.ts';

/** Login, also used for a quick switch of user at a shared front-desk PC. */
export function LoginPage({
  organisationName,
  notice,
}: {
  organisationName?: string | undefined;
  notice?: string | null;
}) {
  const queryClient = useQueryClient();
  const login = useApiMutation('auth.login');
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Keep the cursor where the retry happens: the emptied password box (after the alert has rendered).
  useEffect(() => {
    if (failures > 0) passwordRef.current?.focus();
  }, [failures]);
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: schemaResolver(loginInput, { sync: true }),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await login.mutateAsync(values);
      setSessionNotice(null);
      await queryClient.invalidateQueries();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : '登录没有完成，请重试。');
      form.setFieldValue('password', '');
      setFailures((n) => n + 1);
    }
  });

  return (
    <Center h="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400}>
        <form onSubmit={handleSubmit} aria-label="登录">
          <Stack>
            <Title order={1} size="h2">
              调解台
            </Title>
            {organisationName && <Text c="dimmed">{organisationName}</Text>}
            {notice && (
              <Alert color="yellow" role="status">
                {notice}
              </Alert>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label="用户名"
              autoComplete="username"
              autoFocus
              key={form.key('username')}
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label="密码"
              autoComplete="current-password"
              ref={passwordRef}
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={login.isPending}>
              登录
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
