import { Badge, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LawArticle } from '../../../shared/types/laws.ts';
import type { SnippetPart } from '../../../shared/types/search.ts';
import { SnippetText } from '../search/SnippetText.tsx';

/** 《中华人民共和国民法典》 → 民法典: the name mediators say, for headings where space is short. */
export function shortLawTitle(title: string): string {
  return title.replace(/^中华人民共和国/u, '');
}

/**
 * One article as a mediator reads it: law, number, chapter and version date above the words; a snippet
 * instead of the whole text in search results; actions (cite, copy) on the right.
 */
export function ArticleText({
  article,
  snippet,
  badge,
  actions,
  compact = false,
}: {
  article: LawArticle;
  /** Two lines of text with 展开 for the rest: for lists beside other content. */
  compact?: boolean;
  snippet?: readonly SnippetPart[];
  badge?: string;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" data-testid="law-article">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700}>
              《{shortLawTitle(article.lawTitle)}》{article.label}
            </Text>
            {badge && (
              <Badge variant="light" size="sm">
                {badge}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {article.chapter || '（无章节）'}
            {article.versionDate ? ` · ${article.versionDate} 版` : ''}
          </Text>
        </Stack>
        {actions && (
          <Group gap={4} wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
      {snippet ? (
        <SnippetText parts={snippet} />
      ) : compact ? (
        <Spoiler maxHeight={44} showLabel="展开" hideLabel="收起" mt={4}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {article.text}
          </Text>
        </Spoiler>
      ) : (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {article.text}
        </Text>
      )}
    </Paper>
  );
}
