import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { chinaDateTime } from '../../../shared/format/chinaTime.ts';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconHistory, IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState, type MouseEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { CaseListInput } from '../../../shared/schemas/dispute.ts';
import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CLOCK_RUNNING_STATUSES,
  type CaseStatus,
} from '../../../shared/types/caseStatus.ts';
import type { CaseSummary } from '../../../shared/types/dispute.ts';
import {
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  DISPUTE_TYPE_LABELS,
  DISPUTE_TYPES,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type CaseSource,
  type DisputeType,
  type RiskLevel,
} from '../../../shared/types/disputeTaxonomy.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseStatusBadge, DueDateText, RiskBadge } from './CaseStatusBadge.tsx';
import { optionsOf, todayInChina } from './caseUi.ts';
import { useCan } from './detail/useCan.ts';
import { SavedViewsMenu } from '../views/SavedViewsMenu.tsx';
import type { SavedFilters } from '../../../shared/types/savedView.ts';
import { caseNoLabel } from '../../../shared/cases/caseNoLabel.ts';
import { PAGINATION_TEXT } from '../common/dataTableText.ts';

/** What a saved view keeps: the filters and order, not the page. */
function savedFiltersOf({ page: _page, pageSize: _size, ...rest }: CaseListInput): SavedFilters {
  return rest as SavedFilters;
}

const PAGE_SIZES = [20, 50, 100];
type SortKey = NonNullable<CaseListInput['sort']>;
const SORT_KEYS: readonly SortKey[] = ['registeredAt', 'dueDate', 'caseNo'];

/** The list's filters, as kept in the query string (`?status=accepted,in_mediation&type=neighbourhood`). */
interface Filters {
  statuses: CaseStatus[];
  disputeType: DisputeType | null;
  source: CaseSource | null;
  riskLevel: RiskLevel | null;
  mediatorId: string | null;
  street: string;
  community: string;
  from: string | null;
  to: string | null;
  search: string;
  sort: SortKey;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function readFilters(search: string): Filters {
  const q = new URLSearchParams(search);
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(q.get(key) ?? '') ? q.get(key) : null);
  const pageSize = Number(q.get('size'));
  return {
    statuses: (q.get('status') ?? '')
      .split(',')
      .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s)),
    disputeType: oneOf(q.get('type'), DISPUTE_TYPES),
    source: oneOf(q.get('source'), CASE_SOURCES),
    riskLevel: oneOf(q.get('risk'), RISK_LEVELS),
    mediatorId: q.get('mediator') || null,
    street: q.get('street') ?? '',
    community: q.get('community') ?? '',
    from: date('from'),
    to: date('to'),
    search: q.get('kw') ?? '',
    sort: oneOf(q.get('sort'), SORT_KEYS) ?? 'registeredAt',
    direction: q.get('dir') === 'asc' ? 'asc' : 'desc',
    page: Math.max(1, Number(q.get('page')) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : PAGE_SIZES[0]!,
  };
}

function writeFilters(f: Filters): string {
  const q = new URLSearchParams();
  if (f.statuses.length > 0) q.set('status', f.statuses.join(','));
  if (f.disputeType) q.set('type', f.disputeType);
  if (f.source) q.set('source', f.source);
  if (f.riskLevel) q.set('risk', f.riskLevel);
  if (f.mediatorId) q.set('mediator', f.mediatorId);
  if (f.street) q.set('street', f.street);
  if (f.community) q.set('community', f.community);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.search) q.set('kw', f.search);
  if (f.sort !== 'registeredAt') q.set('sort', f.sort);
  if (f.direction !== 'desc') q.set('dir', f.direction);
  if (f.page !== 1) q.set('page', String(f.page));
  if (f.pageSize !== PAGE_SIZES[0]) q.set('size', String(f.pageSize));
  return q.toString();
}

function toListInput(f: Filters): CaseListInput {
  return {
    page: f.page,
    pageSize: f.pageSize,
    sort: f.sort,
    direction: f.direction,
    ...(f.statuses.length > 0 ? { statuses: f.statuses } : {}),
    ...(f.disputeType ? { disputeType: f.disputeType } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.riskLevel ? { riskLevel: f.riskLevel } : {}),
    ...(f.mediatorId ? { mediatorId: f.mediatorId } : {}),
    ...(f.street.trim() ? { street: f.street.trim() } : {}),
    ...(f.community.trim() ? { community: f.community.trim() } : {}),
    ...(f.from ? { registeredFrom: f.from } : {}),
    ...(f.to ? { registeredTo: f.to } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
  };
}

/** A saved view's filters back into the list's own, starting on the first page. */
function fromSaved(saved: SavedFilters, pageSize: number): Filters {
  return {
    statuses: [...(saved.statuses ?? [])],
    disputeType: saved.disputeType ?? null,
    source: saved.source ?? null,
    riskLevel: saved.riskLevel ?? null,
    mediatorId: saved.mediatorId ?? null,
    street: saved.street ?? '',
    community: saved.community ?? '',
    from: saved.registeredFrom ?? null,
    to: saved.registeredTo ?? null,
    search: saved.search ?? '',
    sort: saved.sort ?? 'registeredAt',
    direction: saved.direction ?? 'desc',
    page: 1,
    pageSize,
  };
}

/** A text filter typed into freely, written to the URL after a pause (and re-read on Back). */
function useDebouncedText(value: string, commit: (value: string) => void) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const debounced = useDebouncedCallback(commit, 400);
  return {
    value: text,
    onChange: (next: string) => {
      setText(next);
      debounced(next);
    },
  };
}

