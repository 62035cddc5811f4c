import {
  Alert,
  Select,
  Anchor,
  Breadcrumbs,
  Button,
  Code,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState, type MouseEvent } from 'react';
import { Link } from 'wouter';
import type { AuditVerification } from '../../../shared/types/account.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';
import { PAGINATION_TEXT } from '../common/dataTableText.ts';
import { METHOD_NAMES } from '../../../shared/api/contract.ts';
import { methodLabel } from '../../../shared/api/methodLabels.ts';

const PAGE_SIZE = 50;

/** Every action by its Chinese name (the log filters on the method behind it). */
const ACTION_OPTIONS = METHOD_NAMES.map((m) => ({ value: m, label: methodLabel(m) }));

/** What a non-case target is, in Chinese (its UUID means nothing to a reader). */
const TARGET_LABELS: Readonly<Record<string, string>> = {
  user: '用户',
  auth: '账户',
  backup: '备份',
  org: '组织',
  mediator: '调解员',
  holiday: '节假日',
  taxonomy: '纠纷子类',
  export: '上报',
  exchange: '交换',
  stats: '统计',
  view: '视图',
  document: '文书',
  audit: '审计日志',
};

export function AuditLogPage() {
  const [page, setPage] = useState(1);
  const [method, setMethod] = useState('');
  const [actor, setActor] = useState('');
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [debouncedMethod] = useDebouncedValue(method, 300);
  const [debouncedActor] = useDebouncedValue(actor, 300);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const verify = useApiMutation('audit.verify');

  const list = useApiQuery(
    'audit.list',
    {
      page,
      pageSize: PAGE_SIZE,
      ...(debouncedMethod && { method: debouncedMethod }),
      ...(debouncedActor && { actor: debouncedActor }),
      ...(range[0] && { from: range[0].slice(0, 10) }),
      ...(range[1] && { to: range[1].slice(0, 10) }),
    },
    { placeholderData: (previous) => previous },
  );

  const runVerify = async () => {
    try {
      setVerification(await verify.mutateAsync({}));
    } catch (error) {
      showApiError(error, '没有完成核验');
    }
  };

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} href="/settings">
          设置
        </Anchor>
        <Text>审计日志</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">
          审计日志
        </Title>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          variant="light"
          loading={verify.isPending}
          onClick={() => void runVerify()}
        >
          核验完整性
        </Button>
      </Group>
      {verification && (
        <Alert
          color={verification.ok ? 'green' : 'red'}
          role="status"
          title={verification.ok ? '完整' : '发现改动'}
        >
          <Stack gap={4}>
            <Text size="sm">{verification.message}</Text>
            {verification.latestSeq !== undefined && verification.latestHash && (
              <Text size="sm">
                锚点（可抄录备查）：最新为第 {verification.latestSeq} 条，哈希{' '}
                <Code>{verification.latestHash}</Code>
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <Group>
        <Select
          label="操作"
          placeholder="全部操作"
          data={ACTION_OPTIONS}
          searchable
          clearable
          nothingFoundMessage="没有这项操作"
          value={method || null}
          onChange={(value) => {
            setMethod(value ?? '');
            setPage(1);
          }}
        />
        <TextInput
          label="操作人"
          value={actor}
          onChange={(e) => {
            setActor(e.currentTarget.value);
            setPage(1);
          }}
        />
        <DatePickerInput
          type="range"
          label="日期"
          placeholder="选择起止日期"
          valueFormat="YYYY-MM-DD"
          clearable
          value={range}
          onChange={(value) => {
            setRange(value);
            setPage(1);
          }}
          w={260}
        />
      </Group>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      <DataTable
        {...PAGINATION_TEXT}
        aria-label="审计日志"
        withTableBorder
        striped
        minHeight={200}
        fetching={list.isFetching}
        records={list.data ? [...list.data.rows] : []}
        idAccessor="seq"
        totalRecords={list.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        noRecordsText="没有记录"
        rowExpansion={{
          content: ({ record }) => (
            <Code block m="xs">
              {JSON.stringify(record.detail, null, 2)}
            </Code>
          ),
        }}
        columns={[
          { accessor: 'seq', title: '序号', width: 80 },
          { accessor: 'time', title: '时间', width: 180, render: (row) => formatDateTime(row.time) },
          { accessor: 'actor', title: '操作人', render: (row) => row.actor ?? '（未登录）' },
          { accessor: 'method', title: '操作', render: (row) => methodLabel(row.method) },
          {
            accessor: 'targetId',
            title: '对象',
            render: (row) =>
              row.targetCase ? (
                <Anchor
                  component={Link}
                  href={`/cases/${row.targetCase.id}`}
                  onClick={(e: MouseEvent) => e.stopPropagation()}
                >
                  {row.targetCase.caseNo ?? `${row.targetCase.title}（未受理）`}
                </Anchor>
              ) : (
                (row.targetType && TARGET_LABELS[row.targetType]) || ''
              ),
          },
        ]}
      />
    </Stack>
  );
}
