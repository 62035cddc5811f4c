import { Button, Code, Group, Loader, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import type { AppInfo } from '../../../shared/types/appInfo.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_LEVEL_LABELS,
  type OrganisationDetail,
} from '../../../shared/types/organisation.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { OrganisationForm } from './OrganisationForm.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={140}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function orEmpty(value: string | null): string {
  return value ?? '（未填写）';
}

function HomeOrganisation({ org, parentName }: { org: OrganisationDetail; parentName: string | null }) {
  return (
    <Table aria-label="本机所属组织">
      <Table.Tbody>
        <Row label="组织全称">{org.name}</Row>
        <Row label="类型 / 层级">
          {ORGANISATION_KIND_LABELS[org.kind]} / {ORGANISATION_LEVEL_LABELS[org.level]}
        </Row>
        <Row label="行政区划代码">{org.regionCode}</Row>
        <Row label="案号简称">
          {org.abbreviation}
          <Text span size="xs" c="dimmed" ml="sm">
            （{new Date().getFullYear()}）{org.abbreviation}人调字第N号
          </Text>
        </Row>
        <Row label="印章名称">{orEmpty(org.sealName)}</Row>
        <Row label="地址">{orEmpty(org.address)}</Row>
        <Row label="电话">{orEmpty(org.phone)}</Row>
        <Row label="默认法院">{orEmpty(org.defaultCourt)}</Row>
        <Row label="上级组织">{parentName ?? '（未设置）'}</Row>
      </Table.Tbody>
    </Table>
  );
}

export function SettingsPage({ info, user }: { info: AppInfo; user: SessionUser }) {
  const orgs = useApiQuery('org.list', { includeInactive: true });
  const [editing, setEditing] = useState(false);
  const all = orgs.data ?? [];
  const home = all.find((o) => o.isHome);
  const parentName = all.find((o) => o.id === home?.parentId)?.name ?? null;
  const canManageOrg = roleHasPermission(user.role, 'org.manage');

  return (
    <Stack maw={820}>
      <Title order={1} size="h2">
        设置
      </Title>
      {user.role === 'admin' && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            管理
          </Title>
          <Group>
            <Button component={Link} href="/settings/users" variant="light">
              用户管理
            </Button>
            <Button component={Link} href="/settings/audit" variant="light">
              审计日志
            </Button>
            <Button component={Link} href="/settings/backup" variant="light">
              数据备份
            </Button>
            <Button component={Link} href="/settings/templates" variant="light">
              文书模板
            </Button>
            <Button component={Link} href="/settings/laws" variant="light">
              法条库
            </Button>
          </Group>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            本机所属组织
          </Title>
          {canManageOrg && home && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
            >
              编辑本机组织
            </Button>
          )}
        </Group>
        {orgs.isPending ? (
          <Loader size="sm" />
        ) : home ? (
          <HomeOrganisation org={home} parentName={parentName} />
        ) : (
          <Text c="red">{orgs.error?.message ?? '没有找到本机所属组织。'}</Text>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          修改案号简称只影响此后受理的案件编号；已编号的案件保留原来的案号。
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          基础资料
        </Title>
        <Group>
          <Button component={Link} href="/settings/organisations" variant="light">
            其他组织
          </Button>
          <Button component={Link} href="/settings/holidays" variant="light">
            节假日与调休
          </Button>
          <Button component={Link} href="/settings/subtypes" variant="light">
            纠纷子类
          </Button>
          <Button component={Link} href="/settings/replies" variant="light">
            答复时限
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          上级组织与可移交的街镇、区县调解组织；计算期限用的节假日表；登记纠纷时可选的本地子类；各转办来源的答复时限。
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          数据
        </Title>
        <Text size="sm">
          数据目录：<Code>{info.dataDir}</Code>
        </Text>
        <Text size="sm" c="dimmed" mt="xs">
          程序每天自动备份一次（数据库、附件与文书），管理员可在“数据备份”中改到U盘并手动备份或恢复。数据版本{' '}
          {info.schemaVersion}。
        </Text>
      </Paper>
      <Modal opened={editing} onClose={() => setEditing(false)} title="编辑本机所属组织" size="lg">
        {editing && home && (
          <OrganisationForm organisation={home} organisations={all} onDone={() => setEditing(false)} />
        )}
      </Modal>
    </Stack>
  );
}
