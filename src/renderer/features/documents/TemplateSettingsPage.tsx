import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Code,
  FileButton,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DocumentTemplateId, DocumentTemplateInfo } from '../../../shared/types/documents.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadFile, toBase64 } from './documentFiles.ts';
import { TemplateUploadError, type TemplateProblem } from './TemplateUploadError.tsx';

function PlaceholderList({ template }: { template: DocumentTemplateInfo }) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>占位符</Table.Th>
          <Table.Th>含义</Table.Th>
          <Table.Th>必填</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {template.placeholders.map((spec) => (
          <Table.Tr key={spec.key}>
            <Table.Td>
              <Code>{`{{${spec.key}}}`}</Code>
            </Table.Td>
            <Table.Td>
              {spec.meaning}
              {spec.repeat && (
                <Text span size="xs" c="dimmed">
                  （按行重复）
                </Text>
              )}
            </Table.Td>
            <Table.Td>{spec.required ? '是' : '否'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 设置 → 文书模板 (administrators): replace a template with the centre's .docx, or go back to the built-in. */
export function TemplateSettingsPage() {
  const client = useApiClient();
  const templates = useApiQuery('document.templates', {});
  const upload = useApiMutation('document.uploadTemplate', ['document.templates']);
  const revert = useApiMutation('document.revertTemplate', ['document.templates']);
  const [problem, setProblem] = useState<TemplateProblem | null>(null);
  const [placeholders, setPlaceholders] = useState<DocumentTemplateInfo | null>(null);

  async function onUpload(template: DocumentTemplateInfo, file: File | null): Promise<void> {
    if (!file) return;
    setProblem(null);
    try {
      const result = await upload.mutateAsync({
        templateId: template.id,
        fileName: file.name,
        base64: await toBase64(file),
      });
      notifications.show({
        color: 'green',
        message: `《${result.title}》已改用本中心第 ${result.override?.version ?? ''} 版模板`,
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TEMPLATE_INVALID') {
        const details = error.details ?? {};
        setProblem({
          title: template.title,
          message: error.message,
          missing: (details['missing'] as TemplateProblem['missing'] | undefined) ?? [],
          unknown: (details['unknown'] as string[] | undefined) ?? [],
          outsideRows: (details['outsideRows'] as string[] | undefined) ?? [],
        });
        return;
      }
      showApiError(error, '模板没有上传');
    }
  }

  async function fetchFile(method: 'document.templateFile' | 'document.blankForm', id: DocumentTemplateId) {
    try {
      downloadFile(await client.call(method, { templateId: id }));
    } catch (error) {
      showApiError(error, '下载没有完成');
    }
  }

  function confirmRevert(template: DocumentTemplateInfo): void {
    modals.openConfirmModal({
      title: `恢复《${template.title}》的内置模板`,
      children: (
        <Text size="sm">之后生成的文书将使用内置模板；本中心上传的各版本仍保留，可随时重新上传。</Text>
      ),
      labels: { confirm: '恢复内置模板', cancel: '取消' },
      onConfirm: () =>
        void revert.mutateAsync({ templateId: template.id }).then(
          () => notifications.show({ color: 'green', message: `《${template.title}》已恢复为内置模板` }),
          (error: unknown) => showApiError(error, '没有恢复'),
        ),
    });
  }

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} href="/settings">
          设置
        </Anchor>
        <Text>文书模板</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        文书模板
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        可以把任何一种文书换成本中心的版本：下载当前模板，用 WPS 或 Word 修改（先关闭“修订”，占位符如
        <Code>{'{{caseNo}}'}</Code> 请从占位符清单中复制），另存为 .docx 后上传。上传时会检查文件和占位符，
        未通过不会启用；随时可以恢复为内置模板。
      </Text>
      {problem && <TemplateUploadError problem={problem} onClose={() => setProblem(null)} />}
      {templates.isPending ? (
        <Loader />
      ) : templates.error ? (
        <Text c="red">{templates.error.message}</Text>
      ) : (
        <Paper withBorder>
          <Table striped aria-label="文书模板">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>文书</Table.Th>
                <Table.Th>当前使用</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((template) => (
                <Table.Tr key={template.id} data-template={template.id}>
                  <Table.Td>
                    <Text size="sm">{template.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    {template.override ? (
                      <Stack gap={0}>
                        <Badge color="grape" variant="light">
                          本中心第 {template.override.version} 版
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {template.override.uploadedBy} · {formatDateTime(template.override.uploadedAt)}
                        </Text>
                      </Stack>
                    ) : (
                      <Badge variant="light">内置 第 {template.version} 版</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setPlaceholders(template)}>
                        占位符
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => void fetchFile('document.templateFile', template.id)}
                      >
                        下载模板
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => void fetchFile('document.blankForm', template.id)}
                      >
                        空白表
                      </Button>
                      <FileButton
                        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        onChange={(file) => void onUpload(template, file)}
                      >
                        {(props) => (
                          <Button
                            size="compact-sm"
                            variant="light"
                            loading={upload.isPending && upload.variables?.templateId === template.id}
                            aria-label={`上传《${template.title}》`}
                            {...props}
                          >
                            上传
                          </Button>
                        )}
                      </FileButton>
                      {template.override && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => confirmRevert(template)}
                        >
                          恢复内置
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Modal
        opened={placeholders !== null}
        onClose={() => setPlaceholders(null)}
        title={placeholders ? `《${placeholders.title}》占位符清单` : ''}
        size="lg"
      >
        {placeholders && <PlaceholderList template={placeholders} />}
      </Modal>
    </Stack>
  );
}
