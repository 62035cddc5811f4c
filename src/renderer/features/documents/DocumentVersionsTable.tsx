import { Badge, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { CaseDocumentInfo } from '../../../shared/types/documents.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { shortHash } from './documentFiles.ts';

/** Every generated version, newest first: nothing is overwritten, so old versions stay listed. */
export function DocumentVersionsTable({
  documents,
  selectedId,
  onPreview,
  onDownload,
}: {
  documents: readonly CaseDocumentInfo[];
  selectedId: string | null;
  onPreview: (document: CaseDocumentInfo) => void;
  onDownload: (document: CaseDocumentInfo) => void;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        已生成的文书
      </Title>
      {documents.length === 0 ? (
        <Text c="dimmed" size="sm">
          还没有生成过文书。
        </Text>
      ) : (
        <Table striped highlightOnHover aria-label="已生成的文书">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文书</Table.Th>
              <Table.Th>版本</Table.Th>
              <Table.Th>生成时间</Table.Th>
              <Table.Th>生成人</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((document) => (
              <Table.Tr key={document.id} bg={document.id === selectedId ? 'blue.0' : undefined}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{document.title}</Text>
                    {document.mode === 'draft' && (
                      <Badge color="orange" variant="light" size="sm">
                        草稿
                      </Badge>
                    )}
                    {document.kind === 'dossier' && (
                      <Badge variant="light" size="sm">
                        {document.mimeType === 'application/pdf' ? 'PDF' : 'DOCX 压缩包'}
                      </Badge>
                    )}
                    {document.templateOverrideVersion !== null && (
                      <Badge color="grape" variant="light" size="sm">
                        本中心模板第{document.templateOverrideVersion}版
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>第 {document.version} 版</Table.Td>
                <Table.Td>{formatDateTime(document.generatedAt)}</Table.Td>
                <Table.Td>{document.generatedBy}</Table.Td>
                <Table.Td>
                  <Tooltip label={document.sha256}>
                    <Text size="xs" ff="monospace">
                      {shortHash(document.sha256)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {document.kind === 'document' && (
                      <Button size="compact-sm" variant="light" onClick={() => onPreview(document)}>
                        预览
                      </Button>
                    )}
                    <Button size="compact-sm" variant="default" onClick={() => onDownload(document)}>
                      下载
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
