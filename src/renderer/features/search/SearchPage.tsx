import { Alert, Anchor, Badge, Group, Loader, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useSearch } from 'wouter';
import { SEARCH_COUNT_CAP, SEARCH_FIELD_LABELS } from '../../../shared/types/search.ts';
import { DISPUTE_TYPE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseStatusBadge } from '../cases/CaseStatusBadge.tsx';
import { SnippetText } from './SnippetText.tsx';
import { caseNoLabel } from '../../../shared/cases/caseNoLabel.ts';
import { chinaDate } from '../../../shared/format/chinaTime.ts';

const PAGE_SIZE = 20;

/** #/search?q=…&page=…: ranked results with the place each term was found. */
export function SearchPage() {
  const params = new URLSearchParams(useSearch());
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [, navigate] = useLocation();
  const result = useApiQuery('search.cases', { q, page, pageSize: PAGE_SIZE }, { enabled: q.trim() !== '' });
  const data = result.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md" maw={960}>
      <Title order={1} size="h2">
        搜索案件{q ? `：${q}` : ''}
      </Title>
      {q.trim() === '' && (
        <Text c="dimmed">在页面顶部的搜索框中输入案号、当事人姓名、证件号码、电话或纠纷内容中的词语。</Text>
      )}
      {result.isLoading && <Loader size="sm" />}
      {result.error && <Alert color="red">{result.error.message}</Alert>}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="search-total">
            {data.totalCapped ? `找到 ${SEARCH_COUNT_CAP} 件以上` : `找到 ${data.total} 件`}
            {data.terms.length > 0 && `（检索词：${data.terms.join('、')}）`}
            {data.order === 'relevance' ? '，按相关程度排列' : '，按登记时间由近到远排列'}
          </Text>
          {data.hits.length === 0 && (
            <Alert color="gray">没有找到符合的案件。可以换一个词，或少输入几个词再试。</Alert>
          )}
          {data.hits.map((hit) => (
            <Paper key={hit.case.id} withBorder p="sm" data-testid="search-hit">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs">
                  <Anchor component={Link} href={`/cases/${hit.case.id}`} fw={600}>
                    {hit.case.title}
                  </Anchor>
                  <CaseStatusBadge status={hit.case.status} size="sm" />
                </Group>
                <Text size="xs" c="dimmed">
                  {caseNoLabel(hit.case.caseNo, hit.case.status)} ·{' '}
                  {DISPUTE_TYPE_LABELS[hit.case.disputeType]} · 登记于 {chinaDate(hit.case.registeredAt)}
                </Text>
              </Group>
              <Group gap="xs" mt={4} wrap="nowrap" align="flex-start">
                <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                  {SEARCH_FIELD_LABELS[hit.field]}
                </Badge>
                <SnippetText parts={hit.snippet} />
              </Group>
            </Paper>
          ))}
          {pages > 1 && (
            <Pagination
              value={page}
              total={pages}
              onChange={(next) => navigate(`/search?q=${encodeURIComponent(q)}&page=${next}`)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
