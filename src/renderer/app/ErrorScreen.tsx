import { Alert, Button, Center, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiError } from '../api/apiClient.ts';

const ADVICE: Partial<Record<ApiError['code'], string>> = {
  DB_UNAVAILABLE: '请按上面的说明处理：检查数据目录，或从备份恢复后重新打开。',
  DB_NEWER_VERSION: '请安装最新版本的调解台后再打开这份数据。',
  INTERNAL: '请稍后重试；如仍失败，请联系技术支持并提供日志文件。',
};

/** Shown instead of the app when the data cannot be opened; never a blank window or a crash loop. */
export function ErrorScreen({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const file = typeof error.details?.['file'] === 'string' ? error.details['file'] : null;
  return (
    <Center h="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={640} w="100%">
        <Stack>
          <Title order={1} size="h2">
            调解台无法打开数据
          </Title>
          <Alert color="red" icon={<IconAlertTriangle />} title="原因" role="alert">
            {error.message}
          </Alert>
          {file && (
            <Text size="sm">
              数据文件：<Code>{file}</Code>
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {ADVICE[error.code] ?? '请联系技术支持。'}（错误代码 {error.code}）
          </Text>
          <Button onClick={onRetry} variant="light" w="fit-content">
            重试
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
