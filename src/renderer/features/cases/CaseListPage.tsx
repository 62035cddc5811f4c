import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { CaseStatusBadge } from './CaseStatusBadge.tsx';

const PAGE_SIZE = 20;

export function CaseListPage() {
  const [, navigate] = useLocation();
  const [page, setPage] = useState(1);
  const list = useApiQuery(
    'case.list',
    { page, pageSize: PAGE_SIZE },
    { placeholderData: (previous) => previous },
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>案件</Title>
        <Button component={Link} href="/cases/new" leftSection={<IconPlus size={16} />}>
          登记纠纷
        </Button>
      </Group>
      {list.isError && (
        <Alert color="red" title="案件列表没有加载出来">
          {list.error.message}
        </Alert>
      )}
      <DataTable
        aria-label="案件列表"
        withTableBorder
        striped
        highlightOnHover
        minHeight={180}
        fetching={list.isFetching}
        records={list.data ? [...list.data.rows] : []}
        idAccessor="id"
        totalRecords={list.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        noRecordsText="还没有登记任何纠纷"
        loadingText="正在加载……"
        paginationText={({ from, to, totalRecords }) => `第 ${from}–${to} 条，共 ${totalRecords} 条`}
        onRowClick={({ record }) => navigate(`/cases/${record.id}`)}
        columns={[
          { accessor: 'title', title: '纠纷名称' },
          {
            accessor: 'status',
            title: '状态',
            width: 110,
            render: (row) => <CaseStatusBadge status={row.status} />,
          },
          {
            accessor: 'registeredAt',
            title: '登记时间',
            width: 190,
            render: (row) => formatDateTime(row.registeredAt),
          },
        ]}
      />
    </Stack>
  );
}
