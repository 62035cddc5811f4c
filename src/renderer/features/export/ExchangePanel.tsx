import {
  Alert,
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { registerPeerInput } from '../../../shared/schemas/exchange.ts';
import {
  PEER_KIND_LABELS,
  PEER_KINDS,
  type ImportSummary,
  type PeerKind,
} from '../../../shared/types/exchange.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadBase64, readFileAsBase64 } from './fileTransfer.ts';

interface Progressing {
  readonly label: string;
  /** null: the step has no measurable progress (the core works on it in one call). */
  readonly percent: number | null;
}

function ProgressBox({ progress }: { progress: Progressing | null }) {
  if (!progress) return null;
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite">
      <Text size="sm" mb={4}>
        {progress.label}
      </Text>
      <Progress
        value={progress.percent ?? 100}
        animated={progress.percent === null}
        striped={progress.percent === null}
        aria-label={progress.label}
      />
    </Paper>
  );
}

function RegisterPeerForm() {
  const register = useApiMutation('exchange.registerPeer', ['exchange.peers']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { peerId: '', name: '', kind: 'station' as PeerKind, publicKey: '' },
    validate: schemaResolver(registerPeerInput, { sync: true }),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await register.mutateAsync(values);
      form.reset();
      notifications.show({ color: 'green', title: '已登记', message: values.name });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      showApiError(error, '没有登记');
    }
  });
  return (
    <form onSubmit={submit} aria-label="登记站点或中心">
      <Stack>
        <Group grow>
          <TextInput label="对方的站点标识" key={form.key('peerId')} {...form.getInputProps('peerId')} />
          <TextInput label="名称" key={form.key('name')} {...form.getInputProps('name')} />
          <Select
            label="对方是"
            data={PEER_KINDS.map((k) => ({ value: k, label: PEER_KIND_LABELS[k] }))}
            allowDeselect={false}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
        </Group>
        <Textarea
          label="对方的公钥"
          autosize
          minRows={3}
          styles={{ input: { fontFamily: 'monospace' } }}
          key={form.key('publicKey')}
          {...form.getInputProps('publicKey')}
        />
        <Group>
          <Button type="submit" variant="light" loading={register.isPending}>
            登记
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function summaryText(s: ImportSummary): string {
  return `来自${s.from}：新增 ${s.inserted} 件，更新 ${s.updated} 件，无变化 ${s.unchanged} 件，冲突 ${s.conflicts} 件；调解员 ${s.mediators} 名；附件 ${s.files} 个。`;
}

/** This installation's key, registered peers, making and importing packages, and their history. */
export function ExchangePanel() {
  const identity = useApiQuery('exchange.identity', {});
  const peers = useApiQuery('exchange.peers', {});
  const createIdentity = useApiMutation('exchange.createIdentity', ['exchange.identity']);
  const packages = useApiQuery('exchange.packages', {});
  const exportPackage = useApiMutation('exchange.exportPackage', ['exchange.packages', 'exchange.peers']);
  const importPackage = useApiMutation('exchange.importPackage', [
    'exchange.packages',
    'exchange.peers',
    'exchange.conflicts',
  ]);
  const [target, setTarget] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [progress, setProgress] = useState<Progressing | null>(null);
  const [lastImport, setLastImport] = useState<ImportSummary | null>(null);

  const doExport = async () => {
    if (!target) return;
    setProgress({ label: '正在收集变动的案件和附件、计算校验值并签名……', percent: null });
    try {
      const file = await exportPackage.mutateAsync({ peerId: target, full });
      setProgress({ label: '正在保存文件……', percent: 100 });
      downloadBase64(file.fileName, 'application/zip', file.base64);
      notifications.show({
        color: file.missingFiles.length ? 'orange' : 'green',
        title: '交换包已生成',
        message: `${file.caseCount} 件案件、${file.fileCount} 个附件${file.missingFiles.length ? `；本机缺少文件：${file.missingFiles.join('、')}` : ''}`,
      });
    } catch (error) {
      showApiError(error, '没有生成交换包');
    } finally {
      setProgress(null);
    }
  };

  const doImport = async (file: File | null) => {
    if (!file) return;
    setLastImport(null);
    try {
      const base64 = await readFileAsBase64(file, (percent) =>
        setProgress({ label: `正在读取文件（${percent}%）……`, percent }),
      );
      setProgress({
        label: '正在核验签名和每个文件的校验值，并合并（全部成功或全部不导入）……',
        percent: null,
      });
      const summary = await importPackage.mutateAsync({ base64 });
      setLastImport(summary);
    } catch (error) {
      showApiError(error, '交换包没有导入');
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          本单位
        </Title>
        {identity.isError && <Alert color="red">{identity.error.message}</Alert>}
        {identity.data && identity.data.publicKey === null && (
          <Group>
            <Text size="sm">本单位还没有交换密钥。生成后，把站点标识和公钥交给对方登记。</Text>
            <Button
              variant="light"
              onClick={() =>
                void createIdentity.mutateAsync({}).catch((e: unknown) => showApiError(e, '没有生成密钥'))
              }
              loading={createIdentity.isPending}
            >
              生成密钥
            </Button>
          </Group>
        )}
        {identity.data?.publicKey && (
          <Stack gap={4}>
            <Text size="sm">
              {identity.data.name} · 站点标识 <Code>{identity.data.peerId}</Code> · 指纹{' '}
              <Code>{identity.data.fingerprint}</Code>
            </Text>
            <Text size="xs" c="dimmed">
              把站点标识和下面的公钥交给对方登记（公钥可以公开，私钥不离开本机）。
            </Text>
            <Code block>{identity.data.publicKey}</Code>
          </Stack>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          已登记的站点与中心
        </Title>
        <DataTable
          aria-label="已登记的站点与中心"
          withTableBorder
          minHeight={100}
          records={peers.data ?? []}
          idAccessor="peerId"
          noRecordsText="还没有登记。"
          columns={[
            { accessor: 'name', title: '名称' },
            { accessor: 'kind', title: '类型', render: (p) => PEER_KIND_LABELS[p.kind] },
            { accessor: 'fingerprint', title: '公钥指纹' },
            { accessor: 'lastExportSeq', title: '已发出' },
            { accessor: 'lastImportSeq', title: '已收到' },
          ]}
        />
        <Title order={3} size="h5" mt="md" mb="xs">
          登记新的站点或中心
        </Title>
        <RegisterPeerForm />
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          生成与导入交换包
        </Title>
        <Stack>
          <Group align="end">
            <Select
              label="发给"
              placeholder="选择站点或中心"
              data={(peers.data ?? []).map((p) => ({ value: p.peerId, label: p.name }))}
              value={target}
              onChange={setTarget}
              w={280}
            />
            <Switch
              label="全部重新发送（不只是上次之后的变动）"
              checked={full}
              onChange={(e) => setFull(e.currentTarget.checked)}
            />
            <Button onClick={() => void doExport()} disabled={!target} loading={exportPackage.isPending}>
              生成交换包
            </Button>
            <FileButton onChange={(file) => void doImport(file)} accept=".zip,application/zip">
              {(props) => (
                <Button variant="light" loading={importPackage.isPending} {...props}>
                  导入交换包…
                </Button>
              )}
            </FileButton>
          </Group>
          <ProgressBox progress={progress} />
          {lastImport && (
            <Alert color={lastImport.conflicts ? 'orange' : 'green'} title="导入完成">
              {summaryText(lastImport)}
              {lastImport.conflicts ? ' 请在“冲突”页逐件处理。' : ''}
            </Alert>
          )}
        </Stack>
      </Paper>

      <DataTable
        aria-label="交换记录"
        withTableBorder
        minHeight={100}
        records={packages.data ?? []}
        idAccessor={(p) => `${p.direction}-${p.packageId}`}
        noRecordsText="还没有交换记录。"
        columns={[
          { accessor: 'at', title: '时间', render: (p) => formatDateTime(p.at) },
          {
            accessor: 'direction',
            title: '方向',
            render: (p) => <Badge variant="light">{p.direction === 'export' ? '发出' : '导入'}</Badge>,
          },
          {
            accessor: 'peerId',
            title: '对方',
            render: (p) => peers.data?.find((x) => x.peerId === p.peerId)?.name ?? p.peerId,
          },
          { accessor: 'seq', title: '序号' },
          { accessor: 'caseCount', title: '案件数' },
          { accessor: 'fileCount', title: '附件数' },
          { accessor: 'by', title: '操作人' },
        ]}
      />
    </Stack>
  );
}
