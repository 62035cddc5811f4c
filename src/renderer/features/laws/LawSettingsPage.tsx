import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { DISPUTE_TYPE_LABELS, type DisputeType } from '../../../shared/types/disputeTaxonomy.ts';
import type { LawTopic } from '../../../shared/types/laws.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { shortLawTitle } from './ArticleText.tsx';
import { linesToRefs, refsToLines } from './lawTopicLines.ts';

const topicKey = (t: Pick<LawTopic, 'disputeType' | 'subtypeName'>) => `${t.disputeType}|${t.subtypeName}`;

function topicLabel(t: LawTopic): string {
  const type = DISPUTE_TYPE_LABELS[t.disputeType];
  return t.subtypeName ? `${type} / ${t.subtypeName}` : `${type}（整个类型）`;
}

/** Loading an amended statute: the file is read in the page and sent as text, never as a path. */
function LawFiles() {
  const laws = useApiQuery('law.list', {});
  const importFile = useApiMutation('law.import', [
    'law.list',
    'law.search',
    'law.forCase',
    'law.chapters',
    'law.articles',
  ]);
  const revert = useApiMutation('law.revert', [
    'law.list',
    'law.search',
    'law.forCase',
    'law.chapters',
    'law.articles',
  ]);

  const onFile = async (file: File | null) => {
    if (!file) return;
    try {
      const content = await file.text();
      const law = await importFile.mutateAsync({ fileName: file.name, content });
      notifications.show({
        color: 'green',
        message: `已导入《${law.title}》（${law.versionDate ?? '版本日期不详'} 版，${law.articleCount} 条）。`,
      });
    } catch (error) {
      showApiError(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="law-files-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="law-files-heading">
          法律法规文本
        </Title>
        <FileButton onChange={(f) => void onFile(f)} accept=".md,.txt,text/markdown,text/plain">
          {(props) => (
            <Button {...props} loading={importFile.isPending}>
              导入修订后的文本…
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        法律修订后，把新文本（与程序自带文件相同的格式：“# 法律名称”、修订记录、“&lt;!-- INFO END
        --&gt;”，然后每条以“第X条”开头）导入即可替换同名法律；民法典可以按编替换。条文序号必须连续完整，否则不会导入。
      </Text>
      <Table striped withTableBorder aria-label="法律法规文本">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>法律法规</Table.Th>
            <Table.Th>版本日期</Table.Th>
            <Table.Th>条数</Table.Th>
            <Table.Th>来源</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(laws.data ?? []).map((law) => (
            <Table.Tr key={law.id}>
              <Table.Td>{shortLawTitle(law.title)}</Table.Td>
              <Table.Td>{law.versionDate ?? '—'}</Table.Td>
              <Table.Td>{law.articleCount}</Table.Td>
              <Table.Td>
                {law.source === 'admin' ? (
                  <Badge variant="light" color="orange">
                    {law.loadedBy ?? '管理员'}导入
                  </Badge>
                ) : (
                  '程序自带'
                )}
              </Table.Td>
              <Table.Td>
                {law.source === 'admin' && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={revert.isPending}
                    onClick={() =>
                      revert.mutate({ lawId: law.id }, { onError: (error) => showApiError(error) })
                    }
                    aria-label={`恢复《${shortLawTitle(law.title)}》的程序自带文本`}
                  >
                    恢复自带文本
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Which articles 相关法条 shows for each dispute type and sub-type. */
function LawTopics() {
  const topics = useApiQuery('law.topics', {});
  const laws = useApiQuery('law.list', {});
  const save = useApiMutation('law.saveTopic', ['law.topics', 'law.forCase']);
  const [selected, setSelected] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = useMemo(
    () => (topics.data ?? []).find((t) => topicKey(t) === selected) ?? null,
    [topics.data, selected],
  );

  const submit = (articles: LawTopic['articles'] | null) => {
    if (!current) return;
    save.mutate(
      {
        disputeType: current.disputeType as DisputeType,
        subtypeName: current.subtypeName,
        articles: articles ? [...articles] : null,
      },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: `已保存“${topicLabel(current)}”的常用法条。` }),
        onError: (error) => showApiError(error),
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="law-topics-heading">
      <Title order={2} size="h3" id="law-topics-heading" mb="xs">
        纠纷类型与常用法条
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        案件页“相关法条”按这里的对应关系列出条文：先列子类的，再列纠纷类型的。每行一条，写法如“民法典 288”。
      </Text>
      <Stack gap="xs">
        <Select
          label="纠纷类型 / 子类"
          searchable
          data={(topics.data ?? []).map((t) => ({
            value: topicKey(t),
            label: `${topicLabel(t)}${t.source === 'custom' ? '（已修改）' : ''}`,
          }))}
          value={selected}
          onChange={(value) => {
            const topic = (topics.data ?? []).find((t) => topicKey(t) === value);
            setSelected(value);
            setText(topic ? refsToLines(topic.articles) : '');
            setError(null);
          }}
        />
        {current && (
          <>
            <Textarea
              label="常用法条"
              autosize
              minRows={4}
              maxRows={14}
              value={text}
              error={error}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group>
              <Button
                loading={save.isPending}
                onClick={() => {
                  const parsed = linesToRefs(text, laws.data ?? []);
                  if ('error' in parsed) setError(parsed.error);
                  else submit(parsed.refs);
                }}
              >
                保存
              </Button>
              {current.source === 'custom' && (
                <Button variant="default" onClick={() => submit(null)}>
                  恢复程序自带的对应关系
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function LawSettingsPage() {
  const laws = useApiQuery('law.list', {});
  return (
    <Stack maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} href="/settings">
          设置
        </Anchor>
        <Text>法条库</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        法条库
      </Title>
      {laws.error && <Alert color="red">{laws.error.message}</Alert>}
      <LawFiles />
      <LawTopics />
    </Stack>
  );
}
