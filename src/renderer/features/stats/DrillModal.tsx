import { Anchor, Modal, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'wouter';
import type { InputOf } from '../../../shared/api/contract.ts';
import { DISPUTE_TYPE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseStatusBadge } from '../cases/CaseStatusBadge.tsx';
import { PAGINATION_TEXT } from '../common/dataTableText.ts';

export type DrillInput = Omit<InputOf<'stats.cases'>, 'page' | 'pageSize'>;

const PAGE_SIZE = 15;

/** The cases behind one number of the report. */
export function DrillModal({
  drill,
  title,
  onClose,
}: {
  drill: DrillInput | null;
  title: string;
  onClose: () => void;
}) {
  return (
    <Modal opened={drill !== null} onClose={onClose} title={title} size="xl">
      {drill && <DrillTable key={JSON.stringify(drill)} drill={drill} />}
    </Modal>
  );
}

function DrillTable({ drill }: { drill: DrillInput }) {
  const [page, setPage] = useState(1);
  const cases = useApiQuery('stats.cases', { ...drill, page, pageSize: PAGE_SIZE });
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        共 {cases.data?.total ?? '…'} 件
      </Text>
      <DataTable
        {...PAGINATION_TEXT}
        withTableBorder
        minHeight={160}
        records={[...(cases.data?.rows ?? [])]}
        fetching={cases.isLoading}
        totalRecords={cases.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        noRecordsText="没有案件"
        columns={[
          {
            accessor: 'title',
            title: '案件',
            render: (c) => (
              <Anchor component={Link} href={`/cases/${c.id}`} size="sm">
                {c.title}
              </Anchor>
            ),
          },
          { accessor: 'caseNo', title: '案号', render: (c) => c.caseNo ?? '—' },
          { accessor: 'disputeType', title: '类型', render: (c) => DISPUTE_TYPE_LABELS[c.disputeType] },
          { accessor: 'acceptedOn', title: '受理日期' },
          {
            accessor: 'status',
            title: '状态',
            render: (c) => <CaseStatusBadge status={c.status} size="sm" />,
          },
        ]}
      />
    </>
  );
}
