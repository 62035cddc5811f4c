import { Alert, Anchor, Badge, Button, CopyButton, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link } from 'wouter';
import { citationText } from '../../../shared/laws/articleReference.ts';
import { formatFenFigures } from '../../../shared/format/money.ts';
import { PRECEDENT_PERFORMANCE_LABELS, type SimilarCase } from '../../../shared/types/similarCases.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { ArticleText, shortLawTitle } from './ArticleText.tsx';
import { similarSummaryText } from './similarSummary.ts';

/**
 * 法条与类案 on a case: the articles for its dispute type and sub-type, and how this centre ended
 * similar disputes — all from this computer, no network. Cases outside a 调解员's scope show only
 * their outcome and anonymised clauses.
 */
export function CaseLawPanel({ caseId }: { caseId: string }) {
  const laws = useApiQuery('law.forCase', { caseId });
  const similar = useApiQuery('law.similarCases', { caseId, limit: 20 });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs" component="section" aria-labelledby="case-laws-heading">
          <Title order={2} size="h3" id="case-laws-heading">
            相关法条
          </Title>
          {laws.isLoading && <Loader size="sm" aria-label="正在载入法条" />}
          {laws.error && <Alert color="red">{laws.error.message}</Alert>}
          {laws.data && (
            <>
              <Text size="sm" c="dimmed">
                按本案的纠纷类型{laws.data.subtypeName ? `和子类“${laws.data.subtypeName}”` : ''}
                列出调解中常用的条文；在记录调解或协议时，可用“引用法条”把条文引入记录。
              </Text>
              {laws.data.articles.map((article) => (
                <ArticleText
                  key={article.id}
                  article={article}
                  compact
                  badge={article.reason}
                  actions={
                    <CopyButton value={citationText(article, false)}>
                      {({ copied, copy }) => (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={copy}
                          aria-label={`复制《${shortLawTitle(article.lawTitle)}》${article.label}的引用`}
                        >
                          {copied ? '已复制' : '复制引用'}
                        </Button>
                      )}
                    </CopyButton>
                  }
                />
              ))}
            </>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="xs" component="section" aria-labelledby="case-precedents-heading">
          <Title order={2} size="h3" id="case-precedents-heading">
            类案参考
          </Title>
          {similar.isLoading && <Loader size="sm" aria-label="正在查找类案" />}
          {similar.error && <Alert color="red">{similar.error.message}</Alert>}
          {similar.data && (
            <>
              <Text fw={500} data-testid="similar-summary">
                {similarSummaryText(similar.data.summary)}
              </Text>
              <DataTable<SimilarCase>
                aria-label="类案参考"
                withTableBorder
                striped
                minHeight={120}
                records={[...similar.data.items]}
                idAccessor={(row) =>
                  `${row.caseId ?? 'hidden'}-${row.acceptedOn}-${row.outcomeOn}-${row.clauses.join()}`
                }
                noRecordsText="本中心近三年还没有办结的同类案件"
                columns={[
                  {
                    accessor: 'caseNo',
                    title: '案件',
                    render: (row) => (
                      <Stack gap={0}>
                        {row.inScope && row.caseId ? (
                          <Anchor component={Link} href={`/cases/${row.caseId}`} size="sm">
                            {row.caseNo ?? row.title}
                          </Anchor>
                        ) : (
                          <Text size="sm">其他调解员的案件</Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {row.subtypeName ?? '未分子类'} · 受理 {row.acceptedOn}
                        </Text>
                      </Stack>
                    ),
                  },
                  {
                    accessor: 'outcome',
                    title: '结果',
                    noWrap: true,
                    render: (row) => (
                      <Stack gap={2}>
                        <Badge color={row.outcome === 'success' ? 'green' : 'gray'} variant="light">
                          {row.outcome === 'success' ? '调解成功' : '未成功'}
                        </Badge>
                        {row.outcome === 'success' && (
                          <Text size="xs">{PRECEDENT_PERFORMANCE_LABELS[row.performance]}</Text>
                        )}
                      </Stack>
                    ),
                  },
                  {
                    accessor: 'amountFen',
                    title: '金额',
                    noWrap: true,
                    textAlign: 'right',
                    render: (row) => (row.amountFen === null ? '—' : formatFenFigures(row.amountFen)),
                  },
                  {
                    accessor: 'durationDays',
                    title: '用时',
                    noWrap: true,
                    render: (row) => `${row.durationDays} 天`,
                  },
                  {
                    accessor: 'clauses',
                    title: '协议条款',
                    render: (row) => (
                      <Text size="sm">{row.clauses.length === 0 ? '—' : row.clauses.join('；')}</Text>
                    ),
                  },
                ]}
              />
            </>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
