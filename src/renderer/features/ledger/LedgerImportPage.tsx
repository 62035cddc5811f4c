import { Alert, Anchor, Button, FileButton, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import {
  LEDGER_CHUNK_ROWS,
  LEDGER_MAX_BYTES,
  type LedgerDryRun,
  type LedgerField,
  type LedgerPreview,
} from '../../../shared/types/ledgerImport.ts';
import type { DisputeType } from '../../../shared/types/disputeTaxonomy.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { showApiError } from '../common/showApiError.ts';
import { downloadBase64, readFileAsBase64 } from '../export/fileTransfer.ts';
import { DisputeTypeMapping, LedgerMappingTable } from './LedgerMappingTable.tsx';
import { LedgerIssuesTable } from './LedgerIssuesTable.tsx';

interface Totals {
  imported: number;
  alreadyImported: number;
  badRows: number;
  repeatParties: number;
}

const ENCODING_LABELS = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  gb18030: 'GBK/GB18030（WPS、旧版 Excel）',
  'utf-16le': 'UTF-16（Unicode 文本）',
} as const;

/** 案件 → 导入台账: upload, check the columns, dry run, import in chunks with a progress bar. */
export function LedgerImportPage() {
  const client = useApiClient();
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [columns, setColumns] = useState<(LedgerField | null)[]>([]);
  const [disputeTypes, setDisputeTypes] = useState<Record<string, DisputeType>>({});
  const [dryRun, setDryRun] = useState<{ key: string; result: LedgerDryRun } | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'importing' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const mappingKey = JSON.stringify([preview?.fileId, columns, disputeTypes]);
  const current = dryRun?.key === mappingKey ? dryRun.result : null;

  async function downloadTemplate() {
    try {
      const file = await client.call('ledger.template', {});
      downloadBase64(file.fileName, file.mimeType, file.base64);
    } catch (error) {
      showApiError(error, '模板没有下载');
    }
  }

  async function choose(file: File | null) {
    if (!file) return;
    if (file.size > LEDGER_MAX_BYTES) {
      notifications.show({
        color: 'red',
        title: '文件没有读取',
        message: `文件太大：台账文件不能超过 ${LEDGER_MAX_BYTES / 1024 / 1024} MB`,
      });
      return;
    }
    setBusy('reading');
    setTotals(null);
    setDryRun(null);
    setProgress(null);
    try {
      const base64 = await readFileAsBase64(file, () => undefined);
      const parsed = await client.call('ledger.parse', { fileName: file.name, base64 });
      setPreview(parsed);
      setColumns(parsed.columns.map((c) => c.field));
      setDisputeTypes({});
    } catch (error) {
      showApiError(error, '文件没有读取成功');
    } finally {
      setBusy(null);
    }
  }

  async function check() {
    if (!preview) return;
    setBusy('checking');
    try {
      const result = await client.call('ledger.dryRun', { fileId: preview.fileId, columns, disputeTypes });
      setDryRun({ key: mappingKey, result });
    } catch (error) {
      showApiError(error, '试导入没有完成');
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!preview) return;
    setBusy('importing');
    const sum: Totals = { imported: 0, alreadyImported: 0, badRows: 0, repeatParties: 0 };
    setProgress({ done: 0, total: preview.rowCount });
    try {
      let fromIndex = 0;
      for (;;) {
        const chunk = await client.call('ledger.import', {
          fileId: preview.fileId,
          columns,
          disputeTypes,
          fromIndex,
          count: LEDGER_CHUNK_ROWS,
        });
        sum.imported += chunk.imported;
        sum.alreadyImported += chunk.alreadyImported;
        sum.badRows += chunk.badRows;
        sum.repeatParties += chunk.repeatParties;
        setProgress({ done: chunk.nextIndex, total: chunk.total });
        if (chunk.done) break;
        fromIndex = chunk.nextIndex;
      }
      setTotals(sum);
      setDryRun(null);
    } catch (error) {
      // Chunks already written stay; importing the file again continues without duplicates.
      setTotals(sum);
      showApiError(error, '导入中断：已完成的部分已保存，重新导入同一文件即可继续');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          导入台账
        </Title>
        <Anchor component={Link} href="/cases">
          返回案件列表
        </Anchor>
      </Group>
      <Alert color="blue" title="逐行导入，不会重复">
        <Text size="sm">
          把已有的 Excel 台账（.xlsx）或 CSV
          文件导入为案件，登记、受理、结案日期按台账原样保存，统计报表按这些日期计入各月。
          先“试导入”：列出每一个有问题的行（行号、列、原因），此时不写入任何数据。正式导入时，合格的行成为案件，有问题的行跳过。
          之所以逐行而不是“全部或全不”：多年的台账难免有几行填错，不应让一行错字挡住全年的案件；每一行都有固定标识（案号，没有案号时按整行内容），
          改好有问题的行后再导入同一文件（或有重叠的另一份文件），只补入新的行，已导入的不会重复。每{' '}
          {LEDGER_CHUNK_ROWS}{' '}
          行为一批写入，一批要么全部写入要么都不写；中途断开时，已完成的批次保留，再导入一次即可继续。
        </Text>
      </Alert>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          1. 选择文件
        </Title>
        <Group>
          <FileButton onChange={(file) => void choose(file)} accept=".xlsx,.csv">
            {(props) => (
              <Button leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'reading'} {...props}>
                选择台账文件（.xlsx / .csv）…
              </Button>
            )}
          </FileButton>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} />}
            onClick={() => void downloadTemplate()}
          >
            下载导入模板
          </Button>
        </Group>
        {preview && (
          <Text size="sm" mt="sm" role="status">
            已读取《{preview.fileName}》{preview.sheetName ? `工作表“${preview.sheetName}”` : ''}
            {preview.encoding ? `（编码：${ENCODING_LABELS[preview.encoding]}）` : ''}：表头在第{' '}
            {preview.headerRows.join('、')} 行，数据 {preview.rowCount} 行。
          </Text>
        )}
      </Paper>

      {preview && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            2. 核对各列
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            已按表头自动识别。识别不对的，请在“导入为”中改正；不需要的列选“不导入”。申请人、纠纷类型，以及登记日期或受理日期必须有对应的列。
          </Text>
          <LedgerMappingTable preview={preview} columns={columns} onChange={setColumns} />
          <Group mt="md">
            <Button onClick={() => void check()} loading={busy === 'checking'} disabled={busy !== null}>
              试导入（只检查，不写入）
            </Button>
          </Group>
        </Paper>
      )}

      {preview && current && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            3. 试导入结果
          </Title>
          <Text size="sm" role="status" mb="sm">
            共 {current.total} 行：可导入 {current.importable} 行，以前已导入 {current.alreadyImported}{' '}
            行（将跳过），有问题 {current.badRows} 行（不导入）。
          </Text>
          {current.unknownDisputeTypes.length > 0 && (
            <Stack gap="xs" mb="sm">
              <Text size="sm">
                以下纠纷类型无法自动识别。可以在这里指定按哪一类导入，然后重新试导入；也可以改正文件后重新上传。
              </Text>
              <DisputeTypeMapping
                words={current.unknownDisputeTypes}
                value={disputeTypes}
                onChange={setDisputeTypes}
              />
            </Stack>
          )}
          {current.errors.length > 0 && <LedgerIssuesTable issues={current.errors} label="有问题的行" />}
          {current.warnings.length > 0 && (
            <Stack gap={4} mt="sm">
              <Text size="sm" fw={600}>
                提示（照常导入）
              </Text>
              <LedgerIssuesTable issues={current.warnings} label="导入提示" />
            </Stack>
          )}
          <Group mt="md">
            <Button
              color="green"
              onClick={() => void runImport()}
              loading={busy === 'importing'}
              disabled={busy !== null || current.importable === 0}
            >
              导入 {current.importable} 行合格的数据
            </Button>
          </Group>
        </Paper>
      )}
      {preview && dryRun && !current && !totals && (
        <Text size="sm" c="orange">
          列的对应关系或纠纷类型已改动，请重新试导入。
        </Text>
      )}

      {progress && (
        <Paper withBorder p="md" role="status" aria-live="polite">
          <Text size="sm" mb={4}>
            {busy === 'importing' ? '正在导入' : '已处理'} {progress.done} / {progress.total} 行
          </Text>
          <Progress
            value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
            aria-label="导入进度"
          />
        </Paper>
      )}
      {totals && busy === null && (
        <Alert color="green" title="导入完成">
          新导入 {totals.imported} 件案件；以前已导入、本次跳过 {totals.alreadyImported} 行；有问题未导入{' '}
          {totals.badRows} 行；{totals.repeatParties}{' '}
          位当事人按身份证号与已有案件关联（重复来访）。导入的案件在时间线上注明“导入”及文件名和行号，可在
          <Anchor component={Link} href="/cases">
            案件列表
          </Anchor>
          中打开，继续补录文书和缺少的步骤。
        </Alert>
      )}
    </Stack>
  );
}
