import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import {
  EXPORT_TRIGGER_LABELS,
  OUTBOX_STATUS_LABELS,
  type ExportTrigger,
  type OutboxEntry,
  type OutboxStatus,
} from '../../../shared/types/cityExport.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';

const STATUS_COLORS: Readonly<Record<OutboxStatus, string>> = {
  pending: 'gray',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** The outbox as an administrator sees it: per-record status, failures with reasons, 重新发送. */
export function OutboxPanel() {
  const [filter, setFilter] = useState<'all' | OutboxStatus>('all');
  const status = useApiQuery('export.status', {}, { refetchInterval: 5000 });
  const list = useApiQuery('export.outbox', filter === 'all' ? {} : { status: filter }, {
    refetchInterval: 5000,
  });
  const resend = useApiMutation('export.resend', ['export.outbox', 'export.status']);
  const test = useApiMutation('export.testConnection', ['export.status']);
  const counts = status.data?.counts;
  const lastTest = status.data?.lastConnectionTest;

  const doResend = async (entry: OutboxEntry) => {
    try {
      await resend.mutateAsync({ id: entry.id });
      notifications.show({ color: 'green', title: '已重新排队', message: '这条记录会在几秒内重新发送。' });
    } catch (error) {
      showApiError(error, '没有重新发送');
    }
  };

  const doTest = async () => {
    try {
      await test.mutateAsync({});
      notifications.show({ title: '正在测试连接', message: '结果会在几秒后显示在这里。' });
    } catch (error) {
      showApiError(error, '无法测试连接');
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs" aria-label="各状态数量">
          {(Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[]).map((s) => (
            <Badge key={s} color={STATUS_COLORS[s]} variant="light" size="lg">
              {OUTBOX_STATUS_LABELS[s]} {counts?.[s] ?? 0}
            </Badge>
          ))}
        </Group>
        <Button variant="light" onClick={() => void doTest()} loading={test.isPending}>
          测试连接
        </Button>
      </Group>
      {lastTest && (
        <Alert
          color={lastTest.ok ? 'green' : 'orange'}
          title={`最近一次连接测试（${formatDateTime(lastTest.at)}）`}
        >
          {lastTest.message}
        </Alert>
      )}
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as 'all' | OutboxStatus)}
        data={[
          { value: 'all', label: '全部' },
          ...(Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[]).map((s) => ({
            value: s,
            label: OUTBOX_STATUS_LABELS[s],
          })),
        ]}
        aria-label="按状态筛选"
      />
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      <DataTable
        aria-label="上报队列"
        withTableBorder
        minHeight={160}
        fetching={list.isFetching && !list.data}
        records={list.data ?? []}
        idAccessor="id"
        noRecordsText="队列是空的。开启上报后，受理、调解结果和结案会自动排队发送。"
        columns={[
          { accessor: 'createdAt', title: '排队时间', render: (e) => formatDateTime(e.createdAt) },
          { accessor: 'caseCode', title: '案号', render: (e) => e.caseCode ?? '（未受理）' },
          {
            accessor: 'trigger',
            title: '事项',
            render: (e) => EXPORT_TRIGGER_LABELS[e.trigger as ExportTrigger] ?? e.trigger,
          },
          { accessor: 'caseVersion', title: '版本' },
          {
            accessor: 'status',
            title: '状态',
            render: (e) => <Badge color={STATUS_COLORS[e.status]}>{OUTBOX_STATUS_LABELS[e.status]}</Badge>,
          },
          { accessor: 'attempts', title: '尝试次数' },
          {
            accessor: 'detail',
            title: '说明',
            render: (e) =>
              e.status === 'delivered' ? (
                <Text size="sm">
                  回执号 {e.ackId}（{formatDateTime(e.deliveredAt ?? e.createdAt)}）
                </Text>
              ) : (
                <Stack gap={2}>
                  {e.lastError && (
                    <Text size="sm" c={e.status === 'failed' ? 'red' : 'dimmed'}>
                      {e.lastError}
                    </Text>
                  )}
                  {e.status === 'pending' && (
                    <Text size="xs" c="dimmed">
                      下次发送：{formatDateTime(e.nextAttemptAt)}
                    </Text>
                  )}
                </Stack>
              ),
          },
          {
            accessor: 'actions',
            title: '',
            render: (e) =>
              e.status === 'failed' ? (
                <Button size="xs" variant="light" onClick={() => void doResend(e)} loading={resend.isPending}>
                  重新发送
                </Button>
              ) : null,
          },
        ]}
      />
    </Stack>
  );
}