/**
 * The list's address with its filters: `#/cases/?status=accepted&type=neighbourhood` (routed to this
 * page by `/^\/cases\/\?/` in AppLayout). The query lives inside the hash because the app routes on the
 * hash: Back from a case returns to the same filtered list, a copied address reopens it, and other
 * pages' addresses are left alone.
 */
function setListAddress(query: string, replace: boolean): void {
  const oldURL = window.location.href;
  const url = new URL(oldURL);
  url.hash = query ? `/cases/?${query}` : '/cases';
  if (url.href === oldURL) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  // What wouter's own navigate does, so the router re-reads the hash.
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export function CaseListPage() {
  const [location, navigate] = useLocation();
  const filters = readFilters(location.includes('?') ? location.slice(location.indexOf('?') + 1) : '');
  const today = todayInChina();
  const can = useCan();

  const update = (changes: Partial<Filters>) => {
    // Any filter change goes back to page 1; replace, so Back leaves the list instead of undoing filters.
    setListAddress(writeFilters({ ...filters, page: 1, ...changes }), true);
  };
  const openCase = (id: string) => navigate(`/cases/${id}`);

  const list = useApiQuery('case.list', toListInput(filters), { placeholderData: (previous) => previous });
  const mediators = useApiQuery('mediator.list', { includeInactive: true });
  const searchText = useDebouncedText(filters.search, (value) => update({ search: value }));
  const streetText = useDebouncedText(filters.street, (value) => update({ street: value }));
  const communityText = useDebouncedText(filters.community, (value) => update({ community: value }));

  const filtered =
    filters.statuses.length > 0 ||
    filters.disputeType !== null ||
    filters.source !== null ||
    filters.riskLevel !== null ||
    filters.mediatorId !== null ||
    filters.street !== '' ||
    filters.community !== '' ||
    filters.from !== null ||
    filters.to !== null ||
    filters.search !== '';

  const sortStatus: DataTableSortStatus<CaseSummary> = {
    columnAccessor: filters.sort,
    direction: filters.direction,
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          案件
        </Title>
        <Group gap="xs">
          <SavedViewsMenu
            filters={savedFiltersOf(toListInput(filters))}
            onApply={(saved) => setListAddress(writeFilters(fromSaved(saved, filters.pageSize)), false)}
          />
          {can('case.finishBackfill') && (
            <Button
              component={Link}
              href="/cases/backfill"
              variant="default"
              leftSection={<IconHistory size={16} />}
            >
              补录纸质案件
            </Button>
          )}
          {can('ledger.import') && (
            <Button component={Link} href="/cases/import" variant="light">
              导入台账
            </Button>
          )}
          {can('case.create') && (
            <Button component={Link} href="/cases/new" leftSection={<IconPlus size={16} />}>
              登记纠纷
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="sm" component="section" aria-label="筛选条件">
        <Group gap="xs" align="flex-end">
          <TextInput
            label="关键词"
            w={240}
            placeholder="纠纷名称、案号、当事人"
            leftSection={<IconSearch size={14} />}
            value={searchText.value}
            onChange={(e) => searchText.onChange(e.currentTarget.value)}
          />
          <MultiSelect
            label="状态"
            w={230}
            placeholder={filters.statuses.length ? undefined : '全部'}
            data={optionsOf(CASE_STATUS_LABELS)}
            value={filters.statuses}
            onChange={(value) => update({ statuses: value as CaseStatus[] })}
            clearable
            styles={{ pillsList: { flexWrap: 'nowrap', overflow: 'hidden' } }}
          />
          <Select
            label="纠纷类型"
            w={170}
            placeholder="全部"
            data={optionsOf(DISPUTE_TYPE_LABELS)}
            value={filters.disputeType}
            onChange={(value) => update({ disputeType: value as DisputeType | null })}
            clearable
          />
          <Select
            label="来源"
            w={190}
            placeholder="全部"
            data={optionsOf(CASE_SOURCE_LABELS)}
            value={filters.source}
            onChange={(value) => update({ source: value as CaseSource | null })}
            clearable
          />
          <Select
            label="风险等级"
            w={150}
            placeholder="全部"
            data={optionsOf(RISK_LEVEL_LABELS)}
            value={filters.riskLevel}
            onChange={(value) => update({ riskLevel: value as RiskLevel | null })}
            clearable
          />
          <Select
            label="调解员"
            w={140}
            placeholder="全部"
            data={(mediators.data ?? []).map((m) => ({
              value: m.id,
              label: m.active ? m.name : `${m.name}（已停用）`,
            }))}
            value={filters.mediatorId}
            onChange={(value) => update({ mediatorId: value })}
            clearable
            searchable
            nothingFoundMessage="没有这位调解员"
          />
          <TextInput
            label="街道（乡镇）"
            w={130}
            value={streetText.value}
            onChange={(e) => streetText.onChange(e.currentTarget.value)}
          />
          <TextInput
            label="社区（村）"
            w={130}
            value={communityText.value}
            onChange={(e) => communityText.onChange(e.currentTarget.value)}
          />
          <DatePickerInput
            type="range"
            label="登记日期"
            w={230}
            placeholder="起止日期"
            valueFormat="YYYY-MM-DD"
            value={[filters.from, filters.to]}
            onChange={([from, to]) => {
              // Wait for the second click of a range, or a cleared field.
              if ((from && to) || (!from && !to)) update({ from: from ?? null, to: to ?? null });
            }}
            clearable
            allowSingleDateInRange
          />
          {filtered && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => setListAddress('', true)}
            >
              清除筛选
            </Button>
          )}
        </Group>
      </Paper>

      {list.isError && (
        <Alert color="red" title="案件列表没有加载出来">
          {list.error.message}
        </Alert>
      )}
      <DataTable<CaseSummary>
        {...PAGINATION_TEXT}
        aria-label="案件列表"
        withTableBorder
        striped
        highlightOnHover
        minHeight={200}
        fetching={list.isFetching}
        records={list.data ? [...list.data.rows] : []}
        idAccessor="id"
        totalRecords={list.data?.total ?? 0}
        recordsPerPage={filters.pageSize}
        recordsPerPageOptions={PAGE_SIZES}
        recordsPerPageLabel="每页"
        onRecordsPerPageChange={(pageSize) => update({ pageSize })}
        page={filters.page}
        onPageChange={(page) => setListAddress(writeFilters({ ...filters, page }), false)}
        sortStatus={sortStatus}
        onSortStatusChange={(status) =>
          update({ sort: status.columnAccessor as SortKey, direction: status.direction })
        }
        noRecordsText={filtered ? '没有符合条件的案件' : '还没有登记任何纠纷'}
        loadingText="正在加载……"
        onRowClick={({ record }) => openCase(record.id)}
        columns={[
          {
            accessor: 'caseNo',
            title: '案号',
            sortable: true,
            noWrap: true,
            render: (row) =>
              row.caseNo ?? (
                <Text size="sm" c="dimmed">
                  {caseNoLabel(null, row.status)}
                </Text>
              ),
          },
          {
            accessor: 'title',
            title: '纠纷名称',
            render: (row) => (
              <Anchor
                component={Link}
                href={`/cases/${row.id}`}
                size="sm"
                onClick={(e: MouseEvent) => {
                  e.preventDefault();
                  e.stopPropagation();
                  openCase(row.id);
                }}
              >
                {row.title}
              </Anchor>
            ),
          },
          {
            accessor: 'disputeType',
            title: '类型',
            noWrap: true,
            render: (row) => DISPUTE_TYPE_LABELS[row.disputeType],
          },
          { accessor: 'source', title: '来源', width: 130, render: (row) => CASE_SOURCE_LABELS[row.source] },
          { accessor: 'partyNames', title: '当事人' },
          {
            accessor: 'riskLevel',
            title: '风险',
            width: 64,
            render: (row) => <RiskBadge level={row.riskLevel} />,
          },
          {
            accessor: 'status',
            title: '状态',
            width: 100,
            render: (row) => <CaseStatusBadge status={row.status} />,
          },
          {
            accessor: 'leadMediatorName',
            title: '调解员',
            noWrap: true,
            render: (row) =>
              row.leadMediatorName ?? (
                <Text size="sm" c="dimmed">
                  未指派
                </Text>
              ),
          },
          {
            accessor: 'dueDate',
            title: '期限',
            sortable: true,
            noWrap: true,
            render: (row) =>
              CLOCK_RUNNING_STATUSES.includes(row.status) ? (
                <DueDateText dueDate={row.dueDate} today={today} />
              ) : (
                <Text size="sm" c="dimmed">
                  {row.dueDate ?? '—'}
                </Text>
              ),
          },
          {
            accessor: 'registeredAt',
            title: '登记时间',
            sortable: true,
            noWrap: true,
            render: (row) => chinaDateTime(row.registeredAt),
          },
        ]}
      />
    </Stack>
  );
}
