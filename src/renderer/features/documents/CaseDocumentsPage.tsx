import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseDocumentsPanel } from './CaseDocumentsPanel.tsx';

/** `#/cases/:id/documents`: the documents panel on its own page until the case page embeds it as a tab. */
export function CaseDocumentsPage({ id }: { id: string }) {
  const detail = useApiQuery('case.get', { id });
  const label = detail.data ? (detail.data.caseNo ?? detail.data.title) : '案件';
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} href="/cases">
          案件
        </Anchor>
        <Anchor component={Link} href={`/cases/${id}`}>
          {label}
        </Anchor>
        <Text>文书</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {detail.data ? `${detail.data.title} · 文书` : '文书'}
      </Title>
      {detail.error && <Text c="red">{detail.error.message}</Text>}
      <CaseDocumentsPanel caseId={id} />
    </Stack>
  );
}
