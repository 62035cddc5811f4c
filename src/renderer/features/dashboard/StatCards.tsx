import { Card, SimpleGrid, Text } from '@mantine/core';
import type { Dashboard } from '../../../shared/types/deadlines.ts';

interface Stat {
  readonly label: string;
  readonly value: number;
  /** Only a non-zero count is coloured, so an all-clear day looks calm. */
  readonly color?: string;
}

export function StatCards({ data, withinDays }: { data: Dashboard; withinDays: number }) {
  const stats: Stat[] = [
    { label: '在办案件', value: data.openCases.total },
    { label: '已超期', value: data.overdue.total, color: 'red' },
    { label: `${withinDays}日内到期`, value: data.dueSoon.total, color: 'orange' },
    { label: '今日调查调解', value: data.todaysSessions.total },
    { label: '待回访', value: data.followUpsDue.total, color: 'orange' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
      {stats.map((stat) => {
        const color = stat.value > 0 ? stat.color : undefined;
        return (
          <Card
            key={stat.label}
            withBorder
            padding="sm"
            role="group"
            aria-label={stat.label}
            style={color ? { borderColor: `var(--mantine-color-${color}-5)` } : undefined}
          >
            <Text c="dimmed" size="sm">
              {stat.label}
            </Text>
            <Text fw={700} fz={28} c={color ? `${color}.7` : undefined}>
              {stat.value}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
