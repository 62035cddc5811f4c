import { Alert, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DossierOutcome } from '../../../shared/types/documents.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadFile } from './documentFiles.ts';

/**
 * 一键组卷: generates every document the case's data calls for that has no final version yet, then binds
 * cover, 目录, the latest final documents, filed scans and 备考表; a PDF when LibreOffice is installed.
 */
export function DossierSection({ caseId }: { caseId: string }) {
  const client = useApiClient();
  const build = useApiMutation('document.dossier', ['document.list']);
  const [outcome, setOutcome] = useState<DossierOutcome | null>(null);

  async function run(): Promise<void> {
    setOutcome(null);
    try {
      setOutcome(await build.mutateAsync({ caseId }));
    } catch (error) {
      showApiError(error, '卷宗没有生成');
    }
  }

  async function download(): Promise<void> {
    if (!outcome) return;
    try {
      downloadFile(await client.call('document.download', { documentId: outcome.dossier.id }));
    } catch (error) {
      showApiError(error, '下载没有完成');
    }
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          卷宗
        </Title>
        <Button onClick={() => void run()} loading={build.isPending} variant="light">
          一键组卷
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        先按案件信息补齐尚未生成的文书（申请书或登记表、告知书、笔录、协议书、回访记录等），再按卷宗顺序装订：
        封面、卷内目录、各文书（每种取最新的正式版本）、已上传的扫描材料、卷内备考表。装有 LibreOffice
        时合成一个 PDF，目录页号自动填写；否则生成 DOCX 文件压缩包。
      </Text>
      {build.isPending && (
        <Stack gap={4}>
          <Progress value={100} striped animated aria-label="正在组卷" />
          <Text size="sm" c="dimmed">
            正在组卷，转换 PDF 可能需要一些时间……
          </Text>
        </Stack>
      )}
      {outcome && (
        <Stack gap="sm">
          <Alert color={outcome.pdfStatus === 'created' ? 'green' : 'yellow'} title="组卷完成">
            <List size="sm">
              {outcome.messages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          </Alert>
          {outcome.missing.length > 0 && (
            <Alert color="orange" title="缺少必备材料">
              <List size="sm">
                {outcome.missing.map((item) => (
                  <List.Item key={item.slot}>
                    {item.label}
                    {item.detail ? `（${item.detail}）` : ''}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group>
            <Button onClick={() => void download()}>
              下载卷宗（{outcome.dossier.mimeType === 'application/pdf' ? 'PDF' : 'DOCX 压缩包'}）
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
