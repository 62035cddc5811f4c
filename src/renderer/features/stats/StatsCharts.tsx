import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ChartPoint, StatsReport } from '../../../shared/types/stats.ts';

const SERIES = [
  { name: 'accepted', label: '受理数', color: 'blue.6' },
  { name: 'success', label: '调解成功数', color: 'teal.6' },
];

function Chart({
  title,
  data,
  horizontal = false,
}: {
  title: string;
  data: readonly ChartPoint[];
  horizontal?: boolean;
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600} mb="xs">
        {title}
      </Text>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          本期没有数据
        </Text>
      ) : (
        <BarChart
          h={horizontal ? Math.max(160, data.length * 26) : 220}
          data={data.map((d) => ({ ...d }))}
          dataKey="label"
          orientation={horizontal ? 'vertical' : 'horizontal'}
          yAxisProps={horizontal ? { width: 110 } : {}}
          series={SERIES}
          withLegend
        />
      )}
    </Paper>
  );
}

/** By month (the report year), type, source and place — @mantine/charts over recharts. */
export function StatsCharts({ charts }: { charts: StatsReport['charts'] }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} className="stats-no-print">
      <Chart title="按月份（本年）" data={charts.byMonth} />
      <Chart title="按纠纷类型（本期）" data={charts.byType.filter((p) => p.accepted > 0)} horizontal />
      <Chart title="按案件来源（本期）" data={charts.bySource} horizontal />
      <Chart title="按地点（街道，本期）" data={charts.byPlace.slice(0, 12)} horizontal />
    </SimpleGrid>
  );
}
