import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { MetricKey } from '../../../shared/types/stats.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { showApiError } from '../common/showApiError.ts';
import { CaseReportTable } from './CaseReportTable.tsx';
import { DrillModal, type DrillInput } from './DrillModal.tsx';
import { MetricCards } from './MetricCards.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { PreventionDialog } from './PreventionDialog.tsx';
import { StatsCharts } from './StatsCharts.tsx';
import { TeamTables } from './TeamTables.tsx';
import { downloadFile } from './downloadFile.ts';
import { defaultReportInput, type ReportInput } from './statsInput.ts';

/** Which report column a metric's numerator and denominator count (for the drill-down). */
const METRIC_COLUMNS: Readonly<Record<MetricKey, readonly [DrillInput['column'], DrillInput['column']]>> = {
  successRate: ['success', 'accepted'],
  within30Rate: ['within30', 'decided'],
  followUpRate: ['followedUp', 'followUpDue'],
  satisfactionRate: ['satisfied', 'rated'],
  basicLevelRate: ['basicSuccess', 'accepted'],
};

// Printing shows the report only: the app's header, navigation and the page's controls are hidden.
const PRINT_CSS = `@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .stats-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; }
  .stats-table { font-size: 9pt; }
  @page { size: A4 landscape; margin: 12mm; }
}`;

/** 统计: the official report tables for a period, metrics, charts, drill-down, export and print. */
export function StatsPage() {
  const [input, setInput] = useState<ReportInput>(defaultReportInput);
  const [drill, setDrill] = useState<{ input: DrillInput; title: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [preventionOpen, setPreventionOpen] = useState(false);
  const client = useApiClient();
  const report = useApiQuery('stats.report', input, { placeholderData: (previous) => previous });
  const data = report.data;
  const open = (extra: Omit<DrillInput, keyof ReportInput>, title: string) =>
    setDrill({ input: { ...input, ...extra }, title });

  async function exportXlsx() {
    setExporting(true);
    try {
      downloadFile(await client.call('stats.exportReport', input));
    } catch (error) {
      showApiError(error, '导出没有完成');
    } finally {
      setExporting(false);
    }
  }

  return (
    <Stack gap="md">
      <style>{PRINT_CSS}</style>
      <Group justify="space-between" className="stats-no-print">
        <Title order={1} size="h2">
          统计
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setPreventionOpen(true)}>
            登记预防与排查
          </Button>
          <Button
            leftSection={<IconFileSpreadsheet size={16} />}
            variant="light"
            loading={exporting}
            onClick={() => void exportXlsx()}
            disabled={!data}
          >
            导出 Excel
          </Button>
          <Button
            leftSection={<IconPrinter size={16} />}
            variant="light"
            onClick={() => window.print()}
            disabled={!data}
          >
            打印
          </Button>
        </Group>
      </Group>
      <PeriodPicker value={input} onChange={setInput} />
      {report.error && <Alert color="red">{report.error.message}</Alert>}
      {!data && report.isLoading && <Loader size="sm" />}
      {data && (
        <>
          <Stack gap={2} align="center">
            <Title order={2} size="h3" data-testid="report-title">
              人民调解案件情况统计表（{data.current.label}）
            </Title>
            <Text size="sm" c="dimmed">
              填报单位：{data.organisationName}
              {data.includesSubordinates ? '（含下级组织）' : ''} 统计期间：{data.current.from} 至{' '}
              {data.current.to} 单位：件、万元
            </Text>
          </Stack>
          <MetricCards
            metrics={data.metrics}
            onOpen={(key, part) => {
              const metric = data.metrics.find((m) => m.key === key)!;
              const column = METRIC_COLUMNS[key][part === 'numerator' ? 0 : 1];
              open({ column }, `${metric.label} · ${part === 'numerator' ? '分子' : '分母'}`);
            }}
          />
          <Text fw={600}>表一 人民调解案件情况（点击数字查看对应案件）</Text>
          <CaseReportTable
            rows={data.caseTable}
            onCell={(cell) =>
              open(
                {
                  column: cell.column,
                  range: cell.range,
                  ...(cell.disputeType ? { disputeType: cell.disputeType } : {}),
                },
                cell.label,
              )
            }
          />
          <Text size="xs" c="dimmed">
            口径：统计期内受理（不含作废）的案件，按期末状态计调解结果；本年累计 {data.yearToDate.from} 至{' '}
            {data.yearToDate.to}；同比 {data.lastYear.from} 至 {data.lastYear.to}；环比 {data.previous.from}{' '}
            至 {data.previous.to}。
          </Text>
          <TeamTables
            report={data}
            onOrganisation={(id, name, column) =>
              open(
                { column, cellOrganisationId: id },
                `${name} · ${column === 'accepted' ? '受理数' : '调解成功数'}`,
              )
            }
            onMediator={(id, name, column) =>
              open(
                { column, mediatorId: id },
                `${name} · ${column === 'accepted' ? '主办受理数' : '调解成功数'}`,
              )
            }
          />
          <StatsCharts charts={data.charts} />
        </>
      )}
      <PreventionDialog opened={preventionOpen} onClose={() => setPreventionOpen(false)} />
      <DrillModal drill={drill?.input ?? null} title={drill?.title ?? ''} onClose={() => setDrill(null)} />
    </Stack>
  );
}
