import { Button, Group, Loader, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { citationText } from '../../../shared/laws/articleReference.ts';
import type { LawArticle } from '../../../shared/types/laws.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { shortLawTitle } from './ArticleText.tsx';

/** Appends a citation to a free-text field on its own line (or as the first line of an empty one). */
export function appendCitation(current: string, citation: string): string {
  const trimmed = current.trimEnd();
  return trimmed === '' ? citation : `${trimmed}\n${citation}`;
}

/**
 * 引用法条 next to a record field (调解记录, 协议书): the case's 相关法条 are listed at once, any other
 * article is a search away; 插入 puts `依据《…》第…条` into the field, 连同条文 adds the article's words.
 * Two clicks from an open dialog to a cited article.
 */
export function CiteLawButton({
  caseId,
  target,
  onInsert,
}: {
  caseId: string;
  /** What the field is, for screen readers: 协议书, 调解记录. */
  target: string;
  onInsert: (text: string) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const related = useApiQuery('law.forCase', { caseId }, { enabled: opened });
  const found = useApiQuery(
    'law.search',
    { q: debounced, page: 1, pageSize: 10 },
    { enabled: opened && debounced !== '' },
  );
  const articles: readonly LawArticle[] =
    debounced === '' ? (related.data?.articles ?? []) : (found.data?.hits ?? []).map((h) => h.article);
  const loading = debounced === '' ? related.isLoading : found.isLoading;

  const insert = (article: LawArticle, withText: boolean) => {
    onInsert(citationText(article, withText));
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={460}
      position="bottom-end"
      trapFocus
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconScale size={14} />}
          onClick={() => setOpened((o) => !o)}
          aria-label={`引用法条到${target}`}
        >
          引用法条
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput
            data-autofocus
            label="查找法条"
            placeholder="留空显示本案相关法条；可输入“民法典 288条”或关键词"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          {loading && <Loader size="xs" aria-label="正在查找" />}
          {!loading && articles.length === 0 && (
            <Text size="sm" c="dimmed">
              没有找到法条。
            </Text>
          )}
          <ScrollArea.Autosize mah={320}>
            <Stack gap={6}>
              {articles.map((article) => (
                <Group key={article.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" lineClamp={2} title={article.text} style={{ minWidth: 0 }}>
                    <b>
                      《{shortLawTitle(article.lawTitle)}》{article.label}
                    </b>{' '}
                    {article.text}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      onClick={() => insert(article, false)}
                      aria-label={`插入《${shortLawTitle(article.lawTitle)}》${article.label}`}
                    >
                      插入
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => insert(article, true)}
                      aria-label={`插入《${shortLawTitle(article.lawTitle)}》${article.label}及条文`}
                    >
                      连同条文
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
