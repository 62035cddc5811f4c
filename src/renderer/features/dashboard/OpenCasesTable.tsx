import { Badge, Table, Text } from '@mantine/core';
import type { CaseSummary } from '../../../shared/types/dispute.ts';
import { CASE_STATUS_LABELS } from '../../../shared/types/caseStatus.ts';
import { DISPUTE_TYPE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';
import { daysRemaining } from '../../../shared/deadlines/dayCount.ts';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { CaseLink } from './CaseLink.tsx';
import { dueColor, dueText } from './DueBadge.tsx';

function DueCell({
  dueDate,
  today,
  withinDays,
}: {
  dueDate: string | null;
  today: string;
  withinDays: number;
}) {
  if (!dueDate) {
    return (
      <Text size="sm" c="dimmed">
        未开始计算
      </Text>
    );
  }
  const left = daysRemaining(today, dueDate);
  const flagged = left <= withinDays;
  return (
    <Text
      size="sm"
      c={flagged ? dueColor(left) : undefined}
      fw={flagged ? 600 : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {formatChineseDate(dueDate)}
      {flagged && `（${dueText(left)}）`}
    </Text>
  );
}

/** Cases whose clock has not started (not yet accepted) go last: nothing is due on them yet. */
function byDueDate(a: CaseSummary, b: CaseSummary): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate.localeCompare(b.dueDate);
}

/** Open cases sorted by due date; the server sends at most 50, the case list has the rest. */
export function OpenCasesTable({
  cases,
  today,
  withinDays,
}: {
  cases: readonly CaseSummary[];
  today: string;
  withinDays: number;
}) {
  if (cases.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xs">
        没有在办案件。新的纠纷请点右上角“登记纠纷”。
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="在办案件" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>案件</Table.Th>
            <Table.Th>当事人</Table.Th>
            <Table.Th w={120}>类型</Table.Th>
            <Table.Th w={90}>状态</Table.Th>
            <Table.Th w={100}>主办调解员</Table.Th>
            <Table.Th w={250}>调解期限</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...cases].sort(byDueDate).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <CaseLink id={c.id} caseNo={c.caseNo} title={c.title} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.partyNames || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{DISPUTE_TYPE_LABELS[c.disputeType]}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={c.status === 'registered' ? 'gray' : 'indigo'} size="sm">
                  {CASE_STATUS_LABELS[c.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={c.leadMediatorName ? undefined : 'dimmed'}>
                  {c.leadMediatorName ?? '未指派'}
                </Text>
              </Table.Td>
              <Table.Td>
                <DueCell dueDate={c.dueDate} today={today} withinDays={withinDays} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
