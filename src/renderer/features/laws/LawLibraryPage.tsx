import {
  Alert,
  Anchor,
  Grid,
  Group,
  Loader,
  NavLink,
  Pagination,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { LawChapter, LawSummary } from '../../../shared/types/laws.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { ArticleText, shortLawTitle } from './ArticleText.tsx';

const PAGE_SIZE = 20;

function LawList({ laws, onOpen }: { laws: readonly LawSummary[]; onOpen: (law: LawSummary) => void }) {
  return (
    <Stack gap={0} component="nav" aria-label="法律法规">
      {laws.map((law) => (
        <NavLink
          key={law.id}
          label={shortLawTitle(law.title)}
          description={`${law.versionDate ?? '版本日期不详'} 版 · ${law.articleCount} 条${law.source === 'admin' ? ' · 管理员导入' : ''}`}
          onClick={() => onOpen(law)}
        />
      ))}
    </Stack>
  );
}

function ChapterArticles({ law, chapter }: { law: LawSummary; chapter: LawChapter }) {
  const articles = useApiQuery('law.articles', {
    lawId: law.id,
    first: chapter.firstNumber,
    last: chapter.lastNumber,
  });
  if (articles.isLoading) return <Loader size="sm" aria-label="正在载入条文" />;
  if (articles.error) return <Alert color="red">{articles.error.message}</Alert>;
  return (
    <Stack gap="xs">
      {(articles.data ?? [])
        .filter((a) => a.chapter === chapter.chapter)
        .map((article) => (
          <ArticleText key={article.id} article={article} />
        ))}
    </Stack>
  );
}

function LawBrowser({ law, onBack }: { law: LawSummary; onBack: () => void }) {
  const toc = useApiQuery('law.chapters', { lawId: law.id });
  const [chapter, setChapter] = useState<LawChapter | null>(null);
  const selected = chapter ?? toc.data?.chapters[0] ?? null;
  return (
    <Grid>
      <Grid.Col span={4}>
        <Stack gap="xs">
          <Anchor
            component="button"
            type="button"
            onClick={onBack}
            size="sm"
            style={{ alignSelf: 'flex-start' }}
          >
            ← 全部法律法规
          </Anchor>
          <Title order={2} size="h3">
            {law.title}
          </Title>
          <Text size="sm" c="dimmed">
            {law.versionDate ?? '版本日期不详'} 版，共 {law.articleCount} 条
          </Text>
          {toc.isLoading && <Loader size="sm" aria-label="正在载入目录" />}
          <ScrollArea.Autosize mah="calc(100vh - 260px)">
            <Stack gap={0} component="nav" aria-label={`${shortLawTitle(law.title)}目录`}>
              {(toc.data?.chapters ?? []).map((c) => (
                <NavLink
                  key={c.chapter}
                  label={c.chapter || '（无章节）'}
                  description={`第${c.firstNumber}–${c.lastNumber}条`}
                  active={selected?.chapter === c.chapter}
                  onClick={() => setChapter(c)}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Grid.Col>
      <Grid.Col span={8}>{selected && <ChapterArticles law={law} chapter={selected} />}</Grid.Col>
    </Grid>
  );
}

/**
 * 法条库: the statutes mediators cite, searchable with any number of characters (`相邻`, `排水`,
 * `民法典 288条`) and browsable by law and chapter, each with the date of the version loaded. Works
 * offline: the texts ship with the program.
 */
export function LawLibraryPage() {
  const laws = useApiQuery('law.list', {});
  const [q, setQ] = useState('');
  const [lawFilter, setLawFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<LawSummary | null>(null);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const searching = debounced !== '';
  const result = useApiQuery(
    'law.search',
    { q: debounced, page, pageSize: PAGE_SIZE, ...(lawFilter ? { lawId: Number(lawFilter) } : {}) },
    { enabled: searching },
  );
  const pages = result.data ? Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        法条库
      </Title>
      <Paper withBorder p="sm" component="section" aria-label="检索条件">
        <Group align="flex-end" gap="xs">
          <TextInput
            label="检索法条"
            placeholder="关键词或条文序号，如：相邻 排水、民法典 288条"
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: 1 }}
            data-autofocus
          />
          <Select
            label="范围"
            placeholder="全部法律法规"
            clearable
            w={280}
            data={(laws.data ?? []).map((law) => ({
              value: String(law.id),
              label: shortLawTitle(law.title),
            }))}
            value={lawFilter}
            onChange={(value) => {
              setLawFilter(value);
              setPage(1);
            }}
          />
        </Group>
      </Paper>
      {laws.isLoading && (
        <Group gap="xs">
          <Loader size="sm" aria-label="正在载入法条库" />
          <Text size="sm">正在载入法条库（首次使用需几秒钟）……</Text>
        </Group>
      )}
      {laws.error && <Alert color="red">{laws.error.message}</Alert>}
      {searching ? (
        <Stack gap="xs" aria-live="polite">
          {result.isLoading && <Loader size="sm" aria-label="正在检索" />}
          {result.error && <Alert color="red">{result.error.message}</Alert>}
          {result.data && (
            <>
              <Text size="sm" c="dimmed" data-testid="law-total">
                找到 {result.data.total} 条（检索词：{result.data.terms.join('、')}），按相关程度排列
              </Text>
              {result.data.hits.length === 0 && (
                <Alert color="gray">没有找到条文。可以换一个词，或少输入几个词再试。</Alert>
              )}
              {result.data.hits.map((hit) => (
                <ArticleText key={hit.article.id} article={hit.article} snippet={hit.snippet} />
              ))}
              {pages > 1 && <Pagination value={page} total={pages} onChange={setPage} />}
            </>
          )}
        </Stack>
      ) : open ? (
        <LawBrowser law={open} onBack={() => setOpen(null)} />
      ) : (
        laws.data && <LawList laws={laws.data} onOpen={setOpen} />
      )}
    </Stack>
  );
}
