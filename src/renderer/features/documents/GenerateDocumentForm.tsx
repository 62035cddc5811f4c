import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/types/dispute.ts';
import type {
  CaseDocumentInfo,
  DocumentMode,
  DocumentTemplateId,
  DocumentTemplateInfo,
  MissingItem,
} from '../../../shared/types/documents.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadFile } from './documentFiles.ts';

function eventOptions(template: DocumentTemplateInfo | undefined, detail: CaseDetail | undefined) {
  if (!template || !detail) return [];
  if (template.event === 'session') {
    const kind = template.id === 'investigationRecord' ? 'investigation' : 'mediation';
    return detail.sessions
      .filter((session) => session.status === 'held' && session.kind === kind)
      .map((session) => ({
        value: session.id,
        label: `${session.startAt.replace('T', ' ')} ${session.place}`,
      }));
  }
  if (template.event === 'followUp') {
    return detail.followUps
      .filter((visit) => visit.status === 'done')
      .map((visit) => ({
        value: visit.id,
        label: `${visit.visitedOn ?? visit.dueOn} ${visit.visitor ?? ''}`,
      }));
  }
  return [];
}

/** Choose a template and 正式/草稿, generate; a final document with missing data lists what is missing. */
export function GenerateDocumentForm({
  caseId,
  detail,
  templates,
  onGenerated,
}: {
  caseId: string;
  detail: CaseDetail | undefined;
  templates: readonly DocumentTemplateInfo[];
  onGenerated: (document: CaseDocumentInfo) => void;
}) {
  const client = useApiClient();
  const generate = useApiMutation('document.generate', ['document.list']);
  const [templateId, setTemplateId] = useState<DocumentTemplateId>('agreement');
  const [mode, setMode] = useState<DocumentMode>('final');
  const [eventId, setEventId] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ title: string; items: readonly MissingItem[] } | null>(null);
  const template = templates.find((candidate) => candidate.id === templateId);
  const events = eventOptions(template, detail);

  async function run(chosenMode: DocumentMode): Promise<void> {
    setMissing(null);
    try {
      const document = await generate.mutateAsync({
        caseId,
        templateId,
        mode: chosenMode,
        ...(template?.event === 'session' && eventId && { sessionId: eventId }),
        ...(template?.event === 'followUp' && eventId && { followUpId: eventId }),
      });
      notifications.show({
        color: 'green',
        message: `已生成《${document.title}》第 ${document.version} 版${chosenMode === 'draft' ? '（草稿）' : ''}`,
      });
      onGenerated(document);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'DOCUMENT_DATA_MISSING') {
        const items = (error.details?.['missing'] as MissingItem[] | undefined) ?? [];
        setMissing({ title: template?.title ?? '', items });
        return;
      }
      showApiError(error, '文书没有生成');
    }
  }

  async function blankForm(): Promise<void> {
    try {
      downloadFile(await client.call('document.blankForm', { templateId }));
    } catch (error) {
      showApiError(error, '空白表没有生成');
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        生成文书
      </Title>
      <Stack gap="sm">
        <Group align="end" wrap="wrap">
          <Select
            label="文书"
            w={280}
            allowDeselect={false}
            value={templateId}
            onChange={(value) => {
              if (value) setTemplateId(value as DocumentTemplateId);
              setEventId(null);
              setMissing(null);
            }}
            data={templates
              .filter((candidate) => !candidate.dossierOnly)
              .map((candidate) => ({
                value: candidate.id,
                label: candidate.source === 'override' ? `${candidate.title}（本中心模板）` : candidate.title,
              }))}
          />
          {template?.event && (
            <Select
              label={template.event === 'session' ? '哪一次调解/调查' : '哪一次回访'}
              w={260}
              placeholder={events.length === 0 ? '尚无记录' : '默认：第一次/最近一次'}
              data={events}
              value={eventId}
              onChange={setEventId}
              clearable
            />
          )}
          <SegmentedControl
            aria-label="正式或草稿"
            value={mode}
            onChange={(value) => setMode(value as DocumentMode)}
            data={[
              { value: 'final', label: '正式' },
              { value: 'draft', label: '草稿' },
            ]}
          />
          <Button loading={generate.isPending} onClick={() => void run(mode)}>
            生成
          </Button>
          <Button variant="default" onClick={() => void blankForm()}>
            空白表
          </Button>
        </Group>
        {template && (
          <Text size="sm" c="dimmed">
            {template.description}
          </Text>
        )}
        {missing && (
          <Alert color="orange" title={`无法生成正式的《${missing.title}》，缺少以下信息`}>
            <List size="sm" mb="sm">
              {missing.items.map((item) => (
                <List.Item key={item.key}>{item.meaning}</List.Item>
              ))}
            </List>
            <Group gap="xs">
              <Text size="sm">请在案件中补充后重新生成，或先生成草稿（缺项留出填写线）。</Text>
              <Button size="xs" variant="light" onClick={() => void run('draft')}>
                生成草稿
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
