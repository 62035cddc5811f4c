import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { CaseDocumentInfo } from '../../../shared/types/documents.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { desktopActions } from './desktopActions.ts';
import { downloadFile, fileBytes } from './documentFiles.ts';
import { DocxPreview } from './DocxPreview.tsx';

function reportFailure(result: { ok: boolean; error?: { message: string } }): void {
  if (!result.ok) notifications.show({ color: 'red', message: result.error?.message ?? '操作没有完成' });
}

/**
 * The selected document rendered in the page, with print and save. In the desktop app the system
 * dialogs are used (print, 打印为 PDF, 另存为, open in WPS/Word); in the browser, window.print and a
 * download.
 */
export function DocumentViewer({ document }: { document: CaseDocumentInfo }) {
  const file = useApiQuery('document.download', { documentId: document.id }, { staleTime: Infinity });
  const bytes = useMemo(() => (file.data ? fileBytes(file.data) : null), [file.data]);
  const desktop = desktopActions();

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              {document.title}（第 {document.version} 版{document.mode === 'draft' ? '，草稿' : ''}）
            </Title>
            <Text size="xs" c="dimmed">
              {formatDateTime(document.generatedAt)} · {document.generatedBy} · 预览为近似效果，以 WPS/Word
              打开或打印为准
            </Text>
          </div>
          <Group gap="xs">
            <Button
              leftSection={<IconPrinter size={16} />}
              disabled={!bytes}
              onClick={() => (desktop ? void desktop.print().then(reportFailure) : window.print())}
            >
              打印
            </Button>
            {desktop && (
              <Button
                variant="default"
                leftSection={<IconFileTypePdf size={16} />}
                disabled={!bytes}
                onClick={() =>
                  void desktop
                    .printToPdf({ suggestedName: document.fileName.replace(/\.docx$/, '.pdf') })
                    .then(reportFailure)
                }
              >
                打印为 PDF
              </Button>
            )}
            {desktop && bytes && (
              <Button
                variant="default"
                onClick={() =>
                  void desktop.openDocument({ fileName: document.fileName, data: bytes }).then(reportFailure)
                }
              >
                用 WPS/Word 打开
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={!file.data}
              onClick={() => {
                if (!file.data) return;
                if (desktop && bytes) {
                  void desktop
                    .saveFile({ suggestedName: document.fileName, data: bytes })
                    .then(reportFailure);
                } else downloadFile(file.data);
              }}
            >
              {desktop ? '另存为' : '下载'}
            </Button>
          </Group>
        </Group>
        {file.isPending && <Loader size="sm" />}
        {file.error && <Text c="red">{file.error.message}</Text>}
        {bytes && <DocxPreview bytes={bytes} />}
      </Stack>
    </Paper>
  );
}
