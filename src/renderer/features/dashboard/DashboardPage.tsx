import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/useApi.ts';

export function DashboardPage() {
  const cases = useApiQuery('case.list', { page: 1, pageSize: 1 });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>工作台</Title>
        <Button component={Link} href="/cases/new" leftSection={<IconPlus size={16} />}>
          登记纠纷
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text c="dimmed" size="sm">
            已登记案件
          </Text>
          <Text fw={700} fz={28} aria-label="已登记案件数">
            {cases.data?.total ?? '—'}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
