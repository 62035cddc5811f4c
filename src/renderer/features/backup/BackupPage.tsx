import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { backupSettingsInput } from '../../../shared/schemas/backup.ts';
import { BACKUP_KIND_LABELS, type BackupInfo } from '../../../shared/types/backup.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function SettingsForm() {
  const settings = useApiQuery('backup.settings', {});
  const update = useApiMutation('backup.updateSettings', ['backup.settings']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { folder: '', keep: 7 },
    validate: schemaResolver(backupSettingsInput, { sync: true }),
  });
  const loaded = settings.data;
  useEffect(() => {
    if (loaded) form.setValues({ folder: loaded.folder, keep: loaded.keep });
    // form is stable; only reload when the saved settings change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);
  const handleSubmit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      notifications.show({ color: 'green', title: '已保存', message: '备份设置已更新。' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      else showApiError(error, '设置没有保存');
    }
  });
  return (
    <form onSubmit={handleSubmit} aria-label="备份设置">
      <Stack>
        <TextInput
          label="备份文件夹"
          description={`例如U盘上的 E:\\调解台备份；留空则保存在 ${loaded?.effectiveFolder ?? '数据目录下的 backups 文件夹'}`}
          key={form.key('folder')}
          {...form.getInputProps('folder')}
        />
        <NumberInput
          label="保留最近几份每日备份"
          description="另外每个月保留一份"
          min={1}
          max={365}
          w={260}
          key={form.key('keep')}
          {...form.getInputProps('keep')}
        />
        <Group>
          <Button type="submit" variant="light" loading={update.isPending}>
            保存设置
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Manual backup and restore; the daily backup runs by itself in the background. */
export function BackupPage() {
  const queryClient = useQueryClient();
  const list = useApiQuery('backup.list', {});
  const run = useApiMutation('backup.run', ['backup.list']);
  const restore = useApiMutation('backup.restore');
  const [busy, setBusy] = useState<string | null>(null);

  const runBackup = async () => {
    setBusy('正在备份数据库、附件和文书，并核验备份……');
    try {
      const backup = await run.mutateAsync({});
      notifications.show({
        color: backup.verified ? 'green' : 'red',
        title: backup.verified ? '备份完成' : '备份没有通过核验',
        message: `${backup.folder}（${backup.verifyMessage}）`,
      });
    } catch (error) {
      showApiError(error, '备份没有完成');
    } finally {
      setBusy(null);
    }
  };

  const confirmRestore = (backup: BackupInfo) =>
    modals.openConfirmModal({
      title: '从备份恢复',
      children: (
        <Text size="sm">
          将用 {formatDateTime(backup.createdAt)}{' '}
          的备份替换当前全部数据。恢复前会先为当前数据另存一份“恢复前保护”备份。恢复后需要重新登录。
        </Text>
      ),
      labels: { confirm: '恢复', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setBusy('正在核验备份并恢复数据……');
        try {
          const outcome = await restore.mutateAsync({ id: backup.id });
          notifications.show({
            color: 'green',
            title: '已恢复',
            message: outcome.safetyCopy
              ? `保护备份：${outcome.safetyCopy.folder}`
              : `原数据文件已损坏，已原样保留在：${outcome.keptDamagedFile ?? ''}`,
          });
          await queryClient.invalidateQueries();
        } catch (error) {
          showApiError(error, '没有恢复');
        } finally {
          setBusy(null);
        }
      },
    });

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} href="/settings">
          设置
        </Anchor>
        <Text>数据备份</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">
          数据备份
        </Title>
        <Button
          leftSection={<IconDatabaseExport size={16} />}
          onClick={() => void runBackup()}
          loading={busy !== null}
        >
          立即备份
        </Button>
      </Group>
      {busy && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Text size="sm" mb="xs">
            {busy}
          </Text>
          <Progress value={100} animated striped aria-label={busy} />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          设置
        </Title>
        <SettingsForm />
      </Paper>
      {list.isError && <Alert color="red">{list.error.message}</Alert>}
      <DataTable
        aria-label="备份列表"
        withTableBorder
        minHeight={160}
        fetching={list.isFetching}
        records={list.data ?? []}
        noRecordsText="还没有备份。每日自动备份会在程序运行时进行。"
        columns={[
          { accessor: 'createdAt', title: '时间', render: (b) => formatDateTime(b.createdAt) },
          { accessor: 'kind', title: '类型', render: (b) => BACKUP_KIND_LABELS[b.kind] },
          {
            accessor: 'verified',
            title: '核验',
            render: (b) =>
              b.verified ? (
                <Badge color="green">通过</Badge>
              ) : (
                <Badge color="red" title={b.verifyMessage}>
                  未通过
                </Badge>
              ),
          },
          { accessor: 'databaseBytes', title: '数据库大小', render: (b) => formatBytes(b.databaseBytes) },
          { accessor: 'fileCount', title: '文件数' },
          { accessor: 'folder', title: '位置' },
          {
            accessor: 'actions',
            title: '',
            render: (b) => (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                disabled={!b.verified || busy !== null}
                onClick={() => confirmRestore(b)}
              >
                恢复
              </Button>
            ),
          },
        ]}
      />
    </Stack>
  );
}
