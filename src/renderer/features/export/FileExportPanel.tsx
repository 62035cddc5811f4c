import { Button, Group, Progress, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadBase64 } from './fileTransfer.ts';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The same records as the outbox would send, for a period, as a file for upload by hand. */
export function FileExportPanel() {
  const [from, setFrom] = useState(`${today().slice(0, 8)}01`);
  const [to, setTo] = useState(today());
  const [format, setFormat] = useState<'jsonl' | 'xlsx'>('xlsx');
  const run = useApiMutation('export.exportFile');

  const exportFile = async () => {
    try {
      const file = await run.mutateAsync({ from, to, format });
      downloadBase64(file.fileName, file.mimeType, file.base64);
      notifications.show({
        color: 'green',
        title: '已导出',
        message: `${file.recordCount} 条记录：${file.fileName}`,
      });
    } catch (error) {
      showApiError(error, '没有导出');
    }
  };

  return (
    <Stack maw={560}>
      <Text size="sm">没有网络时，把某一时段内有变化的案件按当前映射导出为文件，再手工上传到平台。</Text>
      <Group grow>
        <TextInput
          label="开始日期"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          placeholder="YYYY-MM-DD"
        />
        <TextInput
          label="结束日期"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          placeholder="YYYY-MM-DD"
        />
      </Group>
      <SegmentedControl
        value={format}
        onChange={(v) => setFormat(v as 'jsonl' | 'xlsx')}
        data={[
          { value: 'xlsx', label: 'Excel（.xlsx）' },
          { value: 'jsonl', label: 'JSON Lines（.jsonl）' },
        ]}
        aria-label="文件格式"
      />
      {run.isPending && <Progress value={100} animated striped aria-label="正在导出" />}
      <Group>
        <Button onClick={() => void exportFile()} loading={run.isPending}>
          导出文件
        </Button>
      </Group>
    </Stack>
  );
}
