import { Alert, Anchor, Breadcrumbs, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { CaseStatusBadge } from './CaseStatusBadge.tsx';

export function CaseDetailPage({ id }: { id: string }) {
  const detail = useApiQuery('case.get', { id });
  const crumbs = (
    <Breadcrumbs>
      <Anchor component={Link} href="/cases">
        案件
      </Anchor>
      <Text>{detail.data?.title ?? '案件详情'}</Text>
    </Breadcrumbs>
  );
  if (detail.isPending) return <Loader aria-label="正在加载" />;
  if (detail.isError) {
    return (
      <Stack>
        {crumbs}
        <Alert color="red" title="无法打开案件">
          {detail.error.message}
        </Alert>
      </Stack>
    );
  }
  const c = detail.data;
  return (
    <Stack>
      {crumbs}
      <Group>
        <Title order={2}>{c.title}</Title>
        <CaseStatusBadge status={c.status} />
      </Group>
      <Text size="sm" c="dimmed">
        登记于 {formatDateTime(c.registeredAt)}
      </Text>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          纠纷简要情况
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</Text>
      </Paper>
    </Stack>
  );
}
