import { Alert, Badge, Button, Checkbox, Group, Menu, Modal, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { DISPUTE_TYPE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';
import type { Mediator } from '../../../shared/types/mediator.ts';
import { MEDIATOR_EMPLOYMENT_LABELS } from '../../../shared/types/partyTaxonomy.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { MediatorCalendar } from './MediatorCalendar.tsx';
import { MediatorForm } from './MediatorForm.tsx';
import { MediatorAccount } from './MediatorAccount.tsx';

type Editing = { readonly mediator: Mediator | null } | null;

function place(m: Mediator): string {
  return [m.street, m.community].filter(Boolean).join(' ') || '—';
}

/** 调解员名册: who can take cases, what they are good at, where they work and how busy they are. */
export function MediatorsPage({ user }: { user: SessionUser }) {
  const [includeInactive, setIncludeInactive] = useState(false);
  const mediators = useApiQuery('mediator.list', { includeInactive });
  const update = useApiMutation('mediator.update', ['mediator.list', 'dashboard.get']);
  const [editing, setEditing] = useState<Editing>(null);
  const [viewing, setViewing] = useState<Mediator | null>(null);
  const canManage = roleHasPermission(user.role, 'mediator.manage');
  const canManageUsers = roleHasPermission(user.role, 'user.manage');
  const users = useApiQuery('user.list', {}, { enabled: canManageUsers });

  const setActive = async (m: Mediator, active: boolean) => {
    try {
      await update.mutateAsync({
        mediatorId: m.id,
        expectedVersion: m.version,
        name: m.name,
        sex: m.sex,
        employment: m.employment,
        title: m.title ?? '',
        idNumber: m.idNumber ?? '',
        phone: m.phone ?? '',
        regionCode: m.regionCode ?? '',
        street: m.street ?? '',
        community: m.community ?? '',
        specialties: [...m.specialties],
        relations: m.relations.map((r) => ({ ...r, idNumber: r.idNumber ?? '', phone: r.phone ?? '' })),
        note: m.note ?? '',
        active,
      });
    } catch (error) {
      showApiError(error, active ? '没有重新启用' : '没有停用');
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          调解员
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mediator: null })}>
            登记调解员
          </Button>
        )}
      </Group>
      <Checkbox
        label="显示已停用的调解员"
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      {mediators.isError && <Alert color="red">{mediators.error.message}</Alert>}
      <DataTable
        aria-label="调解员名册"
        withTableBorder
        highlightOnHover
        minHeight={mediators.data?.length ? undefined : 180}
        fetching={mediators.isFetching}
        records={mediators.data ?? []}
        noRecordsText={canManage ? '还没有登记调解员，请点“登记调解员”' : '还没有登记调解员'}
        columns={[
          {
            accessor: 'name',
            title: '姓名',
            render: (m) => (
              <div>
                <Text size="sm" fw={500}>
                  {m.name}
                </Text>
                {m.title && (
                  <Text size="xs" c="dimmed">
                    {m.title}
                  </Text>
                )}
              </div>
            ),
          },
          {
            accessor: 'employment',
            title: '专职/兼职',
            render: (m) => (
              <Badge variant="light" color={m.employment === 'full_time' ? 'indigo' : 'gray'}>
                {MEDIATOR_EMPLOYMENT_LABELS[m.employment]}
              </Badge>
            ),
          },
          {
            accessor: 'specialties',
            title: '擅长',
            render: (m) =>
              m.specialties.length === 0 ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                <Group gap={4}>
                  {m.specialties.map((s) => (
                    <Badge key={s} size="sm" variant="outline" color="gray">
                      {DISPUTE_TYPE_LABELS[s]}
                    </Badge>
                  ))}
                </Group>
              ),
          },
          { accessor: 'street', title: '街道 / 社区', render: place },
          { accessor: 'phone', title: '电话', render: (m) => m.phone ?? '—' },
          {
            accessor: 'openCaseCount',
            title: '在办案件',
            textAlign: 'right',
            render: (m) => <Text size="sm">{m.openCaseCount} 件</Text>,
          },
          {
            accessor: 'active',
            title: '状态',
            render: (m) =>
              m.active ? <Badge color="green">在职</Badge> : <Badge color="gray">已停用</Badge>,
          },
          ...(canManageUsers
            ? [
                {
                  accessor: 'account',
                  title: '登录账户',
                  render: (m: Mediator) => <MediatorAccount mediator={m} users={users.data ?? []} />,
                },
              ]
            : []),
          {
            accessor: 'actions',
            title: '操作',
            render: (m) => (
              <Group gap={4} wrap="nowrap">
                <Button size="xs" variant="light" onClick={() => setViewing(m)}>
                  日程
                </Button>
                {canManage && (
                  <Menu withinPortal>
                    <Menu.Target>
                      <Button size="xs" variant="subtle" aria-label={`${m.name}的操作`}>
                        <IconDots size={16} />
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setEditing({ mediator: m })}>编辑</Menu.Item>
                      <Menu.Item
                        color={m.active ? 'red' : undefined}
                        onClick={() => void setActive(m, !m.active)}
                      >
                        {m.active ? '停用' : '重新启用'}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
            ),
          },
        ]}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mediator ? `编辑调解员：${editing.mediator.name}` : '登记调解员'}
        size="xl"
      >
        {editing && <MediatorForm mediator={editing.mediator} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing ? `${viewing.name}的日程` : ''}
        size="70rem"
      >
        {viewing && <MediatorCalendar mediator={viewing} />}
      </Modal>
    </Stack>
  );
}
