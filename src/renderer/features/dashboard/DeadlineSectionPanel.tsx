import { Group, Loader, Pagination, Select, Text } from '@mantine/core';
import { useState } from 'react';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  type DeadlineKind,
  type DeadlineSection,
  type DeadlineSectionName,
} from '../../../shared/types/deadlines.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { DeadlineTable } from './DeadlineTable.tsx';

const ALL_KINDS = 'all';

/**
 * One deadline list of the 工作台: the count of each kind, the first page from `dashboard.get`, and the
 * rest page by page (and kind by kind) from `deadline.list`, so the page never loads the whole backlog.
 */
export function DeadlineSectionPanel({
  section,
  first,
  withinDays,
  mediatorId,
  label,
  empty,
}: {
  section: DeadlineSectionName;
  first: DeadlineSection;
  withinDays: number;
  mediatorId: string | undefined;
  label: string;
  empty: string;
}) {
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<DeadlineKind | typeof ALL_KINDS>(ALL_KINDS);
  const own = page > 1 || kind !== ALL_KINDS;
  const paged = useApiQuery(
    'deadline.list',
    {
      section,
      withinDays,
      page,
      pageSize: first.pageSize,
      ...(kind !== ALL_KINDS && { kinds: [kind] }),
      ...(mediatorId && { mediatorId }),
    },
    { enabled: own, placeholderData: (previous) => previous },
  );
  const shown = own ? paged.data : first;
  const total = shown?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / first.pageSize));
  const kinds = DEADLINE_KINDS.filter((k) => first.byKind[k] > 0);

  return (
    <>
      {kinds.length > 1 && (
        <Group gap="xs" mb="xs" align="flex-end">
          <Select
            label={`${label}：事项类别`}
            size="xs"
            w={220}
            allowDeselect={false}
            value={kind}
            onChange={(value) => {
              setKind((value as DeadlineKind | null) ?? ALL_KINDS);
              setPage(1);
            }}
            data={[
              { value: ALL_KINDS, label: `全部（${first.total}）` },
              ...kinds.map((k) => ({ value: k, label: `${DEADLINE_KIND_LABELS[k]}（${first.byKind[k]}）` })),
            ]}
          />
        </Group>
      )}
      {own && paged.isPending ? (
        <Loader size="sm" aria-label={`正在加载${label}`} />
      ) : (
        <DeadlineTable items={shown?.items ?? []} label={label} empty={empty} />
      )}
      {pages > 1 && (
        <Group justify="space-between" mt="xs">
          <Text size="sm" c="dimmed">
            共 {total} 项，最紧迫的在前
          </Text>
          <Pagination
            size="sm"
            value={page}
            total={pages}
            onChange={setPage}
            aria-label={`${label}分页`}
            getControlProps={(control) => ({
              'aria-label': control === 'next' ? '下一页' : control === 'previous' ? '上一页' : undefined,
            })}
            getItemProps={(p) => ({ 'aria-label': `第 ${p} 页` })}
          />
        </Group>
      )}
    </>
  );
}
