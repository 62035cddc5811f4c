import { Badge, Table, Text } from '@mantine/core';
import { DEADLINE_KIND_LABELS, type DeadlineItem } from '../../../shared/types/deadlines.ts';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { CaseLink } from './CaseLink.tsx';
import { DueBadge } from './DueBadge.tsx';

/** Deadlines of every kind (调解期限, 协议履行, 司法确认, 回访) in one short table. */
export function DeadlineTable({
  items,
  label,
  empty,
}: {
  items: readonly DeadlineItem[];
  label: string;
  empty: string;
}) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xs">
        {empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>期限</Table.Th>
            <Table.Th>案件</Table.Th>
            <Table.Th>事项</Table.Th>
            <Table.Th w={130}>到期日</Table.Th>
            <Table.Th w={100}>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.kind}-${item.caseId}-${item.refId ?? ''}`}>
              <Table.Td>
                <Badge variant="outline" color="gray" size="sm">
                  {DEADLINE_KIND_LABELS[item.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <CaseLink id={item.caseId} caseNo={item.caseNo} title={item.caseTitle} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.description}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatChineseDate(item.dueDate)}</Text>
              </Table.Td>
              <Table.Td>
                <DueBadge daysLeft={item.daysLeft} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
