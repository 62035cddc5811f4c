import { Alert, Group, Indicator, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import dayjs from 'dayjs';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import { useState } from 'react';
import type { Mediator } from '../../../shared/types/mediator.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { SessionTable } from '../dashboard/SessionTable.tsx';

const RANGES = [
  { value: '7', label: '7天' },
  { value: '30', label: '30天' },
  { value: '90', label: '90天' },
];

/** Upcoming 调查 and 调解 of one mediator: days marked on a month view, the sessions listed beside it. */
export function MediatorCalendar({ mediator }: { mediator: Mediator }) {
  const [days, setDays] = useState('30');
  const today = dayjs().format('YYYY-MM-DD');
  const to = dayjs().add(Number(days), 'day').format('YYYY-MM-DD');
  const calendar = useApiQuery('session.calendar', { mediatorId: mediator.id, from: today, to });
  const entries = calendar.data ?? [];
  const busyDays = new Set(entries.map((e) => e.startAt.slice(0, 10)));

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {mediator.name}自今天起的调查与调解安排（共 {entries.length} 场）
        </Text>
        <SegmentedControl aria-label="时间范围" data={RANGES} value={days} onChange={setDays} size="xs" />
      </Group>
      {calendar.isError && <Alert color="red">{calendar.error.message}</Alert>}
      {calendar.isPending && <Loader size="sm" />}
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Calendar
          static
          monthLabelFormat="YYYY年M月"
          getDayAriaLabel={formatChineseDate}
          aria-label="日程月历"
          minDate={today}
          renderDay={(date) => (
            <Indicator size={6} color="indigo" offset={-3} disabled={!busyDays.has(date)}>
              <div>{dayjs(date).date()}</div>
            </Indicator>
          )}
        />
        <div style={{ flex: 1, minWidth: 0 }}>
          <SessionTable
            entries={entries}
            withDate
            label={`${mediator.name}的日程`}
            empty={`未来 ${days} 天没有安排调查或调解。`}
          />
        </div>
      </Group>
    </Stack>
  );
}
