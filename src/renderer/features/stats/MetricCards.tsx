import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { MetricKey, MetricValue } from '../../../shared/types/stats.ts';

const fmt = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The §3.6 metrics with their definitions written out; the fraction opens the cases counted. */
export function MetricCards({
  metrics,
  onOpen,
}: {
  metrics: readonly MetricValue[];
  onOpen: (metric: MetricKey, part: 'numerator' | 'denominator') => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-testid="metrics">
      {metrics.map((m) => (
        <Paper key={m.key} withBorder p="sm">
          <Text size="sm" fw={600}>
            {m.label}
          </Text>
          <Text size="xl" fw={700}>
            {fmt(m.percent)}
          </Text>
          <Text size="xs">
            <UnstyledButton
              fz="xs"
              c="blue.7"
              onClick={() => onOpen(m.key, 'numerator')}
              aria-label={`${m.label}分子：${m.numerator}`}
            >
              {m.numerator}
            </UnstyledButton>
            {' / '}
            <UnstyledButton
              fz="xs"
              c="blue.7"
              onClick={() => onOpen(m.key, 'denominator')}
              aria-label={`${m.label}分母：${m.denominator}`}
            >
              {m.denominator}
            </UnstyledButton>
            {`　同比 ${fmt(m.lastYearPercent)}　环比 ${fmt(m.previousPercent)}`}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {m.definition}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
