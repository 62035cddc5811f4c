import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { FlowPanels } from './FlowPanels.tsx';
import { DeadlineSectionPanel } from './DeadlineSectionPanel.tsx';
import { OpenCasesTable } from './OpenCasesTable.tsx';
import { SessionTable } from './SessionTable.tsx';
import { StatCards } from './StatCards.tsx';
import { ALL_CASES, useDashboardScope } from './useDashboardScope.ts';

const WITHIN_DAYS = 7;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function Section({ title, color, children }: { title: string; color?: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={title}
      style={color ? { borderLeft: `4px solid var(--mantine-color-${color}-6)` } : undefined}
    >
      <Title order={2} size="h4" mb="xs" c={color ? `${color}.8` : undefined}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function DashboardPage() {
  const me = useApiQuery('auth.me', {});
  const mediators = useApiQuery('mediator.list', {});
  const { scope, mediatorId, setScope } = useDashboardScope(me.data, mediators.data);
  const dashboard = useApiQuery('dashboard.get', {
    withinDays: WITHIN_DAYS,
    ...(mediatorId && { mediatorId }),
  });
  const data = dashboard.data;
  const scopeOptions = [
    { value: ALL_CASES, label: '本组织全部案件' },
    ...(mediators.data ?? []).map((m) => ({ value: m.id, label: `${m.name}的案件` })),
  ];
  const nothingYet =
    data &&
    data.openCases.total === 0 &&
    data.overdue.total === 0 &&
    data.dueSoon.total === 0 &&
    data.todaysSessions.total === 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            工作台
          </Title>
          {data && (
            <Text c="dimmed" size="sm">
              今天是 {formatChineseDate(data.today)}{' '}
              {WEEKDAYS[new Date(`${data.today}T00:00:00Z`).getUTCDay()]}
            </Text>
          )}
        </div>
        <Group align="flex-end">
          <Select
            label="查看"
            data={scopeOptions}
            value={scope}
            onChange={(value) => setScope(value ?? ALL_CASES)}
            allowDeselect={false}
            w={220}
          />
          <Button component={Link} href="/cases/new" leftSection={<IconPlus size={16} />}>
            登记纠纷
          </Button>
        </Group>
      </Group>

      <FlowPanels />
      {dashboard.isError && <Alert color="red">{dashboard.error.message}</Alert>}
      {dashboard.isPending && <Loader size="sm" aria-label="正在加载工作台" />}
      {data && (
        <>
          <StatCards data={data} withinDays={WITHIN_DAYS} />
          {nothingYet && (
            <Alert icon={<IconInfoCircle />} color="blue" title="目前没有待办工作">
              {mediatorId
                ? '这位调解员没有在办案件，也没有即将到期的事项。'
                : '还没有在办的纠纷。受理案件后，调解期限、协议履行、司法确认申请和回访的到期提醒都会出现在这里。'}
            </Alert>
          )}
          <Section
            title={`已超期（${data.overdue.total}）`}
            color={data.overdue.total > 0 ? 'red' : undefined}
          >
            <DeadlineSectionPanel
              key={`overdue-${scope}`}
              section="overdue"
              first={data.overdue}
              withinDays={WITHIN_DAYS}
              mediatorId={mediatorId}
              label="已超期事项"
              empty="没有超期的事项。"
            />
          </Section>
          <Section
            title={`${WITHIN_DAYS}日内到期（${data.dueSoon.total}）`}
            color={data.dueSoon.total > 0 ? 'orange' : undefined}
          >
            <DeadlineSectionPanel
              key={`dueSoon-${scope}`}
              section="dueSoon"
              first={data.dueSoon}
              withinDays={WITHIN_DAYS}
              mediatorId={mediatorId}
              label="即将到期事项"
              empty={`${WITHIN_DAYS} 日内没有到期的调解期限、协议履行、司法确认申请或回访。`}
            />
          </Section>
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            <Section title={`今日调查调解（${data.todaysSessions.total}）`}>
              <SessionTable
                entries={data.todaysSessions.items}
                label="今日调查调解"
                empty="今天没有安排调查或调解。"
              />
            </Section>
            <Section title={`待回访（${data.followUpsDue.total}）`}>
              <DeadlineSectionPanel
                key={`followUpsDue-${scope}`}
                section="followUpsDue"
                first={data.followUpsDue}
                withinDays={WITHIN_DAYS}
                mediatorId={mediatorId}
                label="待回访"
                empty="没有到期的回访。"
              />
            </Section>
          </SimpleGrid>
          <Section title={`${mediatorId ? '在办案件' : '本组织在办案件'}（${data.openCases.total}）`}>
            <OpenCasesTable cases={data.openCases.items} today={data.today} withinDays={WITHIN_DAYS} />
            {data.openCases.total > data.openCases.items.length && (
              <Text size="sm" mt="xs">
                这里只列出期限最近的 {data.openCases.items.length} 件，
                <Link href="/cases">到案件列表查看全部</Link>。
              </Text>
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}
