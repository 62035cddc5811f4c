/**
 * The 工作台 sections of the ticket cycle (issue 15), from `workQueue.get`: an account not linked to
 * the roster, the holiday table to confirm, the cases waiting for 派单 (for roles that may assign) and
 * the replies due to referrers. Each list is bounded: the count is complete, the table shows the first.
 */
import { Alert, Paper, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUserExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseLink } from './CaseLink.tsx';
import { DeadlineTable } from './DeadlineTable.tsx';

function Section({
  title,
  color,
  children,
}: {
  title: string;
  color?: string | undefined;
  children: ReactNode;
}) {
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

function More({ shown, count }: { shown: number; count: number }) {
  return count > shown ? (
    <Text size="sm" mt="xs">
      这里只列出最紧急的 {shown} 件，共 {count} 件。
    </Text>
  ) : null;
}

export function FlowPanels() {
  const queue = useApiQuery('workQueue.get', {});
  const data = queue.data;
  if (!data) return null;
  const replyCount = data.replies.overdueCount + data.replies.dueSoonCount;
  return (
    <>
      {data.accountNotLinked && (
        <Alert color="orange" icon={<IconUserExclamation />} title="您的账户还没有关联调解员名册">
          所以这里看不到指派给您的案件。请管理员在“用户管理”中把您的账户关联到调解员名册中您的名字。
        </Alert>
      )}
      {data.holidayWarning && (
        <Alert color="yellow" icon={<IconAlertTriangle />} title="节假日表待确认">
          {data.holidayWarning}
        </Alert>
      )}
      {data.unassigned && (
        <Section
          title={`待指派（${data.unassigned.count}）`}
          color={data.unassigned.count > 0 ? 'grape' : undefined}
        >
          {data.unassigned.items.length === 0 ? (
            <Text size="sm" c="dimmed" py="xs">
              没有等待指派调解员的案件。
            </Text>
          ) : (
            <Table aria-label="待指派案件" verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>案件</Table.Th>
                  <Table.Th w={150}>受理日期</Table.Th>
                  <Table.Th w={150}>调解期限</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.unassigned.items.map((c) => (
                  <Table.Tr key={c.caseId}>
                    <Table.Td>
                      <CaseLink id={c.caseId} caseNo={c.caseNo} title={c.title} />
                    </Table.Td>
                    <Table.Td>{c.acceptedOn ? formatChineseDate(c.acceptedOn) : '—'}</Table.Td>
                    <Table.Td>{c.dueDate ? formatChineseDate(c.dueDate) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <More shown={data.unassigned.items.length} count={data.unassigned.count} />
        </Section>
      )}
      {replyCount > 0 && (
        <Section
          title={`待答复转办单位（超期 ${data.replies.overdueCount}，即将到期 ${data.replies.dueSoonCount}）`}
          color={data.replies.overdueCount > 0 ? 'red' : 'orange'}
        >
          <DeadlineTable items={data.replies.items} label="待答复转办单位" empty="没有待答复的转办案件。" />
          <More shown={data.replies.items.length} count={replyCount} />
        </Section>
      )}
    </>
  );
}
