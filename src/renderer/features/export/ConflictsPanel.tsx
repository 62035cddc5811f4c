import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { ExchangeConflict } from '../../../shared/types/exchange.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';

function ConflictCard({ conflict }: { conflict: ExchangeConflict }) {
  const resolve = useApiMutation('exchange.resolveConflict', ['exchange.conflicts']);
  const choose = (resolution: 'keep_local' | 'take_incoming') =>
    modals.openConfirmModal({
      title: resolution === 'keep_local' ? '保留本机版本' : '采用对方版本',
      children: (
        <Text size="sm">
          {resolution === 'keep_local'
            ? '本机版本保持不变，并在下次交换时发给对方，覆盖对方的版本。'
            : '本机的这个案件将被对方的版本替换（当事人、记录、附件等一并替换，操作记录只增不减）。'}
        </Text>
      ),
      labels: { confirm: '确定', cancel: '取消' },
      onConfirm: async () => {
        try {
          await resolve.mutateAsync({ id: conflict.id, resolution });
          notifications.show({ color: 'green', title: '冲突已处理', message: conflict.title });
        } catch (error) {
          showApiError(error, '冲突没有处理');
        }
      },
    });
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Text fw={600}>
            {conflict.caseCode ?? '（未受理）'} {conflict.title}
          </Text>
          <Text size="xs" c="dimmed">
            发现于 {formatDateTime(conflict.detectedAt)} · 本机版本 {conflict.localVersion} · 对方版本{' '}
            {conflict.incomingVersion}
          </Text>
        </Stack>
        {conflict.resolution ? (
          <Badge color="gray">
            {conflict.resolution === 'keep_local' ? '已保留本机版本' : '已采用对方版本'}
          </Badge>
        ) : (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => choose('keep_local')}>
              保留本机版本
            </Button>
            <Button size="xs" onClick={() => choose('take_incoming')}>
              采用对方版本
            </Button>
          </Group>
        )}
      </Group>
      <Table withTableBorder withColumnBorders aria-label="两边版本对照">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>项目</Table.Th>
            <Table.Th>本机版本</Table.Th>
            <Table.Th>对方版本</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflict.fields.map((f) => (
            <Table.Tr key={f.field}>
              <Table.Td>{f.field}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{f.local}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{f.incoming}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Cases changed on both sides since the last exchange; never resolved without a person. */
export function ConflictsPanel() {
  const conflicts = useApiQuery('exchange.conflicts', { openOnly: true });
  return (
    <Stack>
      <Title order={2} size="h4">
        待处理的冲突
      </Title>
      <Text size="sm" c="dimmed">
        同一案件在上次交换之后两边都有修改。系统不会自动取舍，请对照两边的内容选择保留哪一方。
      </Text>
      {conflicts.isError && <Alert color="red">{conflicts.error.message}</Alert>}
      {conflicts.data?.length === 0 && <Alert color="green">没有待处理的冲突。</Alert>}
      {conflicts.data?.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </Stack>
  );
}
