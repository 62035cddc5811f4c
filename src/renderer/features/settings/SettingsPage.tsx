import { Button, Code, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { AppInfo } from '../../../shared/types/appInfo.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import { Link } from 'wouter';
import { ORGANISATION_KIND_LABELS, ORGANISATION_LEVEL_LABELS } from '../../../shared/types/organisation.ts';
import { useApiQuery } from '../../api/useApi.ts';

export function SettingsPage({ info, user }: { info: AppInfo; user: SessionUser }) {
  const home = useApiQuery('org.home', {});
  const org = home.data;
  return (
    <Stack maw={760}>
      <Title order={2}>设置</Title>
      {user.role === 'admin' && (
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
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
          </Group>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          本机所属组织
        </Title>
        {!org ? (
          <Loader size="sm" />
        ) : (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>组织全称</Table.Th>
                <Table.Td>{org.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>类型 / 层级</Table.Th>
                <Table.Td>
                  {ORGANISATION_KIND_LABELS[org.kind]} / {ORGANISATION_LEVEL_LABELS[org.level]}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>行政区划代码</Table.Th>
                <Table.Td>{org.regionCode}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>案号简称</Table.Th>
                <Table.Td>{org.abbreviation}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>印章名称</Table.Th>
                <Table.Td>{org.sealName ?? '（未填写）'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
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
    </Stack>
  );
}
