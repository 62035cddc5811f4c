import { Alert, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_LEVEL_LABELS,
  type OrganisationDetail,
} from '../../../shared/types/organisation.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { OrganisationForm } from './OrganisationForm.tsx';
import { SettingsCrumbs } from './SettingsCrumbs.tsx';

type Editing = { readonly organisation: OrganisationDetail | null } | null;

/** 上级组织 and the 街镇/区 centres cases are transferred to; this installation is edited on 设置. */
export function OrganisationsPage({ user }: { user: SessionUser }) {
  const list = useApiQuery('org.list', { includeInactive: true });
  const [editing, setEditing] = useState<Editing>(null);
  const canManage = roleHasPermission(user.role, 'org.manage');
  const all = list.data ?? [];
  const others = all.filter((o) => !o.isHome);
  const home = all.find((o) => o.isHome);
  const nameOf = (id: string | null) => all.find((o) => o.id === id)?.name ?? '—';

  return (
    <Stack>
      <SettingsCrumbs current="其他组织" />
      <Group justify="space-between">
        <Title order={1} size="h2">
          其他组织
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ organisation: null })}>
            添加组织
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        本机所属组织的上级组织，以及案件移交、上报的街镇、区县调解组织。
        {home?.parentId
          ? `本机的上级组织：${nameOf(home.parentId)}。`
          : '本机尚未设置上级组织（在“设置”中编辑本机组织）。'}
      </Text>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      <DataTable
        aria-label="其他组织"
        withTableBorder
        highlightOnHover
        minHeight={others.length ? undefined : 160}
        fetching={list.isFetching}
        records={others}
        noRecordsText="还没有添加其他组织"
        onRowClick={canManage ? ({ record }) => setEditing({ organisation: record }) : undefined}
        columns={[
          { accessor: 'name', title: '组织全称' },
          {
            accessor: 'kind',
            title: '类型 / 层级',
            render: (o) => `${ORGANISATION_KIND_LABELS[o.kind]} / ${ORGANISATION_LEVEL_LABELS[o.level]}`,
          },
          { accessor: 'regionCode', title: '区划代码' },
          { accessor: 'abbreviation', title: '案号简称' },
          { accessor: 'parentId', title: '上级组织', render: (o) => nameOf(o.parentId) },
          { accessor: 'phone', title: '电话', render: (o) => o.phone ?? '—' },
          {
            accessor: 'active',
            title: '状态',
            render: (o) =>
              o.active ? <Badge color="green">启用</Badge> : <Badge color="gray">已停用</Badge>,
          },
          ...(canManage
            ? [
                {
                  accessor: 'actions',
                  title: '操作',
                  render: (o: OrganisationDetail) => (
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={`编辑${o.name}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        setEditing({ organisation: o });
                      }}
                    >
                      编辑
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.organisation ? `编辑组织：${editing.organisation.name}` : '添加组织'}
        size="lg"
      >
        {editing && (
          <OrganisationForm
            organisation={editing.organisation}
            organisations={all}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
