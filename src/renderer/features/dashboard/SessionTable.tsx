import { Badge, Table, Text } from '@mantine/core';
import type { CalendarEntry } from '../../../shared/types/mediator.ts';
import { SESSION_KIND_LABELS } from '../../../shared/types/outcomeTaxonomy.ts';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { CaseLink } from './CaseLink.tsx';

/** Session times are local wall-clock `YYYY-MM-DDTHH:mm`, so they are shown as stored. */
function timeOf(entry: CalendarEntry, withDate: boolean): string {
  const start = entry.startAt.slice(11, 16);
  const end = entry.endAt ? `–${entry.endAt.slice(11, 16)}` : '';
  return withDate ? `${formatChineseDate(entry.startAt.slice(0, 10))} ${start}${end}` : `${start}${end}`;
}

/** 调查 and 调解 sessions: today's on 工作台, the coming weeks' on a mediator's calendar. */
export function SessionTable({
  entries,
  label,
  empty,
  withDate = false,
}: {
  entries: readonly CalendarEntry[];
  label: string;
  empty: string;
  withDate?: boolean;
}) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xs">
        {empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={label} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={withDate ? 200 : 110}>时间</Table.Th>
            <Table.Th w={70}>类别</Table.Th>
            <Table.Th>案件</Table.Th>
            <Table.Th>地点</Table.Th>
            <Table.Th>调解员</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.sessionId}>
              <Table.Td>
                <Text size="sm">{timeOf(entry, withDate)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={entry.kind === 'mediation' ? 'indigo' : 'teal'} size="sm">
                  {SESSION_KIND_LABELS[entry.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <CaseLink id={entry.caseId} caseNo={entry.caseNo} title={entry.caseTitle} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.place}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.mediatorNames.join('、') || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
